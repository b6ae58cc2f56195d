package br.com.nexus.command.pagamento.provedor.asaas;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.pagamento.provedor.EventosDeExemplo;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a charge's state at Asaas stands for, in webhooks, when none of them came. */
class NoticiasDaCobrancaAsaasTest {

    private static JsonNode cobranca(String status) {
        return JsonDoProvedor.ler(EventosDeExemplo.asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23", null)
                .replace("\"status\":\"RECEIVED\"", "\"status\":\"" + status + "\"")).path("payment");
    }

    private static List<String> eventos(JsonNode cobranca, boolean paga) {
        return NoticiasDaCobrancaAsaas.de(cobranca, paga).stream().map(NoticiasDaCobrancaAsaas.Noticia::evento).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PENDING|false|",
            "OVERDUE|false|PAYMENT_OVERDUE",
            "RECEIVED|false|PAYMENT_RECEIVED",
            "CONFIRMED|false|PAYMENT_CONFIRMED",
            "RECEIVED_IN_CASH|false|PAYMENT_RECEIVED",
            "DUNNING_RECEIVED|false|PAYMENT_DUNNING_RECEIVED",
            "REFUNDED|false|PAYMENT_RECEIVED PAYMENT_REFUNDED",
            "CHARGEBACK_REQUESTED|false|PAYMENT_RECEIVED PAYMENT_CHARGEBACK_REQUESTED",
            "RECEIVED|true|",
            "OVERDUE|true|",
            "REFUNDED|true|PAYMENT_REFUNDED",
            "CHARGEBACK_DISPUTE|true|PAYMENT_CHARGEBACK_DISPUTE",
            "REFUND_REQUESTED|true|",
            "AWAITING_CHARGEBACK_REVERSAL|true|"})
    void cadaStatusEhOWebhookQueOTeriaTrazido(String status, boolean paga, String esperados) {
        List<String> esperado = esperados == null ? List.of() : List.of(esperados.split(" "));

        assertThat(eventos(cobranca(status), paga)).containsExactlyElementsOf(esperado);
    }

    @Test
    void cobrancaRemovidaEhUmPaymentDeletedSoSeNaoFoiPaga() {
        JsonNode removida = JsonDoProvedor.ler(JsonDoProvedor.mapper().createObjectNode().put("id", "pay_1")
                .put("status", "PENDING").put("deleted", true).toString());

        assertThat(eventos(removida, false)).containsExactly("PAYMENT_DELETED");
        assertThat(eventos(removida, true)).isEmpty();
    }

    @Test
    void cadaEstornoParcialConcluidoEhUmEventoComOsEstornosAteEle() {
        JsonNode cobranca = JsonDoProvedor.ler(EventosDeExemplo.asaas("evt_1", "PAYMENT_RECEIVED", "pay_1", "42.23", null)
                .replace("\"refunds\":null", """
                        "refunds":[{"dateCreated":"2024-11-08 10:28:40","status":"DONE","value":2.00},\
                        {"dateCreated":"2024-11-09 10:00:00","status":"PENDING","value":3.00},\
                        {"dateCreated":"2024-11-10 09:15:02","status":"DONE","value":5.50}]""")).path("payment");

        List<NoticiasDaCobrancaAsaas.Noticia> noticias = NoticiasDaCobrancaAsaas.de(cobranca, true);

        assertThat(noticias).extracting(n -> InterpretadorAsaas.chaveDeEfeito(n.evento(), n.pagamento()))
                .containsExactly("PAYMENT_PARTIALLY_REFUNDED:pay_1:1", "PAYMENT_PARTIALLY_REFUNDED:pay_1:2");
        assertThat(noticias.get(1).pagamento().path("refunds").get(1).path("value").decimalValue())
                .isEqualByComparingTo("5.50");
    }
}
