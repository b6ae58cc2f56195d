package br.com.nexus.kernel.consulta.cobranca;

import br.com.nexus.kernel.disparo.DisparoId;
import java.time.Instant;

/**
 * One step of a boleto's régua. {@code situacao}: PREVISTA (goes out at {@code quando}), EXECUTADA
 * (the dispatch {@code disparoId} was requested at {@code quando}; {@code statusDisparo} and {@code erro}
 * tell how it went: SOLICITADO, ENVIADO, ENTREGUE, LIDO, FALHOU, ABANDONADO) or PULADA ({@code codigo}
 * and {@code motivo} say why).
 */
public record EtapaDoBoleto(
        String nome,
        int diasRelativosAoVencimento,
        String rotulo,
        String situacao,
        Instant quando,
        DisparoId disparoId,
        String statusDisparo,
        String erro,
        String codigo,
        String motivo) {
}
