package br.com.nexus.kernel.consulta.funil;

/** How many leads were lost for one reason. */
public record MotivoPerda(
        String motivo,
        long quantidade) {
}
