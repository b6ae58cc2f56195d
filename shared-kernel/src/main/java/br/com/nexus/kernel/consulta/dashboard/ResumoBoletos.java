package br.com.nexus.kernel.consulta.dashboard;

/**
 * Boletos by situation. {@code total} counts every registered boleto, cancelled ones included;
 * {@code pendentes} are open and not yet overdue; {@code enviados} reached the cliente's WhatsApp
 * at least once, whatever their situation.
 */
public record ResumoBoletos(
        long total,
        long enviados,
        long pendentes,
        long vencidos,
        long pagos,
        long cancelados) {
}
