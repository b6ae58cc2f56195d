package br.com.nexus.command.pagamento.provedor.asaas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.pagamento.provedor.Efeito;
import br.com.nexus.command.pagamento.provedor.EventoDoProvedor;
import br.com.nexus.command.pagamento.provedor.EventosDeExemplo;
import br.com.nexus.command.pagamento.provedor.Interpretacao;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.command.pagamento.provedor.SituacaoEvento;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterpretadorAsaasTest {

    private static final String EVENTO = "evt_d26e303b238e509335ac9ba210e51b0f&7686444";
    private final InterpretadorAsaas interpretador = new InterpretadorAsaas();

    private static EventoDoProvedor evento(String tipo, String payload) {
        return new EventoDoProvedor(1, Provedor.ASAAS, TenantId.novo(), EVENTO, tipo, null, payload, Instant.now(),
                SituacaoEvento.PENDENTE, 0, null, null, null, null, null);
    }

    @Test
    void pagamentoRecebidoDoExemploRealEhUmRecebimentoExatoNaDataDoPagamento() {
        String payload = EventosDeExemplo.asaas(EVENTO, "PAYMENT_RECEIVED", "pay_6egmyz6lpfxazko3-mock", "42.23", null);

        Interpretacao lida = interpretador.interpretar(evento("PAYMENT_RECEIVED", payload));

        assertThat(lida.referencia()).isEqualTo("pay_6egmyz6lpfxazko3-mock");
        assertThat(lida.pagamentoIndicado()).isNull();
        assertThat(lida.efeito()).isEqualTo(new Efeito.Recebimento(Dinheiro.deCentavos(4223), LocalDate.of(2024, 11, 6)));
    }

    @ParameterizedTest
    @CsvSource({"0.1, 10", "0.29, 29", "1234567.89, 123456789", "19.99, 1999", "150.5, 15050", "100, 10000",
            "1.10, 110"})
    void valoresEmReaisViramCentavosSemErroDeArredondamento(String valor, long centavos) {
        String payload = EventosDeExemplo.asaas(EVENTO, "PAYMENT_CONFIRMED", "pay_1", valor, null);

        Efeito efeito = interpretador.interpretar(evento("PAYMENT_CONFIRMED", payload)).efeito();

        assertThat(((Efeito.Recebimento) efeito).valor().centavos()).isEqualTo(centavos);
    }

    @Test
    void valorComMaisDeDuasCasasNaoEhArredondado() {
        String payload = EventosDeExemplo.asaas(EVENTO, "PAYMENT_RECEIVED", "pay_1", "42.235", null);

        assertThatThrownBy(() -> interpretador.interpretar(evento("PAYMENT_RECEIVED", payload)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALOR_INVALIDO"));
    }

    @Test
    void referenciaExternaComNossoIdIndicaOPagamento() {
        PagamentoId nosso = PagamentoId.novo();
        String payload = EventosDeExemplo.asaas(EVENTO, "PAYMENT_RECEIVED", "pay_1", "42.23", nosso.toString());

        assertThat(interpretador.interpretar(evento("PAYMENT_RECEIVED", payload)).pagamentoIndicado()).isEqualTo(nosso);
    }

    @Test
    void referenciaExternaQueNaoEhNossaEhIgnorada() {
        String payload = EventosDeExemplo.asaas(EVENTO, "PAYMENT_RECEIVED", "pay_1", "42.23", "pedido-77");

        assertThat(interpretador.interpretar(evento("PAYMENT_RECEIVED", payload)).pagamentoIndicado()).isNull();
    }

    @Test
    void estornoVencimentoERemocao() {
        assertThat(interpretador.interpretar(evento("PAYMENT_REFUNDED",
                EventosDeExemplo.asaas(EVENTO, "PAYMENT_REFUNDED", "pay_1", "42.23", null))).efeito())
                .isEqualTo(new Efeito.Estorno(null, "Cobrança estornada no Asaas"));
        assertThat(interpretador.interpretar(evento("PAYMENT_OVERDUE",
                EventosDeExemplo.asaas(EVENTO, "PAYMENT_OVERDUE", "pay_1", "42.23", null))).efeito())
                .isEqualTo(new Efeito.Vencimento());
        assertThat(interpretador.interpretar(evento("PAYMENT_DELETED",
                EventosDeExemplo.asaas(EVENTO, "PAYMENT_DELETED", "pay_1", "42.23", null))).efeito())
                .isEqualTo(new Efeito.Cancelamento("Cobrança removida no Asaas"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAYMENT_CHARGEBACK_REQUESTED", "PAYMENT_CHARGEBACK_DISPUTE"})
    void chargebackEEstornoDeTudoQueFoiPago(String tipo) {
        Efeito efeito = interpretador.interpretar(evento(tipo, EventosDeExemplo.asaas(EVENTO, tipo, "pay_1", "42.23",
                null))).efeito();

        assertThat(efeito).isInstanceOf(Efeito.Estorno.class);
        assertThat(((Efeito.Estorno) efeito).valor()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAYMENT_CREATED", "PAYMENT_UPDATED", "PAYMENT_BANK_SLIP_VIEWED", "PAYMENT_RESTORED",
            "PAYMENT_PARTIALLY_REFUNDED", "PAYMENT_AWAITING_CHARGEBACK_REVERSAL"})
    void demaisEventosSaoApenasRegistrados(String tipo) {
        Efeito efeito = interpretador.interpretar(evento(tipo, EventosDeExemplo.asaas(EVENTO, tipo, "pay_1", "42.23",
                null))).efeito();

        assertThat(efeito).isInstanceOf(Efeito.SoRegistro.class);
    }

    @Test
    void semDataDePagamentoUsaODiaDoEnvelope() {
        String payload = EventosDeExemplo.asaas(EVENTO, "PAYMENT_CONFIRMED", "pay_1", "42.23", null)
                .replace("\"paymentDate\":\"2024-11-06\"", "\"paymentDate\":null")
                .replace("\"clientPaymentDate\":\"2024-11-06\"", "\"clientPaymentDate\":null")
                .replace("\"confirmedDate\":\"2024-11-06\"", "\"confirmedDate\":null");

        Efeito efeito = interpretador.interpretar(evento("PAYMENT_CONFIRMED", payload)).efeito();

        assertThat(((Efeito.Recebimento) efeito).data()).isEqualTo(LocalDate.of(2024, 11, 6));
    }

    @Test
    void chaveDeEfeitoIdentificaOEstadoDaCobrancaSoNosEventosQueMudamOPagamento() {
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_RECEIVED", "pay_1")).isEqualTo("PAYMENT_RECEIVED:pay_1");
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_CONFIRMED", "pay_1")).isEqualTo("PAYMENT_CONFIRMED:pay_1");
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_REFUNDED", "pay_1")).isEqualTo("PAYMENT_REFUNDED:pay_1");
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_OVERDUE", "pay_1")).isEqualTo("PAYMENT_OVERDUE:pay_1");
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_DELETED", "pay_1")).isEqualTo("PAYMENT_DELETED:pay_1");
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_CHARGEBACK_REQUESTED", "pay_1"))
                .isEqualTo("PAYMENT_CHARGEBACK_REQUESTED:pay_1");
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_CREATED", "pay_1")).isNull();
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_RECEIVED", (String) null)).isNull();
    }

    private static final String DOIS_ESTORNOS = """
            "refunds":[{"dateCreated":"2024-11-08 10:28:40","status":"DONE","value":2.00,"description":"Troco",            "transactionReceiptUrl":"https://www.asaas.com/comprovantes/6677732109104548"},            {"dateCreated":"2024-11-09 11:00:00","status":"CANCELLED","value":9.00,"description":null},            {"dateCreated":"2024-11-10 09:15:02","status":"DONE","value":5.50,"description":"Devolução parcial",            "transactionReceiptUrl":"https://www.asaas.com/comprovantes/6677732109104549"}]""";

    @Test
    void estornoParcialEhOUltimoEstornoConcluidoEContaComoUmEstadoPorEstorno() {
        String payload = EventosDeExemplo.asaas(EVENTO, "PAYMENT_PARTIALLY_REFUNDED", "pay_1", "42.23", null)
                .replace("\"refunds\":null", DOIS_ESTORNOS);

        Efeito efeito = interpretador.interpretar(evento("PAYMENT_PARTIALLY_REFUNDED", payload)).efeito();

        assertThat(efeito).isEqualTo(new Efeito.Estorno(Dinheiro.deCentavos(550), "Estorno parcial no Asaas"));
        assertThat(InterpretadorAsaas.chaveDeEfeito("PAYMENT_PARTIALLY_REFUNDED",
                JsonDoProvedor.ler(payload).path("payment")))
                .isEqualTo("PAYMENT_PARTIALLY_REFUNDED:pay_1:2");
    }
}
