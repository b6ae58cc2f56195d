package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The webhooks a charge's current state at Asaas stands for, in the order Asaas would have sent
 * them: what the reconciliation puts in the inbox for a charge whose webhooks never came.
 */
final class NoticiasDaCobrancaAsaas {

    /** The statuses of money received, and the webhook each one comes with. */
    private static final Map<String, String> RECEBIMENTO = Map.of(
            "RECEIVED", "PAYMENT_RECEIVED",
            "CONFIRMED", "PAYMENT_CONFIRMED",
            "RECEIVED_IN_CASH", "PAYMENT_RECEIVED",
            "DUNNING_RECEIVED", "PAYMENT_DUNNING_RECEIVED");
    /** The statuses of a payment undone, and their webhook. */
    private static final Map<String, String> DESFEITO = Map.of(
            "REFUNDED", "PAYMENT_REFUNDED",
            "CHARGEBACK_REQUESTED", "PAYMENT_CHARGEBACK_REQUESTED",
            "CHARGEBACK_DISPUTE", "PAYMENT_CHARGEBACK_DISPUTE");

    /** One webhook: its event name and the {@code payment} it would carry. */
    record Noticia(String evento, JsonNode pagamento) {
    }

    private NoticiasDaCobrancaAsaas() {
    }

    /**
     * {@code cobranca} as Asaas shows it now; {@code paga}: its receipt was already applied here.
     * A charge refunded before we knew it was paid first brings the receipt, then the refund.
     */
    static List<Noticia> de(JsonNode cobranca, boolean paga) {
        List<Noticia> noticias = new ArrayList<>();
        if (cobranca.path("deleted").asBoolean(false)) {
            if (!paga) {
                noticias.add(new Noticia("PAYMENT_DELETED", cobranca));
            }
            return noticias;
        }
        String status = String.valueOf(JsonDoProvedor.texto(cobranca, "status"));
        String desfeito = DESFEITO.get(status);
        if (!paga && "OVERDUE".equals(status)) {
            noticias.add(new Noticia("PAYMENT_OVERDUE", cobranca));
        }
        if (!paga && (RECEBIMENTO.containsKey(status) || desfeito != null)) {
            noticias.add(new Noticia(RECEBIMENTO.getOrDefault(status, "PAYMENT_RECEIVED"), cobranca));
        }
        if (desfeito != null) {
            noticias.add(new Noticia(desfeito, cobranca));
        } else if (RECEBIMENTO.containsKey(status)) {
            noticias.addAll(estornosParciais(cobranca));
        }
        return noticias;
    }

    /** One PAYMENT_PARTIALLY_REFUNDED per refund done, each carrying the refunds done up to it. */
    private static List<Noticia> estornosParciais(JsonNode cobranca) {
        List<JsonNode> feitos = InterpretadorAsaas.estornosFeitos(cobranca);
        List<Noticia> noticias = new ArrayList<>();
        for (int ate = 1; ate <= feitos.size(); ate++) {
            ObjectNode ateEste = cobranca.deepCopy();
            ArrayNode estornos = ateEste.putArray("refunds");
            feitos.subList(0, ate).forEach(estornos::add);
            noticias.add(new Noticia("PAYMENT_PARTIALLY_REFUNDED", ateEste));
        }
        return noticias;
    }
}
