package br.com.nexus.query.pagamento;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.consulta.pagamento.PagamentoResumo;
import br.com.nexus.kernel.consulta.pagamento.PaginaDePagamentos;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.PagamentoRecusado;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.time.LocalDate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class PagamentosProjectionTest {

    private final PagamentosProjection projecao = new PagamentosProjection(BancoDeTeste.jdbc());
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();

    @Test
    void criadoFicaPendenteEConfirmadoGuardaValorEData() {
        PagamentoId pagamento = criar(MetodoPagamento.PIX, 15_050);
        assertThat(listar(StatusPagamento.PENDENTE).total()).isEqualTo(1);

        historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, null, Dinheiro.deCentavos(15_050),
                LocalDate.of(2026, 3, 2), "evt_1"), projecao);

        PagamentoResumo resumo = listar(null).items().get(0);
        assertThat(resumo.status()).isEqualTo(StatusPagamento.CONFIRMADO);
        assertThat(resumo.valorPago()).hasToString("150.50");
        assertThat(resumo.dataPagamento()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(resumo.metodo()).isEqualTo(MetodoPagamento.PIX);
        assertThat(resumo.provedor()).isEqualTo(Provedor.ASAAS);
    }

    @Test
    void confirmacaoSemCriacaoConhecidaAindaAparece() {
        PagamentoId pagamento = PagamentoId.novo();
        BoletoId boleto = BoletoId.novo();

        historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, boleto, Dinheiro.deCentavos(999),
                LocalDate.of(2026, 3, 3), "evt_2"), projecao);

        PagamentoResumo resumo = listar(null).items().get(0);
        assertThat(resumo.status()).isEqualTo(StatusPagamento.CONFIRMADO);
        assertThat(resumo.boletoId()).isEqualTo(boleto);
        assertThat(resumo.valor()).isNull();
    }

    @Test
    void recusaEEstornoGuardamOMotivo() {
        PagamentoId recusado = criar(MetodoPagamento.CARTAO, 100);
        historia.aplicar(recusado, new PagamentoRecusado(recusado, tenant, "cartão negado", "evt_3"), projecao);
        PagamentoId estornado = criar(MetodoPagamento.PIX, 200);
        historia.aplicar(estornado, new PagamentoConfirmado(estornado, tenant, null, Dinheiro.deCentavos(200),
                LocalDate.of(2026, 3, 2), "evt_4"), projecao);
        historia.aplicar(estornado, new PagamentoEstornado(estornado, tenant, null, Dinheiro.deCentavos(200),
                "devolução", "evt_5"), projecao);

        assertThat(listar(StatusPagamento.RECUSADO).items()).extracting(PagamentoResumo::motivo)
                .containsExactly("cartão negado");
        PagamentoResumo resumo = listar(StatusPagamento.ESTORNADO).items().get(0);
        assertThat(resumo.valorEstornado()).hasToString("2.00");
        assertThat(resumo.motivo()).isEqualTo("devolução");
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        PagamentoId pagamento = criar(MetodoPagamento.PIX, 200);
        historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, null, Dinheiro.deCentavos(200),
                LocalDate.of(2026, 3, 2), "evt_6"), projecao);
        DomainEventMessage<?> estorno = historia.aplicar(pagamento, new PagamentoEstornado(pagamento, tenant, null,
                Dinheiro.deCentavos(50), "parcial", "evt_7"), projecao);
        PagamentoResumo antes = listar(null).items().get(0);

        Historia.reaplicar(estorno, projecao);

        assertThat(listar(null).items().get(0)).isEqualTo(antes);
        assertThat(antes.valorEstornado()).hasToString("0.50");
    }

    @Test
    void filtraPorMetodoEDataDePagamento() {
        PagamentoId pix = criar(MetodoPagamento.PIX, 100);
        historia.aplicar(pix, new PagamentoConfirmado(pix, tenant, null, Dinheiro.deCentavos(100),
                LocalDate.of(2026, 3, 10), "e1"), projecao);
        PagamentoId boleto = criar(MetodoPagamento.BOLETO, 100);
        historia.aplicar(boleto, new PagamentoConfirmado(boleto, tenant, null, Dinheiro.deCentavos(100),
                LocalDate.of(2026, 2, 10), "e2"), projecao);

        PaginaDePagamentos marco = projecao.handle(new ListarPagamentosQuery(tenant, null, null, null, null, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, 0, 10));
        PaginaDePagamentos boletos = projecao.handle(new ListarPagamentosQuery(tenant, null, MetodoPagamento.BOLETO,
                null, null, null, null, null, null, 0, 10));

        assertThat(marco.items()).extracting(PagamentoResumo::id).containsExactly(pix);
        assertThat(boletos.items()).extracting(PagamentoResumo::id).containsExactly(boleto);
    }

    private PagamentoId criar(MetodoPagamento metodo, long centavos) {
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(pagamento, new PagamentoCriado(pagamento, tenant, null, ClienteId.novo(), Provedor.ASAAS,
                "pay_" + pagamento, Dinheiro.deCentavos(centavos), metodo), projecao);
        return pagamento;
    }

    private PaginaDePagamentos listar(StatusPagamento status) {
        return projecao.handle(new ListarPagamentosQuery(tenant, status, null, null, null, null, null, null, null, 0,
                50));
    }
}
