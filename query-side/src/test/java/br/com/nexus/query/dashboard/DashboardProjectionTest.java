package br.com.nexus.query.dashboard;

import static br.com.nexus.query.teste.Dados.boletoRegistrado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.dashboard.BuscarDashboardQuery;
import br.com.nexus.kernel.consulta.dashboard.Dashboard;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

class DashboardProjectionTest {

    private static final LocalDate VENCIMENTO = LocalDate.of(2026, 3, 20);

    private final DashboardProjection projecao = new DashboardProjection(BancoDeTeste.jdbc());
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();

    @Test
    void contaBoletosPorSituacaoEValores() {
        ClienteId ana = ClienteId.novo();
        ClienteId bia = ClienteId.novo();
        BoletoId pendente = registrar(ana, 15_050);
        BoletoId vencido = registrar(ana, 10_000);
        BoletoId pago = registrar(bia, 20_000);
        BoletoId cancelado = registrar(bia, 5_000);
        historia.aplicar(vencido, new BoletoVencido(vencido, tenant, VENCIMENTO), projecao);
        historia.aplicar(pago, new BoletoPago(pago, tenant, PagamentoId.novo()), projecao);
        historia.aplicar(cancelado, new BoletoCancelado(cancelado, tenant, "duplicado"), projecao);

        Dashboard d = dashboard();

        assertThat(d.boletos().total()).isEqualTo(4);
        assertThat(d.boletos().pendentes()).isEqualTo(1);
        assertThat(d.boletos().vencidos()).isEqualTo(1);
        assertThat(d.boletos().pagos()).isEqualTo(1);
        assertThat(d.boletos().cancelados()).isEqualTo(1);
        assertThat(d.valores().total()).hasToString("450.50");
        assertThat(d.valores().pago()).hasToString("200.00");
        assertThat(d.valores().pendente()).hasToString("250.50");
        assertThat(d.clientesUnicos()).isEqualTo(2);
        assertThat(pendente).isNotNull();
    }

    @Test
    void contaComoPagoSoOQueCadaBoletoRecebeuLiquidoDeEstornos() {
        ClienteId ana = ClienteId.novo();
        BoletoId parcial = registrar(ana, 99_999);
        BoletoId excedente = registrar(ana, 98_765);
        BoletoId reaberto = registrar(ana, 15_050);
        BoletoId estornadoEmParte = registrar(ana, 20_000);
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(parcial, new BoletoPagoParcialmente(parcial, tenant, PagamentoId.novo(), Dinheiro.parse("0.01"),
                Dinheiro.parse("999.98")), projecao);
        historia.aplicar(excedente, new BoletoPago(excedente, tenant, PagamentoId.novo(), Dinheiro.parse("12.35")),
                projecao);
        historia.aplicar(reaberto, new BoletoVencido(reaberto, tenant, VENCIMENTO), projecao);
        historia.aplicar(reaberto, new BoletoPago(reaberto, tenant, pagamento), projecao);
        historia.aplicar(reaberto, new BoletoReaberto(reaberto, tenant, ana, OrigemBoleto.GERADO, VENCIMENTO, pagamento,
                "estorno", Dinheiro.parse("150.50"), true), projecao);
        historia.aplicar(estornadoEmParte, new BoletoPago(estornadoEmParte, tenant, pagamento), projecao);
        historia.aplicar(estornadoEmParte, new EstornoNoBoletoRegistrado(estornadoEmParte, tenant, pagamento, "e1",
                Dinheiro.parse("50.00"), Dinheiro.parse("150.00"), Dinheiro.ZERO, "desconto"), projecao);

        Dashboard d = dashboard();

        assertThat(d.boletos().pendentes()).isEqualTo(1);
        assertThat(d.boletos().vencidos()).isEqualTo(1);
        assertThat(d.boletos().pagos()).isEqualTo(2);
        assertThat(d.valores().pago()).hasToString(String.valueOf(Dinheiro.parse("0.01").mais(Dinheiro.parse("1000.00"))
                .mais(Dinheiro.parse("150.00"))));
        assertThat(d.valores().pendente()).hasToString(String.valueOf(Dinheiro.parse("999.98").mais(Dinheiro.parse(
                "150.50"))));
    }

    @Test
    void contaDisparosPeloPontoMaisAvancadoETaxaDeSucesso() {
        BoletoId boleto = registrar(ClienteId.novo(), 10_000);
        DisparoId lido = solicitar(boleto);
        DisparoId entregue = solicitar(boleto);
        DisparoId falhou = solicitar(boleto);
        DisparoId abandonado = solicitar(boleto);
        solicitar(boleto);
        enviar(lido);
        historia.aplicar(lido, new DisparoEntregue(lido, tenant), projecao);
        historia.aplicar(lido, new DisparoLido(lido, tenant), projecao);
        enviar(entregue);
        historia.aplicar(entregue, new DisparoEntregue(entregue, tenant), projecao);
        historia.aplicar(falhou, new DisparoFalhou(falhou, tenant, "HTTP 500", 1, true), projecao);
        historia.aplicar(abandonado, new DisparoFalhou(abandonado, tenant, "sem WhatsApp", 1, false), projecao);
        historia.aplicar(abandonado, new DisparoAbandonado(abandonado, tenant, "sem WhatsApp"), projecao);

        Dashboard d = dashboard();

        assertThat(d.disparos().total()).isEqualTo(5);
        assertThat(d.disparos().enviados()).isEqualTo(2);
        assertThat(d.disparos().entregues()).isEqualTo(2);
        assertThat(d.disparos().lidos()).isEqualTo(1);
        assertThat(d.disparos().erro()).isEqualTo(2);
        assertThat(d.disparos().pendentes()).isEqualTo(1);
        assertThat(d.taxaSucesso()).isEqualByComparingTo(new BigDecimal("40.00"));
        assertThat(d.boletos().enviados()).as("o boleto conta como enviado uma vez só").isEqualTo(1);
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        ClienteId cliente = ClienteId.novo();
        BoletoId boleto = BoletoId.novo();
        DomainEventMessage<?> registro = historia.aplicar(boleto,
                boletoRegistrado(tenant, boleto, cliente, 12_345, VENCIMENTO), projecao);
        DomainEventMessage<?> pago = historia.aplicar(boleto, new BoletoPago(boleto, tenant, PagamentoId.novo()), projecao);
        DisparoId disparo = solicitar(boleto);
        DomainEventMessage<?> envio = historia.aplicar(disparo,
                new DisparoEnviado(disparo, tenant, "MSG1", 1), projecao);
        Dashboard antes = dashboard();

        historia.avancar(Duration.ofHours(1));
        Historia.reaplicar(registro, projecao);
        Historia.reaplicar(pago, projecao);
        Historia.reaplicar(envio, projecao);

        assertThat(dashboard()).isEqualTo(antes);
        assertThat(antes.boletos().total()).isEqualTo(1);
        assertThat(antes.valores().pago()).hasToString("123.45");
    }

    @Test
    void eventoMaisAntigoQueOAplicadoNaoVoltaASituacao() {
        BoletoId boleto = registrar(ClienteId.novo(), 10_000);
        DomainEventMessage<?> vencido = historia.aplicar(boleto, new BoletoVencido(boleto, tenant, VENCIMENTO), projecao);
        historia.aplicar(boleto, new BoletoPago(boleto, tenant, PagamentoId.novo()), projecao);

        Historia.reaplicar(vencido, projecao);

        Dashboard d = dashboard();
        assertThat(d.boletos().pagos()).isEqualTo(1);
        assertThat(d.boletos().vencidos()).isZero();
        assertThat(d.valores().pendente()).hasToString("0.00");
    }

    @Test
    void toleraEventoDeBoletoNuncaRegistrado() {
        BoletoId desconhecido = BoletoId.novo();

        historia.aplicar(desconhecido, new BoletoPago(desconhecido, tenant, PagamentoId.novo()), projecao);

        assertThat(dashboard().boletos().total()).isZero();
        assertThat(dashboard().atualizadoEm()).isNull();
    }

    @Test
    void replayDepoisDoResetChegaAosMesmosNumeros() {
        List<DomainEventMessage<?>> eventos = new ArrayList<>();
        BoletoId boleto = BoletoId.novo();
        eventos.add(historia.aplicar(boleto, boletoRegistrado(tenant, boleto, ClienteId.novo(), 9_900, VENCIMENTO),
                projecao));
        DisparoId disparo = DisparoId.novo();
        eventos.add(historia.aplicar(disparo, new DisparoSolicitado(disparo, tenant, boleto, null, "5511987654321",
                "Olá", null), projecao));
        eventos.add(historia.aplicar(disparo, new DisparoEnviado(disparo, tenant, "MSG", 1), projecao));
        eventos.add(historia.aplicar(boleto, new BoletoVencido(boleto, tenant, VENCIMENTO), projecao));
        Dashboard antes = dashboard();

        Historia.reiniciar(projecao);
        assertThat(dashboard().boletos().total()).isZero();
        eventos.forEach(e -> Historia.reaplicar(e, projecao));

        assertThat(dashboard()).isEqualTo(antes);
    }

    @Test
    void atualizadoEmEhOHorarioDoUltimoEventoQueMudouAlgo() {
        registrar(ClienteId.novo(), 100);
        historia.avancar(Duration.ofMinutes(5));
        BoletoId segundo = registrar(ClienteId.novo(), 100);

        assertThat(dashboard().atualizadoEm()).isEqualTo(historia.agora());
        assertThat(segundo).isNotNull();
    }

    @Test
    void naoMisturaTenants() {
        registrar(ClienteId.novo(), 10_000);
        TenantId outro = TenantId.novo();
        BoletoId alheio = BoletoId.novo();
        historia.aplicar(alheio, boletoRegistrado(outro, alheio, ClienteId.novo(), 99_999, VENCIMENTO), projecao);

        assertThat(dashboard().boletos().total()).isEqualTo(1);
        assertThat(dashboard().valores().total()).hasToString("100.00");
    }

    @Test
    void tenantSemEventosTemPainelZerado() {
        Dashboard d = projecao.handle(new BuscarDashboardQuery(TenantId.novo()));

        assertThat(d.boletos().total()).isZero();
        assertThat(d.valores().total()).hasToString("0.00");
        assertThat(d.taxaSucesso()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void umLoteDeEventosApareceNoPainelInteiroQuandoConfirmado() {
        assertThat(dashboard().boletos().total()).isZero();
        BatchingUnitOfWork<?> lote = new BatchingUnitOfWork<>(List.of(historia.evento(BoletoId.novo(), "lote")));
        lote.start();
        try {
            BoletoId vencido = registrar(ClienteId.novo(), 10_000);
            registrar(ClienteId.novo(), 5_000);
            historia.aplicar(vencido, new BoletoVencido(vencido, tenant, VENCIMENTO), projecao);

            assertThat(dashboard().boletos().total()).as("nada confirmado ainda").isZero();
            lote.commit();
        } finally {
            if (lote.isActive()) {
                lote.rollback();
            }
        }

        Dashboard d = dashboard();
        assertThat(d.boletos().total()).isEqualTo(2);
        assertThat(d.boletos().vencidos()).isEqualTo(1);
        assertThat(d.boletos().pendentes()).isEqualTo(1);
        assertThat(d.valores().total()).hasToString("150.00");
        assertThat(d.clientesUnicos()).isEqualTo(2);
    }

    @Test
    void painelLidoAntesDeUmaMudancaMostraAMudancaLogoDepoisDela() {
        BoletoId boleto = registrar(ClienteId.novo(), 10_000);
        assertThat(dashboard().boletos().pendentes()).isEqualTo(1);

        historia.aplicar(boleto, new BoletoPago(boleto, tenant, PagamentoId.novo()), projecao);

        assertThat(dashboard().boletos().pendentes()).isZero();
        assertThat(dashboard().boletos().pagos()).isEqualTo(1);
    }

    private Dashboard dashboard() {
        return projecao.handle(new BuscarDashboardQuery(tenant));
    }

    private BoletoId registrar(ClienteId cliente, long centavos) {
        BoletoId boleto = BoletoId.novo();
        historia.aplicar(boleto, boletoRegistrado(tenant, boleto, cliente, centavos, VENCIMENTO), projecao);
        return boleto;
    }

    private DisparoId solicitar(BoletoId boleto) {
        DisparoId disparo = DisparoId.novo();
        historia.aplicar(disparo, new DisparoSolicitado(disparo, tenant, boleto, null, "5511987654321", "Olá", null),
                projecao);
        return disparo;
    }

    private void enviar(DisparoId disparo) {
        historia.aplicar(disparo, new DisparoEnviado(disparo, tenant, "MSG-" + disparo, 1), projecao);
    }
}
