package br.com.nexus.query.boleto;

import static br.com.nexus.query.teste.Dados.boletoRegistrado;
import static br.com.nexus.query.teste.Dados.clienteCadastrado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.boleto.BoletoDetalhe;
import br.com.nexus.kernel.consulta.boleto.BoletoResumo;
import br.com.nexus.kernel.consulta.boleto.BuscarBoletoQuery;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.PaginaDeBoletos;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.query.cliente.ClientesProjection;
import br.com.nexus.query.disparo.DisparosProjection;
import br.com.nexus.query.pagamento.PagamentosProjection;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;

class BoletosProjectionTest {

    private final BoletosProjection projecao = new BoletosProjection(BancoDeTeste.jdbc());
    private final ClientesProjection clientes = new ClientesProjection(BancoDeTeste.jdbc(), SimpleQueryUpdateEmitter.builder().build());
    private final DisparosProjection disparos = new DisparosProjection(BancoDeTeste.jdbc(),
            SimpleQueryUpdateEmitter.builder().build());
    private final PagamentosProjection pagamentos = new PagamentosProjection(BancoDeTeste.jdbc());
    private final Object[] grupo = {projecao, clientes, disparos, pagamentos};
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();
    private final ClienteId cliente = ClienteId.novo();

    @Test
    void registradoApareceComoPendenteComNomeDoCliente() {
        historia.aplicar(cliente, clienteCadastrado(tenant, cliente, "Ana"), grupo);
        BoletoId boleto = registrar(15_050, LocalDate.of(2026, 4, 10));

        BoletoResumo resumo = listar(null).items().get(0);

        assertThat(resumo.id()).isEqualTo(boleto);
        assertThat(resumo.clienteNome()).isEqualTo("Ana");
        assertThat(resumo.valor()).isEqualTo(Dinheiro.parse("150.50"));
        assertThat(resumo.vencimento()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(resumo.referencia()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(resumo.linhaDigitavel()).hasSize(47);
        assertThat(resumo.situacao()).isEqualTo(SituacaoBoleto.PENDENTE);
        assertThat(resumo.enviado()).isFalse();
        assertThat(resumo.pdfDisponivel()).isFalse();
    }

    @Test
    void acompanhaVencimentoPagamentoCancelamentoEPdf() {
        BoletoId vencido = registrar(100, LocalDate.of(2026, 3, 1));
        BoletoId pago = registrar(200, LocalDate.of(2026, 3, 2));
        BoletoId cancelado = registrar(300, LocalDate.of(2026, 3, 3));
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(vencido, new BoletoVencido(vencido, tenant, LocalDate.of(2026, 3, 1)), grupo);
        historia.aplicar(pago, new BoletoPdfAnexado(pago, tenant, "ab".repeat(32), 4096, "pdf/ab"), grupo);
        historia.aplicar(pago, new BoletoPago(pago, tenant, pagamento), grupo);
        historia.aplicar(cancelado, new BoletoCancelado(cancelado, tenant, "emitido em duplicidade"), grupo);

        assertThat(listar(SituacaoBoleto.VENCIDO).items()).extracting(BoletoResumo::id).containsExactly(vencido);
        BoletoResumo resumoPago = listar(SituacaoBoleto.PAGO).items().get(0);
        assertThat(resumoPago.pagamentoId()).isEqualTo(pagamento);
        assertThat(resumoPago.pdfDisponivel()).isTrue();
        BoletoDetalhe detalhe = detalhe(cancelado);
        assertThat(detalhe.boleto().situacao()).isEqualTo(SituacaoBoleto.CANCELADO);
        assertThat(detalhe.motivoCancelamento()).isEqualTo("emitido em duplicidade");
        assertThat(detalhe(pago).pdfSha256()).isEqualTo("ab".repeat(32));
    }

    @Test
    void ficaEnviadoQuandoUmDisparoChegaAoGateway() {
        BoletoId boleto = registrar(100, LocalDate.of(2026, 3, 1));
        DisparoId disparo = DisparoId.novo();
        historia.aplicar(disparo, new DisparoSolicitado(disparo, tenant, boleto, cliente, "5511987654321", "Olá", null),
                grupo);
        assertThat(listar(null).items().get(0).enviado()).isFalse();

        historia.aplicar(disparo, new DisparoEnviado(disparo, tenant, "MSG", 1), grupo);

        assertThat(listar(null).items().get(0).enviado()).isTrue();
        ListarBoletosQuery naoEnviados = new ListarBoletosQuery(tenant, null, null, null, null, null, false, null, 0, 10);
        assertThat(projecao.handle(naoEnviados).total()).isZero();
    }

    @Test
    void detalheTrazDisparosEPagamentosDoBoleto() {
        BoletoId boleto = registrar(15_050, LocalDate.of(2026, 3, 1));
        DisparoId disparo = DisparoId.novo();
        historia.aplicar(disparo, new DisparoSolicitado(disparo, tenant, boleto, cliente, "5511987654321", "Olá", null),
                grupo);
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(pagamento, new PagamentoCriado(pagamento, tenant, boleto, cliente, Provedor.ASAAS, "pay_1",
                Dinheiro.deCentavos(15_050), MetodoPagamento.PIX), grupo);

        BoletoDetalhe detalhe = detalhe(boleto);

        assertThat(detalhe.codigoBarras()).hasSize(44);
        assertThat(detalhe.disparos()).extracting(d -> d.id()).containsExactly(disparo);
        assertThat(detalhe.pagamentos()).extracting(p -> p.id()).containsExactly(pagamento);
    }

    @Test
    void filtraPorVencimentoEClienteEOrdenaPorValor() {
        registrar(300, LocalDate.of(2026, 3, 1));
        registrar(100, LocalDate.of(2026, 3, 15));
        registrar(200, LocalDate.of(2026, 3, 31));
        ClienteId outro = ClienteId.novo();
        BoletoId doOutro = BoletoId.novo();
        historia.aplicar(doOutro, boletoRegistrado(tenant, doOutro, outro, 999, LocalDate.of(2026, 3, 15)), grupo);

        PaginaDeBoletos marcoMeio = projecao.handle(new ListarBoletosQuery(tenant, null, LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 3, 31), cliente, null, null, new Ordenacao("valor", true), 0, 10));

        assertThat(marcoMeio.items()).extracting(b -> b.valor().centavos()).containsExactly(200L, 100L);
        assertThat(marcoMeio.total()).isEqualTo(2);
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        BoletoId boleto = BoletoId.novo();
        DomainEventMessage<?> registro = historia.aplicar(boleto,
                boletoRegistrado(tenant, boleto, cliente, 500, LocalDate.of(2026, 3, 1)), grupo);
        DomainEventMessage<?> vencido = historia.aplicar(boleto,
                new BoletoVencido(boleto, tenant, LocalDate.of(2026, 3, 1)), grupo);
        historia.aplicar(boleto, new BoletoPago(boleto, tenant, PagamentoId.novo()), grupo);
        BoletoDetalhe antes = detalhe(boleto);

        Historia.reaplicar(registro, grupo);
        Historia.reaplicar(vencido, grupo);

        assertThat(detalhe(boleto)).isEqualTo(antes);
        assertThat(antes.boleto().situacao()).isEqualTo(SituacaoBoleto.PAGO);
    }

    @Test
    void boletoDeOutroTenantNaoEhEncontrado() {
        BoletoId boleto = registrar(100, LocalDate.of(2026, 3, 1));

        assertThat(projecao.handle(new BuscarBoletoQuery(TenantId.novo(), boleto))).isEmpty();
        assertThat(projecao.handle(new ListarBoletosQuery(TenantId.novo(), null, null, null, null, null, null, null, 0,
                10)).total()).isZero();
    }

    private BoletoId registrar(long centavos, LocalDate vencimento) {
        BoletoId boleto = BoletoId.novo();
        historia.aplicar(boleto, boletoRegistrado(tenant, boleto, cliente, centavos, vencimento), grupo);
        return boleto;
    }

    private BoletoDetalhe detalhe(BoletoId boleto) {
        return projecao.handle(new BuscarBoletoQuery(tenant, boleto)).orElseThrow();
    }

    private PaginaDeBoletos listar(SituacaoBoleto situacao) {
        return projecao.handle(new ListarBoletosQuery(tenant, situacao, null, null, null, null, null, null, 0, 50));
    }
}
