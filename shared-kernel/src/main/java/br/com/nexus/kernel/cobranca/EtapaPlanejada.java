package br.com.nexus.kernel.cobranca;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of one boleto's plan: when it goes out ({@code quando}, for {@link Situacao#PREVISTA}), or why
 * it will not ({@code motivo}, for {@link Situacao#PULADA}).
 */
public record EtapaPlanejada(
        String nome,
        int diasRelativosAoVencimento,
        UUID modeloId,
        Situacao situacao,
        Instant quando,
        String motivo) {

    public enum Situacao {
        PREVISTA,
        PULADA
    }

    public boolean prevista() {
        return situacao == Situacao.PREVISTA;
    }
}
