package br.com.nexus.query.financeiro;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.financeiro.BuscarFinanceiroQuery;
import br.com.nexus.kernel.consulta.financeiro.Financeiro;
import br.com.nexus.kernel.consulta.financeiro.ReceitaPorMetodo;
import br.com.nexus.kernel.consulta.financeiro.ReceitaPorPeriodo;
import br.com.nexus.kernel.consulta.financeiro.TotalPagamentos;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.PagamentoRecusado;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class FinanceiroProjectionTest {

    private final FinanceiroProjection projecao = new FinanceiroProjection(BancoDeTeste.jdbc(),
            new Calendario(ZoneId.of("America/Sao_Paulo"), Clock.systemUTC()));
    private final Historia historia = new Historia(Instant.parse("2026-03-02T12:00:00Z"));
    private final TenantId tenant = TenantId.novo();

    @Test
    void receitaDoPeriodoPorMetodoEComparadaAoPeriodoAnterior() {
        pago(MetodoPagamento.PIX, 10_000, LocalDate.of(2026, 3, 2));
        pago(MetodoPagamento.PIX, 5_000, LocalDate.of(2026, 3, 9));
        pago(MetodoPagamento.BOLETO, 15_000, LocalDate.of(2026, 3, 31));
        pago(MetodoPagamento.BOLETO, 20_000, LocalDate.of(2026, 2, 15));

        Financeiro f = financeiro(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(f.receita()).hasToString("300.00");
        assertThat(f.anteriorDe()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(f.anteriorAte()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(f.receitaPeriodoAnterior()).hasToString("200.00");
        assertThat(f.crescimento()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(f.porMetodo()).containsExactlyInAnyOrder(
                new ReceitaPorMetodo(MetodoPagamento.PIX, 2, Dinheiro.deCentavos(15_000)),
                new ReceitaPorMetodo(MetodoPagamento.BOLETO, 1, Dinheiro.deCentavos(15_000)));
        assertThat(f.confirmados()).isEqualTo(new TotalPagamentos(3, Dinheiro.deCentavos(30_000)));
    }

    @Test
    void seriesPorDiaSemanaEMes() {
        pago(MetodoPagamento.PIX, 1_000, LocalDate.of(2026, 3, 2));
        pago(MetodoPagamento.PIX, 2_000, LocalDate.of(2026, 3, 4));
        pago(MetodoPagamento.PIX, 4_000, LocalDate.of(2026, 3, 10));

        Financeiro f = financeiro(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10));

        assertThat(f.porDia()).hasSize(9);
        assertThat(f.porDia().get(2)).isEqualTo(new ReceitaPorPeriodo(LocalDate.of(2026, 3, 4), 1,
                Dinheiro.deCentavos(2_000)));
        assertThat(f.porDia().get(1).receita()).isEqualTo(Dinheiro.ZERO);
        assertThat(f.porSemana()).containsExactly(
                new ReceitaPorPeriodo(LocalDate.of(2026, 3, 2), 2, Dinheiro.deCentavos(3_000)),
                new ReceitaPorPeriodo(LocalDate.of(2026, 3, 9), 1, Dinheiro.deCentavos(4_000)));
        assertThat(f.porMes()).containsExactly(
                new ReceitaPorPeriodo(LocalDate.of(2026, 3, 1), 3, Dinheiro.deCentavos(7_000)));
    }

    @Test
    void estornoSaiDaReceitaEPendentesERecusadosFicamAParte() {
        PagamentoId estornado = pago(MetodoPagamento.CARTAO, 10_000, LocalDate.of(2026, 3, 5));
        historia.aplicar(estornado, new PagamentoEstornado(estornado, tenant, null, Dinheiro.deCentavos(4_000),
                "parcial", "e-est"), projecao);
        criar(MetodoPagamento.PIX, 7_000);
        PagamentoId recusado = criar(MetodoPagamento.CARTAO, 3_000);
        historia.aplicar(recusado, new PagamentoRecusado(recusado, tenant, "negado", "e-rec"), projecao);

        Financeiro f = financeiro(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(f.receita()).hasToString("60.00");
        assertThat(f.estornados()).isEqualTo(new TotalPagamentos(1, Dinheiro.deCentavos(4_000)));
        assertThat(f.pendentes()).isEqualTo(new TotalPagamentos(1, Dinheiro.deCentavos(7_000)));
        assertThat(f.recusados()).isEqualTo(new TotalPagamentos(1, Dinheiro.deCentavos(3_000)));
        assertThat(f.crescimento()).as("sem receita anterior não há crescimento").isNull();
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        PagamentoId pagamento = criar(MetodoPagamento.PIX, 10_000);
        DomainEventMessage<?> confirmacao = historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, null,
                Dinheiro.deCentavos(10_000), LocalDate.of(2026, 3, 5), "e1"), projecao);
        DomainEventMessage<?> estorno = historia.aplicar(pagamento, new PagamentoEstornado(pagamento, tenant, null,
                Dinheiro.deCentavos(1_000), "parcial", "e2"), projecao);
        Financeiro antes = financeiro(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        Historia.reaplicar(confirmacao, projecao);
        Historia.reaplicar(estorno, projecao);

        assertThat(financeiro(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEqualTo(antes);
        assertThat(antes.receita()).hasToString("90.00");
    }

    @Test
    void confirmacaoSemDataContaNoDiaDeNegocioEmQueChegou() {
        historia.em(Instant.parse("2026-03-06T01:00:00Z"));
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, null, Dinheiro.deCentavos(500), null,
                "e3"), projecao);

        Financeiro f = financeiro(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5));

        assertThat(f.receita()).hasToString("5.00");
        assertThat(f.porMetodo()).extracting(ReceitaPorMetodo::metodo).containsExactly((MetodoPagamento) null);
    }

    @Test
    void naoMisturaTenants() {
        pago(MetodoPagamento.PIX, 10_000, LocalDate.of(2026, 3, 5));
        PagamentoId alheio = PagamentoId.novo();
        historia.aplicar(alheio, new PagamentoConfirmado(alheio, TenantId.novo(), null, Dinheiro.deCentavos(99_900),
                LocalDate.of(2026, 3, 5), "x"), projecao);

        assertThat(financeiro(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).receita()).hasToString("100.00");
    }

    private PagamentoId criar(MetodoPagamento metodo, long centavos) {
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(pagamento, new PagamentoCriado(pagamento, tenant, null, ClienteId.novo(), Provedor.MANUAL,
                null, Dinheiro.deCentavos(centavos), metodo), projecao);
        return pagamento;
    }

    private PagamentoId pago(MetodoPagamento metodo, long centavos, LocalDate data) {
        PagamentoId pagamento = criar(metodo, centavos);
        historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, null, Dinheiro.deCentavos(centavos), data,
                "evt-" + pagamento), projecao);
        return pagamento;
    }

    private Financeiro financeiro(LocalDate de, LocalDate ate) {
        return projecao.handle(new BuscarFinanceiroQuery(tenant, de, ate));
    }
}
