package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.comum.Dinheiro;
import java.time.LocalDate;

/** What a provider event means for our Pagamento, whatever the provider's vocabulary. */
public sealed interface Efeito {

    /** The provider received money for the charge. */
    record Recebimento(Dinheiro valor, LocalDate data) implements Efeito {
    }

    /** Money went back to the payer; {@code valor} null means all that was paid. */
    record Estorno(Dinheiro valor, String motivo) implements Efeito {
    }

    /** The charge is past its due date, unpaid. */
    record Vencimento() implements Efeito {
    }

    /** The provider removed a charge not yet paid: its boleto will not be paid through it. */
    record Cancelamento(String motivo) implements Efeito {
    }

    /** Nothing to apply: the event is only kept. */
    record SoRegistro(String motivo) implements Efeito {
    }
}
