package br.com.nexus.command.pagamento.provedor;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox's two ways of knowing an event already: its id, and the charge state it reports. */
class EventosDoProvedorTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TabelasDeProvedores.dataSource());
    private final EventosDoProvedor eventos = new EventosDoProvedor(jdbc, new RelogioDeTeste(Instant.now()));
    private final TenantId tenant = TenantId.novo();

    @Test
    void mesmoEstadoDaCobrancaPorOutroCaminhoNaoEntraDeNovo() {
        assertThat(eventos.registrar(Provedor.ASAAS, tenant, "evt_1", "PAYMENT_RECEIVED", "pay_1", "{}",
                "PAYMENT_RECEIVED:pay_1")).isTrue();

        assertThat(eventos.registrar(Provedor.ASAAS, tenant, "conciliacao:PAYMENT_RECEIVED:pay_1", "PAYMENT_RECEIVED",
                "pay_1", "{}", "PAYMENT_RECEIVED:pay_1")).isFalse();
        assertThat(eventos.registrar(Provedor.ASAAS, tenant, "evt_1", "PAYMENT_RECEIVED", "pay_1", "{}",
                "PAYMENT_RECEIVED:pay_1")).isFalse();
        assertThat(eventos.registrar(Provedor.ASAAS, tenant, "evt_2", "PAYMENT_CONFIRMED", "pay_1", "{}",
                "PAYMENT_CONFIRMED:pay_1")).as("outro estado").isTrue();
        assertThat(eventos.registrar(Provedor.ASAAS, TenantId.novo(), "evt_3", "PAYMENT_RECEIVED", "pay_1", "{}",
                "PAYMENT_RECEIVED:pay_1")).as("outra empresa").isTrue();
    }

    @Test
    void estadoRecusadoNaoImpedeUmRelatoLegitimoDepois() {
        eventos.registrar(Provedor.ASAAS, tenant, "evt_forjado", "PAYMENT_RECEIVED", "pay_9", "{}",
                "PAYMENT_RECEIVED:pay_9");
        long id = eventos.buscar(Provedor.ASAAS, tenant, "evt_forjado").orElseThrow().id();
        eventos.concluir(id, SituacaoEvento.RECUSADO, null, null, null, "NAO_CONFIRMADO_PELO_PROVEDOR: teste");

        assertThat(eventos.registrar(Provedor.ASAAS, tenant, "conciliacao:PAYMENT_RECEIVED:pay_9", "PAYMENT_RECEIVED",
                "pay_9", "{}", "PAYMENT_RECEIVED:pay_9")).isTrue();
    }
}
