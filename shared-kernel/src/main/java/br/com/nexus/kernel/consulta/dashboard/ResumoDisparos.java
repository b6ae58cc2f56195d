package br.com.nexus.kernel.consulta.dashboard;

/**
 * Dispatches by how far they got. {@code enviados} includes those later delivered or read,
 * {@code entregues} those later read; {@code erro} are failed (awaiting a retry) or abandoned;
 * {@code pendentes} are requested and not yet attempted.
 */
public record ResumoDisparos(
        long total,
        long enviados,
        long entregues,
        long lidos,
        long erro,
        long pendentes) {
}
