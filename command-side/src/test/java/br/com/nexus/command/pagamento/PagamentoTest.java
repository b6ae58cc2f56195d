package br.com.nexus.command.pagamento;

import static br.com.nexus.command.TestData.erro;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.ConciliarPagamentoCommand;
import br.com.nexus.kernel.pagamento.ConfirmarPagamentoCommand;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.EstornarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoDivergente;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.PagamentoRecusado;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.RecusarPagamentoCommand;
import br.com.nexus.kernel.pagamento.ResultadoConciliacao;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagamentoTest {

    private static final Dinheiro VALOR = Dinheiro.parse("150.50");
    private static final LocalDate DATA = LocalDate.of(2026, 3, 9);

    private final TenantId tenant = TenantId.novo();
    private final TenantId outroTenant = TenantId.novo();
    private final PagamentoId pagamentoId = PagamentoId.novo();
    private final BoletoId boletoId = BoletoId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private AggregateTestFixture<Pagamento> fixture;

    @BeforeEach
    void configurar() {
        fixture = new AggregateTestFixture<>(Pagamento.class);
    }

    @Test
    void criaPagamentoEsperado() {
        fixture.givenNoPriorActivity()
                .when(criar(VALOR))
                .expectEvents(criado());
    }

    @Test
    void recusaValorZero() {
        fixture.givenNoPriorActivity()
                .when(criar(Dinheiro.ZERO))
                .expectException(erro(ErrorKind.INVALIDO, "VALOR_INVALIDO"))
                .expectNoEvents();
    }

    @Test
    void recusaSemProvedor() {
        fixture.givenNoPriorActivity()
                .when(new CriarPagamentoCommand(pagamentoId, tenant, boletoId, clienteId, null, "pay_1", VALOR,
                        MetodoPagamento.PIX))
                .expectException(erro(ErrorKind.INVALIDO, "PROVEDOR_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaSemMetodo() {
        fixture.givenNoPriorActivity()
                .when(new CriarPagamentoCommand(pagamentoId, tenant, boletoId, clienteId, Provedor.ASAAS, "pay_1", VALOR,
                        null))
                .expectException(erro(ErrorKind.INVALIDO, "METODO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaCriacaoComIdJaUsado() {
        fixture.given(criado())
                .when(criar(VALOR))
                .expectException(erro(ErrorKind.CONFLITO, "PAGAMENTO_JA_EXISTE"))
                .expectNoEvents();
    }

    @Test
    void confirmaLevandoOBoletoDoEstado() {
        fixture.given(criado())
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_1"))
                .expectEvents(new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"));
    }

    @Test
    void confirmacaoSemValorUsaOValorEsperado() {
        fixture.given(criado())
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, null, DATA, null))
                .expectEvents(new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, null));
    }

    @Test
    void mesmoEventoDoProvedorNaoEAplicadoDuasVezes() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"))
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void confirmacaoPorOutroEventoDePagamentoConfirmadoNaoGeraEvento() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"))
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void eventoJaAplicadoNaoDesfazOEstorno() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, VALOR, null, "evt_2"))
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void pagamentoRecusadoAindaPodeSerConfirmado() {
        fixture.given(criado(), new PagamentoRecusado(pagamentoId, tenant, "cartão negado", "evt_1"))
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_2"))
                .expectEvents(new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_2"));
    }

    @Test
    void recusaConfirmarPagamentoEstornado() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, VALOR, null, "evt_2"))
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_3"))
                .expectException(erro(ErrorKind.CONFLITO, "PAGAMENTO_ESTORNADO"))
                .expectNoEvents();
    }

    @Test
    void recusaConfirmarSemData() {
        fixture.given(criado())
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, VALOR, null, "evt_1"))
                .expectException(erro(ErrorKind.INVALIDO, "DATA_PAGAMENTO_OBRIGATORIA"))
                .expectNoEvents();
    }

    @Test
    void recusaConfirmarComValorZero() {
        fixture.given(criado())
                .when(new ConfirmarPagamentoCommand(pagamentoId, tenant, Dinheiro.ZERO, DATA, "evt_1"))
                .expectException(erro(ErrorKind.INVALIDO, "VALOR_INVALIDO"))
                .expectNoEvents();
    }

    @Test
    void conciliacaoComOValorCobradoConfirma() {
        fixture.given(criado())
                .when(new ConciliarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_1"))
                .expectEvents(new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"))
                .expectResultMessagePayload(ResultadoConciliacao.CONFIRMADO);
    }

    @Test
    void conciliacaoComOutroValorRegistraDivergenciaSemConfirmar() {
        Dinheiro recebido = Dinheiro.parse("150.00");
        fixture.given(criado())
                .when(new ConciliarPagamentoCommand(pagamentoId, tenant, recebido, DATA, "evt_1"))
                .expectEvents(new PagamentoDivergente(pagamentoId, tenant, boletoId, VALOR, recebido, DATA, "evt_1"))
                .expectResultMessagePayload(ResultadoConciliacao.DIVERGENTE);
    }

    @Test
    void mesmaDivergenciaInformadaDeNovoNaoGeraEvento() {
        Dinheiro recebido = Dinheiro.parse("150.00");
        fixture.given(criado(), new PagamentoDivergente(pagamentoId, tenant, boletoId, VALOR, recebido, DATA, "evt_1"))
                .when(new ConciliarPagamentoCommand(pagamentoId, tenant, recebido, DATA, "evt_2"))
                .expectNoEvents()
                .expectResultMessagePayload(ResultadoConciliacao.DIVERGENTE);
    }

    @Test
    void valorCobradoDepoisDeDivergenciaConfirma() {
        Dinheiro recebido = Dinheiro.parse("150.00");
        fixture.given(criado(), new PagamentoDivergente(pagamentoId, tenant, boletoId, VALOR, recebido, DATA, "evt_1"))
                .when(new ConciliarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_2"))
                .expectEvents(new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_2"))
                .expectResultMessagePayload(ResultadoConciliacao.CONFIRMADO);
    }

    @Test
    void conciliacaoDeEventoJaAplicadoNaoTemEfeito() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"))
                .when(new ConciliarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_1"))
                .expectNoEvents()
                .expectResultMessagePayload(ResultadoConciliacao.SEM_EFEITO);
    }

    @Test
    void recusaConciliarPagamentoEstornado() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, VALOR, null, "evt_2"))
                .when(new ConciliarPagamentoCommand(pagamentoId, tenant, VALOR, DATA, "evt_3"))
                .expectException(erro(ErrorKind.CONFLITO, "PAGAMENTO_ESTORNADO"))
                .expectNoEvents();
    }

    @Test
    void recusaPagamentoPendente() {
        fixture.given(criado())
                .when(new RecusarPagamentoCommand(pagamentoId, tenant, "cartão negado", "evt_1"))
                .expectEvents(new PagamentoRecusado(pagamentoId, tenant, "cartão negado", "evt_1"));
    }

    @Test
    void recusaRepetidaNaoGeraEvento() {
        fixture.given(criado(), new PagamentoRecusado(pagamentoId, tenant, "cartão negado", "evt_1"))
                .when(new RecusarPagamentoCommand(pagamentoId, tenant, "cartão negado", "evt_2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void naoRecusaPagamentoConfirmado() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"))
                .when(new RecusarPagamentoCommand(pagamentoId, tenant, "atrasado", "evt_2"))
                .expectException(erro(ErrorKind.CONFLITO, "PAGAMENTO_NAO_PENDENTE"))
                .expectNoEvents();
    }

    @Test
    void estornaPagamentoConfirmadoPeloValorPago() {
        Dinheiro pago = Dinheiro.parse("140.00");
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, pago, DATA, "evt_1"))
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, null, "desistência", "evt_2"))
                .expectEvents(new PagamentoEstornado(pagamentoId, tenant, boletoId, pago, "desistência", "evt_2", true));
    }

    @Test
    void estornoIntegralConfirmadoDeNovoPeloProvedorNaoGeraEvento() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, VALOR, null, "evt_2"))
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, null, null, "evt_3"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaEstornoComValorDePagamentoJaEstornadoPorInteiro() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, VALOR, null, "evt_2"))
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, Dinheiro.parse("0.01"), null, "evt_3"))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "ESTORNO_MAIOR_QUE_PAGO"))
                .expectNoEvents();
    }

    @Test
    void segundoEstornoParcialDentroDoPagoEAplicadoEFechaOEstornoQuandoAlcancaOPago() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, Dinheiro.parse("50.00"), "parte", "evt_2",
                                false))
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, Dinheiro.parse("100.50"), "resto", "evt_3"))
                .expectEvents(new PagamentoEstornado(pagamentoId, tenant, boletoId, Dinheiro.parse("100.50"), "resto",
                        "evt_3", true));
    }

    @Test
    void segundoEstornoParcialMenorQueORestanteNaoEIntegral() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, Dinheiro.parse("50.00"), "parte", "evt_2",
                                false))
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, Dinheiro.parse("20.00"), "outra", "evt_3"))
                .expectEvents(new PagamentoEstornado(pagamentoId, tenant, boletoId, Dinheiro.parse("20.00"), "outra",
                        "evt_3", false));
    }

    @Test
    void recusaSegundoEstornoQuePassaDoQueFoiPago() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"),
                        new PagamentoEstornado(pagamentoId, tenant, boletoId, Dinheiro.parse("100.00"), "parte", "evt_2",
                                false))
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, Dinheiro.parse("50.51"), "demais", "evt_3"))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "ESTORNO_MAIOR_QUE_PAGO"))
                .expectNoEvents();
    }

    @Test
    void recusaEstornarPagamentoPendente() {
        fixture.given(criado())
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, VALOR, null, "evt_1"))
                .expectException(erro(ErrorKind.CONFLITO, "PAGAMENTO_NAO_CONFIRMADO"))
                .expectNoEvents();
    }

    @Test
    void recusaEstornoMaiorQueOValorPago() {
        fixture.given(criado(), new PagamentoConfirmado(pagamentoId, tenant, boletoId, VALOR, DATA, "evt_1"))
                .when(new EstornarPagamentoCommand(pagamentoId, tenant, VALOR.mais(Dinheiro.deCentavos(1)), null, "evt_2"))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "ESTORNO_MAIOR_QUE_PAGO"))
                .expectNoEvents();
    }

    @Test
    void comandosDeOutroTenantRespondemNaoEncontrado() {
        List<Object> comandos = List.of(
                new ConfirmarPagamentoCommand(pagamentoId, outroTenant, VALOR, DATA, "evt_1"),
                new ConciliarPagamentoCommand(pagamentoId, outroTenant, VALOR, DATA, "evt_1"),
                new RecusarPagamentoCommand(pagamentoId, outroTenant, null, "evt_1"),
                new EstornarPagamentoCommand(pagamentoId, outroTenant, VALOR, null, "evt_1"));
        for (Object comando : comandos) {
            new AggregateTestFixture<>(Pagamento.class)
                    .given(criado())
                    .when(comando)
                    .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                    .expectNoEvents();
        }
    }

    private CriarPagamentoCommand criar(Dinheiro valor) {
        return new CriarPagamentoCommand(pagamentoId, tenant, boletoId, clienteId, Provedor.ASAAS, "pay_1", valor,
                MetodoPagamento.BOLETO);
    }

    private PagamentoCriado criado() {
        return new PagamentoCriado(pagamentoId, tenant, boletoId, clienteId, Provedor.ASAAS, "pay_1", VALOR,
                MetodoPagamento.BOLETO);
    }
}
