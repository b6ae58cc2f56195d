package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.pagamento.Provedor;

/**
 * Asks the provider itself, with the tenant's credentials, whether what a webhook claims is true
 * before it moves money: a webhook is authenticated only by a shared token, and whoever holds it
 * could otherwise confirm or refund any charge. Each provider contributes a bean.
 */
public interface ConfirmadorDeEventos {

    Provedor provedor();

    /**
     * The effect as the provider states it now of {@code cobranca}, the charge we know by our own
     * record (never by what the webhook says its id is). Throws {@link FalhaNoProvedor} (or any other
     * runtime failure) when the provider cannot be asked; the event then waits for a retry.
     */
    Confirmacao confirmar(EventoDoProvedor evento, Efeito alegado, CobrancaNoProvedor cobranca);

    /** The provider's answer. */
    sealed interface Confirmacao {

        /** The provider agrees; {@code efeito} carries its own figures (amount, date). */
        record Confirmada(Efeito efeito) implements Confirmacao {
        }

        /** The provider does not state what the webhook claimed. */
        record Negada(String motivo) implements Confirmacao {
        }
    }
}
