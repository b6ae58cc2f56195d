package br.com.nexus.command.pagamento.provedor.asaas;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.pagamento.provedor.TabelasDeProvedores;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** How often a tenant's key asks Asaas, as stored: what a restart finds. */
class RitmoDaConciliacaoAsaasTest {

    private static final LocalDate HOJE = LocalDate.of(2026, 3, 10);
    private final JdbcTemplate jdbc = new JdbcTemplate(TabelasDeProvedores.dataSource());
    private final TenantId tenant = TenantId.novo();

    @Test
    void rodadasDoDiaParamNoMaximoERecomecamNoDiaSeguinteMesmoAposReinicio() {
        RitmoDaConciliacaoAsaas antes = new RitmoDaConciliacaoAsaas(jdbc);
        assertThat(antes.iniciarRodada(tenant, HOJE, 2)).isTrue();
        assertThat(antes.iniciarRodada(tenant, HOJE, 2)).isTrue();

        RitmoDaConciliacaoAsaas depoisDoReinicio = new RitmoDaConciliacaoAsaas(jdbc);

        assertThat(depoisDoReinicio.iniciarRodada(tenant, HOJE, 2)).isFalse();
        assertThat(depoisDoReinicio.iniciarRodada(TenantId.novo(), HOJE, 2)).as("outra empresa").isTrue();
        assertThat(depoisDoReinicio.iniciarRodada(tenant, HOJE.plusDays(1), 2)).isTrue();
        assertThat(depoisDoReinicio.iniciarRodada(tenant, HOJE.plusDays(1), 2)).isTrue();
        assertThat(depoisDoReinicio.iniciarRodada(tenant, HOJE.plusDays(1), 2)).isFalse();
    }

    @Test
    void pausaPedidaPeloAsaasSobreviveAoReinicioSemGastarRodada() {
        Instant ate = Instant.parse("2026-03-10T18:00:00Z");
        new RitmoDaConciliacaoAsaas(jdbc).pausar(tenant, HOJE, ate);

        RitmoDaConciliacaoAsaas depoisDoReinicio = new RitmoDaConciliacaoAsaas(jdbc);

        assertThat(depoisDoReinicio.pausadoAte(tenant)).contains(ate);
        assertThat(depoisDoReinicio.pausadoAte(TenantId.novo())).isEmpty();
        assertThat(depoisDoReinicio.iniciarRodada(tenant, HOJE, 1)).isTrue();
        assertThat(depoisDoReinicio.iniciarRodada(tenant, HOJE, 1)).isFalse();
    }
}
