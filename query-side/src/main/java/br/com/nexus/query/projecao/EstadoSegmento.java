package br.com.nexus.query.projecao;

/**
 * One segment of a projection's tracking processor.
 *
 * @param posicao      global index of the last event processed; null before the first one
 * @param posicaoReset where the stream stood when the replay started; null outside a replay
 * @param erro         why the segment stopped, when it did
 */
public record EstadoSegmento(
        int segmento,
        Long posicao,
        Long posicaoReset,
        boolean replay,
        boolean emDia,
        String erro) {
}
