package br.com.nexus.command.pagamento.provedor;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor.CobrancaAConciliar;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor.Criterios;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which charges the reconciliation asks the provider about. */
class CobrancasNoProvedorTest {

    private static final Instant AGORA = Instant.parse("2026-03-10T15:00:00Z");
    private static final LocalDate HOJE = LocalDate.of(2026, 3, 10);
    private static final Criterios CRITERIOS = new Criterios(AGORA.minus(Duration.ofHours(6)), HOJE,
            AGORA.minus(Duration.ofDays(3)), AGORA.minus(Duration.ofDays(30)));

    private final JdbcTemplate jdbc = new JdbcTemplate(TabelasDeProvedores.dataSource());
    private final RelogioDeTeste relogio = new RelogioDeTeste(AGORA.minus(Duration.ofDays(45)));
    private final CobrancasNoProvedor cobrancas = new CobrancasNoProvedor(jdbc, relogio);
    private final EventosDoProvedor eventos = new EventosDoProvedor(jdbc, relogio);
    private final TenantId tenant = TenantId.novo();

    @Test
    void escolheAsVencidasAsLongamenteSemNoticiasEAsPagasQueAindaPodemSerEstornadas() {
        abrir("pay_paga_ha_45_dias", HOJE.minusDays(41));
        aplicar("pay_paga_ha_45_dias", "PAYMENT_RECEIVED");
        relogio.avancar(Duration.ofDays(35));
        abrir("pay_vencida", HOJE.minusDays(1));
        abrir("pay_a_vencer_sem_noticias_ha_10_dias", HOJE.plusDays(20));
        abrir("pay_sem_vencimento_ha_10_dias", null);
        abrir("pay_paga_ha_5_dias", HOJE.minusDays(5));
        abrir("pay_removida", HOJE.minusDays(2));
        abrir("pay_estornada", HOJE.minusDays(2));
        abrir("pay_vencida_com_noticia_recente", HOJE.minusDays(3));
        aplicar("pay_removida", "PAYMENT_DELETED");
        aplicar("pay_estornada", "PAYMENT_RECEIVED");
        aplicar("pay_estornada", "PAYMENT_REFUNDED");
        relogio.avancar(Duration.ofDays(5));
        aplicar("pay_paga_ha_5_dias", "PAYMENT_CONFIRMED");
        relogio.avancar(Duration.ofDays(4));
        abrir("pay_a_vencer_aberta_ontem", HOJE.plusDays(5));
        relogio.avancar(Duration.ofHours(23));
        aplicar("pay_vencida_com_noticia_recente", "PAYMENT_OVERDUE");
        relogio.avancar(Duration.ofHours(1));

        List<CobrancaAConciliar> escolhidas = cobrancas.aConciliar(tenant, Provedor.ASAAS, CRITERIOS);

        assertThat(escolhidas).extracting(CobrancaAConciliar::referenciaExterna).containsExactly(
                "pay_a_vencer_sem_noticias_ha_10_dias", "pay_paga_ha_5_dias", "pay_sem_vencimento_ha_10_dias",
                "pay_vencida");
        assertThat(escolhidas).filteredOn(CobrancaAConciliar::paga).extracting(CobrancaAConciliar::referenciaExterna)
                .containsExactly("pay_paga_ha_5_dias");
        assertThat(escolhidas).filteredOn(c -> c.referenciaExterna().equals("pay_vencida"))
                .extracting(CobrancaAConciliar::vencimento).containsExactly(HOJE.minusDays(1));
        assertThat(cobrancas.aConciliar(TenantId.novo(), Provedor.ASAAS, CRITERIOS)).as("outra empresa").isEmpty();
    }

    private void abrir(String referencia, LocalDate vencimento) {
        cobrancas.registrar(new CobrancaNoProvedor(tenant, Provedor.ASAAS, referencia, PagamentoId.novo(), null),
                vencimento);
    }

    private void aplicar(String referencia, String tipo) {
        String eventoId = "evt_" + tipo + "_" + referencia;
        eventos.registrar(Provedor.ASAAS, tenant, eventoId, tipo, referencia, "{}");
        long id = eventos.buscar(Provedor.ASAAS, tenant, eventoId).orElseThrow().id();
        eventos.concluir(id, SituacaoEvento.APLICADO, null, null, null, null);
    }
}
