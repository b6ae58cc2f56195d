package br.com.nexus.command.boleto;

import static br.com.nexus.command.TestData.CODIGO;
import static br.com.nexus.command.TestData.CODIGO_BB;
import static br.com.nexus.command.TestData.LINHA;
import static br.com.nexus.command.TestData.LINHA_BB;
import static br.com.nexus.command.TestData.SHA256;
import static br.com.nexus.command.TestData.VALOR;
import static br.com.nexus.command.TestData.VALOR_BB;
import static br.com.nexus.command.TestData.VENCIMENTO;
import static br.com.nexus.command.TestData.VENCIMENTO_BB;
import static br.com.nexus.command.TestData.erro;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.nexus.kernel.boleto.AnexarPdfBoletoCommand;
import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.CancelarBoletoCommand;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.MarcarBoletoPagoCommand;
import br.com.nexus.kernel.boleto.MarcarBoletoVencidoCommand;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.boleto.RegistrarEstornoNoBoletoCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import br.com.nexus.command.PostgresDeTeste;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoletoTest {

    private static final YearMonth REFERENCIA = YearMonth.of(2026, 3);

    private final TenantId tenant = TenantId.novo();
    private final TenantId outroTenant = TenantId.novo();
    private final BoletoId boletoId = BoletoId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private final PagamentoId pagamentoId = PagamentoId.novo();
    private AggregateTestFixture<Boleto> fixture;

    @BeforeEach
    void configurar() {
        fixture = novaFixture();
    }

    @Test
    void registraBoletoRealComLinhaECodigoConferindo() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA_BB, CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1))
                .expectEvents(registrado(LINHA_BB, CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1));
    }

    @Test
    void registraBoletoGeradoSemParcela() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA, CODIGO, VALOR, VENCIMENTO, null))
                .expectEvents(registrado(LINHA, CODIGO, VALOR, VENCIMENTO, null));
    }

    @Test
    void completaLinhaDigitavelAPartirDoCodigoDeBarras() {
        fixture.givenNoPriorActivity()
                .when(registrar(null, CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1))
                .expectEvents(registrado(LINHA_BB, CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1));
    }

    @Test
    void completaCodigoDeBarrasAPartirDaLinhaDigitavel() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA_BB, null, VALOR_BB, VENCIMENTO_BB, 1))
                .expectEvents(registrado(LINHA_BB, CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1));
    }

    @Test
    void recusaLinhaDigitavelDeOutroBoleto() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA, CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "LINHA_DIGITAVEL_DIVERGENTE"))
                .expectNoEvents();
    }

    @Test
    void recusaValorDiferenteDoCodigoDeBarras() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA_BB, CODIGO_BB, Dinheiro.parse("40.01"), VENCIMENTO_BB, 1))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "VALOR_DIVERGENTE"))
                .expectNoEvents();
    }

    @Test
    void recusaVencimentoDiferenteDoFatorDoCodigoDeBarras() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA_BB, CODIGO_BB, VALOR_BB, VENCIMENTO_BB.plusDays(1), 1))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "VENCIMENTO_DIVERGENTE"))
                .expectNoEvents();
    }

    @Test
    void recusaValorZero() {
        CodigoBarras semValor = CodigoBarras.gerar("237", VENCIMENTO, Dinheiro.ZERO, "1234567890123456789012345");
        fixture.givenNoPriorActivity()
                .when(registrar(null, semValor, Dinheiro.ZERO, VENCIMENTO, 1))
                .expectException(erro(ErrorKind.INVALIDO, "VALOR_INVALIDO"))
                .expectNoEvents();
    }

    @Test
    void recusaParcelaZero() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA, CODIGO, VALOR, VENCIMENTO, 0))
                .expectException(erro(ErrorKind.INVALIDO, "PARCELA_INVALIDA"))
                .expectNoEvents();
    }

    @Test
    void recusaSemCodigoDeBarrasNemLinhaDigitavel() {
        fixture.givenNoPriorActivity()
                .when(registrar(null, null, VALOR, VENCIMENTO, 1))
                .expectException(erro(ErrorKind.INVALIDO, "CODIGO_BARRAS_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaSemVencimento() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA, CODIGO, VALOR, null, 1))
                .expectException(erro(ErrorKind.INVALIDO, "VENCIMENTO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaSemCliente() {
        fixture.givenNoPriorActivity()
                .when(new RegistrarBoletoCommand(boletoId, tenant, null, OrigemBoleto.GERADO, "1", LINHA, CODIGO, VALOR,
                        VENCIMENTO, 1, REFERENCIA, null))
                .expectException(erro(ErrorKind.INVALIDO, "CLIENTE_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaSemOrigem() {
        fixture.givenNoPriorActivity()
                .when(new RegistrarBoletoCommand(boletoId, tenant, clienteId, null, "1", LINHA, CODIGO, VALOR,
                        VENCIMENTO, 1, REFERENCIA, null))
                .expectException(erro(ErrorKind.INVALIDO, "ORIGEM_OBRIGATORIA"))
                .expectNoEvents();
    }

    @Test
    void recusaRegistroComIdJaUsado() {
        fixture.given(registrado())
                .when(registrar(LINHA, CODIGO, VALOR, VENCIMENTO, 1))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_JA_EXISTE"))
                .expectNoEvents();
    }

    @Test
    void anexaPdfComHashEmMinusculas() {
        fixture.given(registrado())
                .when(new AnexarPdfBoletoCommand(boletoId, tenant, SHA256.toUpperCase(), 2048, "boletos/a.pdf"))
                .expectEvents(new BoletoPdfAnexado(boletoId, tenant, SHA256, 2048, "boletos/a.pdf"));
    }

    @Test
    void mesmoPdfAnexadoDeNovoNaoGeraEvento() {
        fixture.given(registrado(), new BoletoPdfAnexado(boletoId, tenant, SHA256, 2048, "boletos/a.pdf"))
                .when(new AnexarPdfBoletoCommand(boletoId, tenant, SHA256, 2048, "boletos/a.pdf"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void outroPdfSubstituiOAnterior() {
        String outroHash = "a".repeat(64);
        fixture.given(registrado(), new BoletoPdfAnexado(boletoId, tenant, SHA256, 2048, "boletos/a.pdf"))
                .when(new AnexarPdfBoletoCommand(boletoId, tenant, outroHash, 4096, "boletos/b.pdf"))
                .expectEvents(new BoletoPdfAnexado(boletoId, tenant, outroHash, 4096, "boletos/b.pdf"));
    }

    @Test
    void recusaHashQueNaoESha256() {
        fixture.given(registrado())
                .when(new AnexarPdfBoletoCommand(boletoId, tenant, "xyz" + SHA256.substring(3), 2048, "boletos/a.pdf"))
                .expectException(erro(ErrorKind.INVALIDO, "SHA256_INVALIDO"))
                .expectNoEvents();
    }

    @Test
    void recusaPdfVazio() {
        fixture.given(registrado())
                .when(new AnexarPdfBoletoCommand(boletoId, tenant, SHA256, 0, "boletos/a.pdf"))
                .expectException(erro(ErrorKind.INVALIDO, "TAMANHO_INVALIDO"))
                .expectNoEvents();
    }

    @Test
    void marcaVencidoComOVencimentoDoBoleto() {
        fixture.given(registrado())
                .when(new MarcarBoletoVencidoCommand(boletoId, tenant))
                .expectEvents(new BoletoVencido(boletoId, tenant, VENCIMENTO));
    }

    @Test
    void vencimentoRepetidoNaoGeraEvento() {
        fixture.given(registrado(), new BoletoVencido(boletoId, tenant, VENCIMENTO))
                .when(new MarcarBoletoVencidoCommand(boletoId, tenant))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaVencerBoletoPago() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId))
                .when(new MarcarBoletoVencidoCommand(boletoId, tenant))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_PAGO"))
                .expectNoEvents();
    }

    @Test
    void recusaVencerBoletoCancelado() {
        fixture.given(registrado(), new BoletoCancelado(boletoId, tenant, null))
                .when(new MarcarBoletoVencidoCommand(boletoId, tenant))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_CANCELADO"))
                .expectNoEvents();
    }

    @Test
    void marcaPago() {
        fixture.given(registrado())
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId))
                .expectEvents(new BoletoPago(boletoId, tenant, pagamentoId));
    }

    @Test
    void boletoVencidoAindaPodeSerPago() {
        fixture.given(registrado(), new BoletoVencido(boletoId, tenant, VENCIMENTO))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId))
                .expectEvents(new BoletoPago(boletoId, tenant, pagamentoId));
    }

    @Test
    void pagamentoAbaixoDoSaldoDeixaOBoletoEmAbertoComORestante() {
        Dinheiro parte = Dinheiro.deCentavos(VALOR.centavos() - 1000);
        fixture.given(registrado())
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId, parte))
                .expectEvents(new BoletoPagoParcialmente(boletoId, tenant, pagamentoId, parte, Dinheiro.deCentavos(1000)));
    }

    @Test
    void pagamentoQueCompletaOSaldoQuitaOBoleto() {
        PagamentoId segundo = PagamentoId.novo();
        fixture.given(registrado(), new BoletoPagoParcialmente(boletoId, tenant, pagamentoId, Dinheiro.deCentavos(
                        VALOR.centavos() - 1000), Dinheiro.deCentavos(1000)))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, segundo, Dinheiro.deCentavos(1000)))
                .expectEvents(new BoletoPago(boletoId, tenant, segundo));
    }

    @Test
    void pagamentoAcimaDoSaldoQuitaERegistraOExcedente() {
        fixture.given(registrado())
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId, VALOR.mais(Dinheiro.parse("12.35"))))
                .expectEvents(new BoletoPago(boletoId, tenant, pagamentoId, Dinheiro.parse("12.35")));
    }

    @Test
    void estornoIntegralDoPagamentoQueQuitouReabreOBoletoComOMotivo() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId))
                .when(estorno(pagamentoId, "e1", VALOR, true))
                .expectEvents(new BoletoReaberto(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, VENCIMENTO,
                        pagamentoId, "Cliente desistiu", VALOR, false));
    }

    @Test
    void boletoVencidoReabreVencidoESoComOSaldoQueOPagamentoQuitou() {
        PagamentoId parcial = PagamentoId.novo();
        fixture.given(registrado(), new BoletoVencido(boletoId, tenant, VENCIMENTO),
                        new BoletoPagoParcialmente(boletoId, tenant, parcial, Dinheiro.parse("100.00"),
                                Dinheiro.parse("50.50")),
                        new BoletoPago(boletoId, tenant, pagamentoId))
                .when(estorno(pagamentoId, "e1", Dinheiro.parse("50.50"), true))
                .expectEvents(new BoletoReaberto(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, VENCIMENTO,
                        pagamentoId, "Cliente desistiu", Dinheiro.parse("50.50"), true));
    }

    @Test
    void boletoReabertoPodeSerPagoDeNovoPorOutroPagamentoMasNaoPeloEstornado() {
        PagamentoId novo = PagamentoId.novo();
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId),
                        new BoletoReaberto(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, VENCIMENTO, pagamentoId,
                                "x", VALOR, false))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, novo, VALOR))
                .expectEvents(new BoletoPago(boletoId, tenant, novo));
        novaFixture().given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId),
                        new BoletoReaberto(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, VENCIMENTO, pagamentoId,
                                "x", VALOR, false))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId, VALOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void estornoParcialDoPagamentoQueQuitouMantemPagoComMenosRecebido() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId))
                .when(estorno(pagamentoId, "e1", Dinheiro.parse("50.00"), false))
                .expectEvents(new EstornoNoBoletoRegistrado(boletoId, tenant, pagamentoId, "e1", Dinheiro.parse("50.00"),
                        Dinheiro.parse("100.50"), Dinheiro.ZERO, "Cliente desistiu"));
    }

    @Test
    void mesmoEstornoEntregueDuasVezesContaUmaVez() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId),
                        new EstornoNoBoletoRegistrado(boletoId, tenant, pagamentoId, "e1", Dinheiro.parse("50.00"),
                                Dinheiro.parse("100.50"), Dinheiro.ZERO, "Cliente desistiu"))
                .when(estorno(pagamentoId, "e1", Dinheiro.parse("50.00"), false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void estornoDePagamentoParcialDevolveOValorAoSaldo() {
        PagamentoId parcial = PagamentoId.novo();
        fixture.given(registrado(), new BoletoPagoParcialmente(boletoId, tenant, parcial, Dinheiro.parse("100.00"),
                        Dinheiro.parse("50.50")))
                .when(estorno(parcial, "e1", Dinheiro.parse("100.00"), true))
                .expectEvents(new EstornoNoBoletoRegistrado(boletoId, tenant, parcial, "e1", Dinheiro.parse("100.00"),
                        Dinheiro.ZERO, VALOR, "Cliente desistiu"));
    }

    @Test
    void estornoDePagamentoQueNaoEDoBoletoNaoTemEfeito() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId))
                .when(estorno(PagamentoId.novo(), "e1", VALOR, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void mesmoPagamentoParcialDeNovoNaoGeraEvento() {
        fixture.given(registrado(), new BoletoPagoParcialmente(boletoId, tenant, pagamentoId, Dinheiro.deCentavos(
                        VALOR.centavos() - 1000), Dinheiro.deCentavos(1000)))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId, Dinheiro.deCentavos(VALOR.centavos() - 1000)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void mesmoPagamentoDeNovoNaoGeraEvento() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaSegundoPagamentoDiferente() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, PagamentoId.novo()))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_JA_PAGO"))
                .expectNoEvents();
    }

    @Test
    void recusaPagarBoletoCancelado() {
        fixture.given(registrado(), new BoletoCancelado(boletoId, tenant, null))
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_CANCELADO"))
                .expectNoEvents();
    }

    @Test
    void recusaPagarSemPagamento() {
        fixture.given(registrado())
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, null))
                .expectException(erro(ErrorKind.INVALIDO, "PAGAMENTO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void cancelaBoletoEmAberto() {
        fixture.given(registrado())
                .when(new CancelarBoletoCommand(boletoId, tenant, "renegociado"))
                .expectEvents(new BoletoCancelado(boletoId, tenant, "renegociado"));
    }

    @Test
    void cancelamentoRepetidoNaoGeraEvento() {
        fixture.given(registrado(), new BoletoCancelado(boletoId, tenant, "renegociado"))
                .when(new CancelarBoletoCommand(boletoId, tenant, "de novo"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaCancelarBoletoPago() {
        fixture.given(registrado(), new BoletoPago(boletoId, tenant, pagamentoId))
                .when(new CancelarBoletoCommand(boletoId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_PAGO"))
                .expectNoEvents();
    }

    @Test
    void boletoEmAbertoOuVencidoPodeSerDisparado() {
        fixture.given(registrado(), new BoletoVencido(boletoId, tenant, VENCIMENTO))
                .when(new AnexarPdfBoletoCommand(boletoId, tenant, SHA256, 10, "boletos/a.pdf"))
                .expectState(boleto -> assertTrue(boleto.podeSerDisparado()));
    }

    @Test
    void boletoPagoNaoPodeSerDisparado() {
        fixture.given(registrado())
                .when(new MarcarBoletoPagoCommand(boletoId, tenant, pagamentoId))
                .expectState(boleto -> assertFalse(boleto.podeSerDisparado()));
    }

    @Test
    void boletoCanceladoNaoPodeSerDisparado() {
        fixture.given(registrado())
                .when(new CancelarBoletoCommand(boletoId, tenant, null))
                .expectState(boleto -> assertFalse(boleto.podeSerDisparado()));
    }

    @Test
    void recusaSegundoBoletoComAMesmaLinhaDigitavelNaEmpresa() {
        fixture.givenNoPriorActivity()
                .when(registrar(LINHA_BB, CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1))
                .expectSuccessfulHandlerExecution();
        BoletoId outro = BoletoId.novo();
        novaFixture().givenNoPriorActivity()
                .when(new RegistrarBoletoCommand(outro, tenant, clienteId, OrigemBoleto.CANOPUS, null, null, CODIGO_BB,
                        VALOR_BB, VENCIMENTO_BB, 1, REFERENCIA, null))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_DUPLICADO"))
                .expectNoEvents();
        novaFixture().givenNoPriorActivity()
                .when(new RegistrarBoletoCommand(outro, outroTenant, clienteId, OrigemBoleto.CANOPUS, null, LINHA_BB,
                        CODIGO_BB, VALOR_BB, VENCIMENTO_BB, 1, REFERENCIA, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void comandosDeOutroTenantRespondemNaoEncontrado() {
        List<Object> comandos = List.of(
                new AnexarPdfBoletoCommand(boletoId, outroTenant, SHA256, 10, "boletos/a.pdf"),
                new MarcarBoletoVencidoCommand(boletoId, outroTenant),
                new MarcarBoletoPagoCommand(boletoId, outroTenant, pagamentoId),
                new CancelarBoletoCommand(boletoId, outroTenant, null));
        for (Object comando : comandos) {
            novaFixture()
                    .given(registrado())
                    .when(comando)
                    .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                    .expectNoEvents();
        }
    }

    private RegistrarBoletoCommand registrar(LinhaDigitavel linha, CodigoBarras codigo, Dinheiro valor, LocalDate vencimento,
            Integer parcela) {
        return new RegistrarBoletoCommand(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, "123", linha, codigo, valor,
                vencimento, parcela, REFERENCIA, "Parcela do consórcio");
    }

    private BoletoRegistrado registrado(LinhaDigitavel linha, CodigoBarras codigo, Dinheiro valor, LocalDate vencimento,
            Integer parcela) {
        return new BoletoRegistrado(boletoId, tenant, clienteId, OrigemBoleto.CANOPUS, "123", linha, codigo, valor,
                vencimento, parcela, REFERENCIA, "Parcela do consórcio");
    }

    private RegistrarEstornoNoBoletoCommand estorno(PagamentoId pagamento, String estornoId, Dinheiro valor,
            boolean integral) {
        return new RegistrarEstornoNoBoletoCommand(boletoId, tenant, pagamento, estornoId, valor, integral,
                "Cliente desistiu");
    }

    private BoletoRegistrado registrado() {
        return registrado(LINHA, CODIGO, VALOR, VENCIMENTO, 1);
    }

    static AggregateTestFixture<Boleto> novaFixture() {
        AggregateTestFixture<Boleto> nova = new AggregateTestFixture<>(Boleto.class);
        nova.registerInjectableResource(new BoletoLinhaDigitavelLookup(PostgresDeTeste.jdbcTemplate()));
        return nova;
    }
}
