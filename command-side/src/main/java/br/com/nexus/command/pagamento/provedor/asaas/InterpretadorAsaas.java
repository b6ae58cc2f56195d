package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.pagamento.provedor.Efeito;
import br.com.nexus.command.pagamento.provedor.EventoDoProvedor;
import br.com.nexus.command.pagamento.provedor.Interpretacao;
import br.com.nexus.command.pagamento.provedor.InterpretadorDeEventos;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Asaas webhook events (PROTOCOLS.md §2.3): PAYMENT_CONFIRMED and PAYMENT_RECEIVED are money
 * received, PAYMENT_REFUNDED and a chargeback (requested or in dispute) a full refund,
 * PAYMENT_OVERDUE an overdue charge, PAYMENT_DELETED a removed charge (its boleto is cancelled);
 * every other event is kept only. {@code payment.value} is what was paid (Asaas moves the charged amount to
 * {@code originalValue} when they differ).
 */
@Component
public class InterpretadorAsaas implements InterpretadorDeEventos {

    private static final Set<String> EVENTOS_COM_EFEITO = Set.of("PAYMENT_CONFIRMED", "PAYMENT_RECEIVED",
            "PAYMENT_REFUNDED", "PAYMENT_OVERDUE");

    @Override
    public Provedor provedor() {
        return Provedor.ASAAS;
    }

    @Override
    public Interpretacao interpretar(EventoDoProvedor evento) {
        JsonNode envelope = JsonDoProvedor.ler(evento.payload());
        JsonNode pagamento = envelope.path("payment");
        String referencia = JsonDoProvedor.texto(pagamento, "id");
        PagamentoId indicado = pagamentoIndicado(JsonDoProvedor.texto(pagamento, "externalReference"));
        Efeito efeito = switch (evento.tipo()) {
            case "PAYMENT_CONFIRMED", "PAYMENT_RECEIVED" -> recebimento(envelope, pagamento);
            case "PAYMENT_REFUNDED" -> new Efeito.Estorno(null, "Cobrança estornada no Asaas");
            // The money is taken back from the firm while the chargeback lasts: the boleto is owed again.
            case "PAYMENT_CHARGEBACK_REQUESTED" -> new Efeito.Estorno(null, "Chargeback solicitado no Asaas");
            case "PAYMENT_CHARGEBACK_DISPUTE" -> new Efeito.Estorno(null, "Chargeback em disputa no Asaas");
            case "PAYMENT_OVERDUE" -> new Efeito.Vencimento();
            case "PAYMENT_DELETED" -> new Efeito.Cancelamento("Cobrança removida no Asaas");
            default -> new Efeito.SoRegistro("Evento " + evento.tipo() + " apenas registrado");
        };
        return new Interpretacao(referencia, indicado, efeito);
    }

    /**
     * The state an event reports, for the inbox to take it in once whether a webhook or the
     * reconciliation reports it: the event name and the charge id, for the events that change a
     * Pagamento; null for the others (kept once per event id only).
     */
    public static String chaveDeEfeito(String evento, String cobrancaId) {
        if (cobrancaId == null || !EVENTOS_COM_EFEITO.contains(evento)) {
            return null;
        }
        return evento + ":" + cobrancaId;
    }

    /** Money received as {@code pagamento} (a webhook's or the one Asaas answers a GET with) states it. */
    static Efeito recebimento(JsonNode envelope, JsonNode pagamento) {
        Dinheiro valor = JsonDoProvedor.reais(pagamento, "value");
        if (valor == null) {
            throw DomainException.invalido("VALOR_INVALIDO", "Evento sem payment.value");
        }
        return new Efeito.Recebimento(valor, dataDoPagamento(envelope, pagamento));
    }

    /** The payer's date first; the envelope's creation (local time, no zone) only as a last resort. */
    private static LocalDate dataDoPagamento(JsonNode envelope, JsonNode pagamento) {
        for (String campo : new String[] {"paymentDate", "clientPaymentDate", "confirmedDate"}) {
            LocalDate data = data(JsonDoProvedor.texto(pagamento, campo));
            if (data != null) {
                return data;
            }
        }
        String criado = JsonDoProvedor.texto(envelope, "dateCreated");
        LocalDate data = criado == null || criado.length() < 10 ? null : data(criado.substring(0, 10));
        if (data == null) {
            throw DomainException.invalido("DATA_PAGAMENTO_OBRIGATORIA", "Evento sem data de pagamento");
        }
        return data;
    }

    private static LocalDate data(String texto) {
        if (texto == null) {
            return null;
        }
        try {
            return LocalDate.parse(texto);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static PagamentoId pagamentoIndicado(String externalReference) {
        if (externalReference == null) {
            return null;
        }
        try {
            return PagamentoId.de(externalReference);
        } catch (IllegalArgumentException | DomainException e) {
            return null;
        }
    }
}
