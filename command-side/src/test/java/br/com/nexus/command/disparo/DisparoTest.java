package br.com.nexus.command.disparo;

import static br.com.nexus.command.TestData.CODIGO;
import static br.com.nexus.command.TestData.LINHA;
import static br.com.nexus.command.TestData.VALOR;
import static br.com.nexus.command.TestData.VENCIMENTO;
import static br.com.nexus.command.TestData.erro;

import br.com.nexus.command.boleto.BoletosEmMemoria;
import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.AbandonarDisparoCommand;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.disparo.RegistrarEntregaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarEnvioDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarFalhaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarFalhaEntregaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarLeituraDisparoCommand;
import br.com.nexus.kernel.disparo.SolicitarDisparoCommand;
import br.com.nexus.kernel.pagamento.PagamentoId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisparoTest {

    private static final String DESTINO = "5511987654321";
    private static final String MENSAGEM = "Olá, segue seu boleto";
    private static final String ANEXO = "boletos/a.pdf";

    private final TenantId tenant = TenantId.novo();
    private final TenantId outroTenant = TenantId.novo();
    private final DisparoId disparoId = DisparoId.novo();
    private final BoletoId boletoId = BoletoId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private final BoletosEmMemoria boletos = new BoletosEmMemoria();
    private AggregateTestFixture<Disparo> fixture;

    @BeforeEach
    void configurar() {
        fixture = novaFixture();
    }

    private AggregateTestFixture<Disparo> novaFixture() {
        AggregateTestFixture<Disparo> nova = new AggregateTestFixture<>(Disparo.class);
        nova.registerAnnotatedCommandHandler(new DisparoCommandHandler(nova.getRepository(), boletos.politica()));
        return nova;
    }

    @Test
    void solicitaDisparoDeBoletoEmAberto() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant));
        fixture.givenNoPriorActivity()
                .when(solicitar(clienteId))
                .expectSuccessfulHandlerExecution()
                .expectEvents(solicitado());
    }

    @Test
    void usaOClienteDoBoletoQuandoOComandoNaoInforma() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant));
        fixture.givenNoPriorActivity()
                .when(solicitar(null))
                .expectEvents(solicitado());
    }

    @Test
    void solicitaLembreteDeBoletoVencido() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant), new BoletoVencido(boletoId, tenant, VENCIMENTO));
        fixture.givenNoPriorActivity()
                .when(solicitar(clienteId))
                .expectEvents(solicitado());
    }

    @Test
    void recusaClienteDiferenteDoDoBoleto() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant));
        fixture.givenNoPriorActivity()
                .when(solicitar(ClienteId.novo()))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "CLIENTE_DIVERGENTE"))
                .expectNoEvents();
    }

    @Test
    void recusaDisparoDeBoletoPago() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant), new BoletoPago(boletoId, tenant, PagamentoId.novo()));
        fixture.givenNoPriorActivity()
                .when(solicitar(clienteId))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_NAO_DISPARAVEL"))
                .expectNoEvents();
    }

    @Test
    void recusaDisparoDeBoletoCancelado() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant), new BoletoCancelado(boletoId, tenant, null));
        fixture.givenNoPriorActivity()
                .when(solicitar(clienteId))
                .expectException(erro(ErrorKind.CONFLITO, "BOLETO_NAO_DISPARAVEL"))
                .expectNoEvents();
    }

    @Test
    void boletoDeOutroTenantRespondeNaoEncontrado() {
        boletos.armazenar(boletoId, boletoRegistrado(outroTenant));
        fixture.givenNoPriorActivity()
                .when(solicitar(clienteId))
                .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                .expectNoEvents();
    }

    @Test
    void boletoInexistenteRespondeNaoEncontrado() {
        fixture.givenNoPriorActivity()
                .when(solicitar(clienteId))
                .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                .expectNoEvents();
    }

    @Test
    void recusaDisparoSemDestino() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant));
        fixture.givenNoPriorActivity()
                .when(new SolicitarDisparoCommand(disparoId, tenant, boletoId, clienteId, " ", MENSAGEM, ANEXO))
                .expectException(erro(ErrorKind.INVALIDO, "DESTINO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaDisparoSemMensagemNemAnexo() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant));
        fixture.givenNoPriorActivity()
                .when(new SolicitarDisparoCommand(disparoId, tenant, boletoId, clienteId, DESTINO, "", null))
                .expectException(erro(ErrorKind.INVALIDO, "CONTEUDO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaDisparoSemBoleto() {
        fixture.givenNoPriorActivity()
                .when(new SolicitarDisparoCommand(disparoId, tenant, null, clienteId, DESTINO, MENSAGEM, ANEXO))
                .expectException(erro(ErrorKind.INVALIDO, "BOLETO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaSolicitacaoComIdJaUsado() {
        boletos.armazenar(boletoId, boletoRegistrado(tenant));
        fixture.given(solicitado())
                .when(solicitar(clienteId))
                .expectException(erro(ErrorKind.CONFLITO, "DISPARO_JA_EXISTE"))
                .expectNoEvents();
    }

    @Test
    void registraEnvio() {
        fixture.given(solicitado())
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG1", 1))
                .expectEvents(new DisparoEnviado(disparoId, tenant, "MSG1", 1));
    }

    @Test
    void envioRepetidoDaMesmaTentativaNaoGeraEvento() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1))
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG1", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaNovaTentativaDepoisDeEnviado() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1))
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG2", 2))
                .expectException(erro(ErrorKind.CONFLITO, "DISPARO_JA_ENVIADO"))
                .expectNoEvents();
    }

    @Test
    void recusaTentativaZero() {
        fixture.given(solicitado())
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG1", 0))
                .expectException(erro(ErrorKind.INVALIDO, "TENTATIVA_INVALIDA"))
                .expectNoEvents();
    }

    @Test
    void recusaEnvioSemIdDaMensagemNoProvedor() {
        fixture.given(solicitado())
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, null, 1))
                .expectException(erro(ErrorKind.INVALIDO, "PROVIDER_MESSAGE_ID_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void registraFalha() {
        fixture.given(solicitado())
                .when(new RegistrarFalhaDisparoCommand(disparoId, tenant, "timeout", 1, true))
                .expectEvents(new DisparoFalhou(disparoId, tenant, "timeout", 1, true));
    }

    @Test
    void falhaRepetidaDaMesmaTentativaNaoGeraEvento() {
        fixture.given(solicitado(), new DisparoFalhou(disparoId, tenant, "timeout", 1, true))
                .when(new RegistrarFalhaDisparoCommand(disparoId, tenant, "timeout", 1, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void novaTentativaDepoisDeFalhaRetentavelPodeSerEnviada() {
        fixture.given(solicitado(), new DisparoFalhou(disparoId, tenant, "timeout", 1, true))
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG2", 2))
                .expectEvents(new DisparoEnviado(disparoId, tenant, "MSG2", 2));
    }

    @Test
    void segundaFalhaRetentavelAcumulaTentativas() {
        fixture.given(solicitado(), new DisparoFalhou(disparoId, tenant, "timeout", 1, true))
                .when(new RegistrarFalhaDisparoCommand(disparoId, tenant, "timeout", 2, true))
                .expectEvents(new DisparoFalhou(disparoId, tenant, "timeout", 2, true));
    }

    @Test
    void recusaNovaTentativaDepoisDeFalhaDefinitiva() {
        fixture.given(solicitado(), new DisparoFalhou(disparoId, tenant, "número sem WhatsApp", 1, false))
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG2", 2))
                .expectException(erro(ErrorKind.CONFLITO, "FALHA_DEFINITIVA"))
                .expectNoEvents();
    }

    @Test
    void recusaEnvioDeTentativaQueJaFalhou() {
        fixture.given(solicitado(), new DisparoFalhou(disparoId, tenant, "timeout", 1, true))
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG1", 1))
                .expectException(erro(ErrorKind.CONFLITO, "TENTATIVA_INVALIDA"))
                .expectNoEvents();
    }

    @Test
    void recusaFalhaDepoisDeEnviado() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1))
                .when(new RegistrarFalhaDisparoCommand(disparoId, tenant, "erro", 2, true))
                .expectException(erro(ErrorKind.CONFLITO, "DISPARO_JA_ENVIADO"))
                .expectNoEvents();
    }

    @Test
    void falhaInformadaDepoisDoEnvioViraFalhaDaMesmaTentativa() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1))
                .when(new RegistrarFalhaEntregaDisparoCommand(disparoId, tenant, "status ERROR", true))
                .expectEvents(new DisparoFalhou(disparoId, tenant, "status ERROR", 1, true));
    }

    @Test
    void falhaDeEntregaDepoisDeEntregueNaoGeraEvento() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1), new DisparoEntregue(disparoId, tenant))
                .when(new RegistrarFalhaEntregaDisparoCommand(disparoId, tenant, "status ERROR", true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void novaTentativaDepoisDeFalhaDeEntregaPodeSerEnviada() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1),
                        new DisparoFalhou(disparoId, tenant, "status ERROR", 1, true))
                .when(new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG2", 2))
                .expectEvents(new DisparoEnviado(disparoId, tenant, "MSG2", 2));
    }

    @Test
    void registraEntrega() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1))
                .when(new RegistrarEntregaDisparoCommand(disparoId, tenant))
                .expectEvents(new DisparoEntregue(disparoId, tenant));
    }

    @Test
    void entregaRepetidaNaoGeraEvento() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1), new DisparoEntregue(disparoId, tenant))
                .when(new RegistrarEntregaDisparoCommand(disparoId, tenant))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void entregaAtrasadaDepoisDeLidoNaoGeraEvento() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1), new DisparoLido(disparoId, tenant))
                .when(new RegistrarEntregaDisparoCommand(disparoId, tenant))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaEntregaAntesDoEnvio() {
        fixture.given(solicitado())
                .when(new RegistrarEntregaDisparoCommand(disparoId, tenant))
                .expectException(erro(ErrorKind.CONFLITO, "DISPARO_NAO_ENVIADO"))
                .expectNoEvents();
    }

    @Test
    void registraLeituraDepoisDaEntrega() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1), new DisparoEntregue(disparoId, tenant))
                .when(new RegistrarLeituraDisparoCommand(disparoId, tenant))
                .expectEvents(new DisparoLido(disparoId, tenant));
    }

    @Test
    void leituraPodeChegarSemAEntrega() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1))
                .when(new RegistrarLeituraDisparoCommand(disparoId, tenant))
                .expectEvents(new DisparoLido(disparoId, tenant));
    }

    @Test
    void leituraRepetidaNaoGeraEvento() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1), new DisparoLido(disparoId, tenant))
                .when(new RegistrarLeituraDisparoCommand(disparoId, tenant))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaLeituraAntesDoEnvio() {
        fixture.given(solicitado(), new DisparoFalhou(disparoId, tenant, "timeout", 1, true))
                .when(new RegistrarLeituraDisparoCommand(disparoId, tenant))
                .expectException(erro(ErrorKind.CONFLITO, "DISPARO_NAO_ENVIADO"))
                .expectNoEvents();
    }

    @Test
    void abandonaDisparoQueFalhou() {
        fixture.given(solicitado(), new DisparoFalhou(disparoId, tenant, "timeout", 1, true))
                .when(new AbandonarDisparoCommand(disparoId, tenant, "limite de tentativas"))
                .expectEvents(new DisparoAbandonado(disparoId, tenant, "limite de tentativas"));
    }

    @Test
    void abandonoRepetidoNaoGeraEvento() {
        fixture.given(solicitado(), new DisparoAbandonado(disparoId, tenant, "limite de tentativas"))
                .when(new AbandonarDisparoCommand(disparoId, tenant, "de novo"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaAbandonarDisparoEnviado() {
        fixture.given(solicitado(), new DisparoEnviado(disparoId, tenant, "MSG1", 1))
                .when(new AbandonarDisparoCommand(disparoId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "DISPARO_JA_ENVIADO"))
                .expectNoEvents();
    }

    @Test
    void nadaMudaDepoisDeAbandonado() {
        List<Object> comandos = List.of(
                new RegistrarEnvioDisparoCommand(disparoId, tenant, "MSG2", 2),
                new RegistrarFalhaDisparoCommand(disparoId, tenant, "timeout", 2, true),
                new RegistrarEntregaDisparoCommand(disparoId, tenant),
                new RegistrarLeituraDisparoCommand(disparoId, tenant));
        for (Object comando : comandos) {
            novaFixture().given(solicitado(), new DisparoFalhou(disparoId, tenant, "timeout", 1, true),
                            new DisparoAbandonado(disparoId, tenant, null))
                    .when(comando)
                    .expectException(erro(ErrorKind.CONFLITO, "DISPARO_ABANDONADO"))
                    .expectNoEvents();
        }
    }

    @Test
    void comandosDeOutroTenantRespondemNaoEncontrado() {
        List<Object> comandos = List.of(
                new RegistrarEnvioDisparoCommand(disparoId, outroTenant, "MSG1", 1),
                new RegistrarFalhaDisparoCommand(disparoId, outroTenant, "timeout", 1, true),
                new RegistrarEntregaDisparoCommand(disparoId, outroTenant),
                new RegistrarLeituraDisparoCommand(disparoId, outroTenant),
                new RegistrarFalhaEntregaDisparoCommand(disparoId, outroTenant, "erro", true),
                new AbandonarDisparoCommand(disparoId, outroTenant, null));
        for (Object comando : comandos) {
            novaFixture().given(solicitado())
                    .when(comando)
                    .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                    .expectNoEvents();
        }
    }

    private BoletoRegistrado boletoRegistrado(TenantId tenantDoBoleto) {
        return new BoletoRegistrado(boletoId, tenantDoBoleto, clienteId, OrigemBoleto.GERADO, "1", LINHA, CODIGO, VALOR,
                VENCIMENTO, 1, null, null);
    }

    private SolicitarDisparoCommand solicitar(ClienteId cliente) {
        return new SolicitarDisparoCommand(disparoId, tenant, boletoId, cliente, DESTINO, MENSAGEM, ANEXO);
    }

    private DisparoSolicitado solicitado() {
        return new DisparoSolicitado(disparoId, tenant, boletoId, clienteId, DESTINO, MENSAGEM, ANEXO);
    }
}
