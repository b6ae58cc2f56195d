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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Asaas webhook events (PROTOCOLS.md §2.3): PAYMENT_CONFIRMED, PAYMENT_RECEIVED and
 * PAYMENT_DUNNING_RECEIVED are money received, PAYMENT_REFUNDED and a chargeback (requested or in
 * dispute) a full refund, PAYMENT_PARTIALLY_REFUNDED the latest refund done in {@code payment.refunds},
 * PAYMENT_OVERDUE an overdue charge, PAYMENT_DELETED a removed charge (its boleto is cancelled);
 * every other event is kept only. {@code payment.value} is what was paid (Asaas moves the charged amount to
 * {@code originalValue} when they differ).
 */
@Component
public class InterpretadorAsaas implements InterpretadorDeEventos {

    private static final Set<String> EVENTOS_COM_EFEITO = Set.of("PAYMENT_CONFIRMED", "PAYMENT_RECEIVED",
            "PAYMENT_DUNNING_RECEIVED", "PAYMENT_REFUNDED", "PAYMENT_CHARGEBACK_REQUESTED", "PAYMENT_CHARGEBACK_DISPUTE",
            "PAYMENT_OVERDUE", "PAYMENT_DELETED");
    private static final String ESTORNO_PARCIAL = "PAYMENT_PARTIALLY_REFUNDED";

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
            case "PAYMENT_CONFIRMED", "PAYMENT_RECEIVED", "PAYMENT_DUNNING_RECEIVED" -> recebimento(envelope, pagamento);
            case "PAYMENT_REFUNDED" -> new Efeito.Estorno(null, "Cobrança estornada no Asaas");
            case ESTORNO_PARCIAL -> estornoParcial(pagamento);
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
     * Pagamento; for a partial refund also how many refunds are done by then (each is its own
     * state); null for the others (kept once per event id only).
     */
    public static String chaveDeEfeito(String evento, JsonNode pagamento) {
        String cobrancaId = JsonDoProvedor.texto(pagamento, "id");
        if (ESTORNO_PARCIAL.equals(evento)) {
            int feitos = estornosFeitos(pagamento).size();
            return cobrancaId == null || feitos == 0 ? null : evento + ":" + cobrancaId + ":" + feitos;
        }
        return chaveDeEfeito(evento, cobrancaId);
    }

    public static String chaveDeEfeito(String evento, String cobrancaId) {
        if (cobrancaId == null || !EVENTOS_COM_EFEITO.contains(evento)) {
            return null;
        }
        return evento + ":" + cobrancaId;
    }

    /** The refunds of {@code payment.refunds} Asaas has done (not PENDING or CANCELLED), oldest first. */
    static List<JsonNode> estornosFeitos(JsonNode pagamento) {
        List<JsonNode> feitos = new ArrayList<>();
        for (JsonNode estorno : pagamento.path("refunds")) {
            if ("DONE".equals(JsonDoProvedor.texto(estorno, "status"))) {
                feitos.add(estorno);
            }
        }
        return feitos;
    }

    /** The latest refund done is the one a PAYMENT_PARTIALLY_REFUNDED reports. */
    private static Efeito estornoParcial(JsonNode pagamento) {
        List<JsonNode> feitos = estornosFeitos(pagamento);
        if (feitos.isEmpty()) {
            return new Efeito.SoRegistro("Estorno parcial ainda não concluído no Asaas");
        }
        Dinheiro valor = JsonDoProvedor.reais(feitos.get(feitos.size() - 1), "value");
        if (valor == null) {
            throw DomainException.invalido("VALOR_INVALIDO", "Estorno parcial sem value");
        }
        return new Efeito.Estorno(valor, "Estorno parcial no Asaas");
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
