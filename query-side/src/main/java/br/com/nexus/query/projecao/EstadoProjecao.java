package br.com.nexus.query.projecao;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far a projection is: whether its processor runs, whether it is replaying, and the share (in
 * percent) of the events up to {@code posicaoFinal} it has processed.
 *
 * @param posicaoFinal global index of the newest event in the store
 */
public record EstadoProjecao(
        String grupo,
        boolean executando,
        boolean emErro,
        boolean replay,
        boolean emDia,
        Long posicaoFinal,
        BigDecimal progresso,
        List<EstadoSegmento> segmentos) {
}
