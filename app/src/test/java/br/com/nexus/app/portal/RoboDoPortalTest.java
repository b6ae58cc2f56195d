package br.com.nexus.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.portal.fake.BoletoFalso;
import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.portal.fake.PortalFalso;
import br.com.nexus.app.portal.fake.PortalFalso.Entrega;
import br.com.nexus.command.documento.LeitorDeBoletoPdf;
import br.com.nexus.command.portal.navegador.ClienteDoPortal;
import br.com.nexus.command.portal.navegador.ConfiguracaoNavegador;
import br.com.nexus.command.portal.navegador.Credenciais;
import br.com.nexus.command.portal.navegador.Desfecho;
import br.com.nexus.command.portal.navegador.FormaDeEntrega;
import br.com.nexus.command.portal.navegador.PerfilPortal;
import br.com.nexus.command.portal.navegador.RoboDoPortal;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal automation driving Debian's Chromium through Playwright against the local fake
 * portal: every outcome and failure mode, the single login, and K browsers in parallel.
 */
class RoboDoPortalTest {

    private static final ConfiguracaoNavegador CHROMIUM = ConfiguracaoNavegador.padrao(Path.of("/usr/bin/chromium"));
    private static final String USUARIO = "24627";
    private static final String SENHA = "senha-do-consultor";
    private static final AtomicLong NOSSO_NUMERO = new AtomicLong(1000);

    @TempDir
    Path capturas;

    private final PortalFalso portal = PortalFalso.iniciar(USUARIO, SENHA);
    private final Map<ClienteId, Desfecho> desfechos = new LinkedHashMap<>();

    @AfterEach
    void fecharPortal() {
        portal.close();
    }

    @Test
    void baixaOPdfComoDownloadPopupOuVisualizadorComUmSoLogin() {
        ClienteDoPortal jose = cliente("JOSÉ DA SILVA - 70%");
        ClienteDoPortal maria = cliente("Maria da Conceição");
        ClienteDoPortal ana = cliente("Ana Luíza (50%)");
        BoletoFalso boletoJose = boleto("NOVEMBRO/2025");
        portal.cliente(jose.cpf(), "JOSE DA SILVA", boletoJose).entrega(jose.cpf(), Entrega.DOWNLOAD)
                .cliente(maria.cpf(), "MARIA DA CONCEICAO", boleto("Março de 2025")).entrega(maria.cpf(), Entrega.POPUP)
                .cliente(ana.cpf(), "ANA LUIZA", boleto("12/2025")).entrega(ana.cpf(), Entrega.VISUALIZADOR);

        RoboDoPortal.Fim fim = executar(robo(1), List.of(jose, maria, ana), null);

        assertThat(fim.parada()).isNull();
        assertThat(baixado(jose).forma()).isEqualTo(FormaDeEntrega.DOWNLOAD);
        assertThat(baixado(jose).arquivo()).isEqualTo("JOSE_DA_SILVA_NOVEMBRO.pdf");
        assertThat(new LeitorDeBoletoPdf().ler(baixado(jose).pdf())).contains(boletoJose.linhaDigitavel());
        assertThat(baixado(maria).forma()).isEqualTo(FormaDeEntrega.POPUP);
        assertThat(baixado(maria).arquivo()).isEqualTo("MARIA_DA_CONCEICAO_MARCO.pdf");
        assertThat(baixado(ana).forma()).isEqualTo(FormaDeEntrega.VISUALIZADOR);
        assertThat(baixado(ana).arquivo()).isEqualTo("ANA_LUIZA_DEZEMBRO.pdf");
        assertThat(new LeitorDeBoletoPdf().ler(baixado(ana).pdf())).isPresent();
        assertThat(portal.logins()).isEqualTo(1);
        assertThat(fim.logins()).isEqualTo(1);
    }

    @Test
    void cpfQueOPortalNaoConheceESemBoletoTemSeusProprios() {
        ClienteDoPortal desconhecido = cliente("Fulano");
        ClienteDoPortal semBoleto = cliente("Beltrano");
        portal.cliente(semBoleto.cpf(), "BELTRANO", null);

        RoboDoPortal.Fim fim = executar(robo(1), List.of(desconhecido, semBoleto), null);

        assertThat(fim.parada()).isNull();
        assertThat(desfechos.get(desconhecido.clienteId())).isInstanceOf(Desfecho.CpfNaoEncontrado.class);
        assertThat(desfechos.get(semBoleto.clienteId())).isInstanceOf(Desfecho.SemBoleto.class);
        assertThat(((Desfecho.SemBoleto) desfechos.get(semBoleto.clienteId())).detalhe()).contains("Não há boletos");
    }

    @Test
    void boletoDeOutroAnoQueOPedidoNaoEBaixado() {
        ClienteDoPortal cliente = cliente("Ciclano");
        portal.cliente(cliente.cpf(), "CICLANO", boleto("NOVEMBRO/2025"));

        executar(robo(1), List.of(cliente), 2024);

        assertThat(desfechos.get(cliente.clienteId())).isInstanceOf(Desfecho.SemBoleto.class);
        assertThat(((Desfecho.SemBoleto) desfechos.get(cliente.clienteId())).detalhe()).contains("2025", "2024");
        assertThat(portal.pdfsEntregues()).isZero();
    }

    @Test
    void senhaRecusadaParaTudoSemTentarDeNovoNemPorNavegador() {
        List<ClienteDoPortal> clientes = List.of(cliente("A"), cliente("B"), cliente("C"), cliente("D"));
        clientes.forEach(c -> portal.cliente(c.cpf(), c.nome(), boleto("NOVEMBRO/2025")));

        RoboDoPortal.Fim fim = new RoboDoPortal(CHROMIUM, new PerfilPortal(), parametros(2, Duration.ofSeconds(20)))
                .executar(portal.baseUrl(), new Credenciais(USUARIO, "senha-errada", null), clientes, null,
                        this::receber);

        assertThat(fim.parada().motivo()).isEqualTo(MotivoInterrupcao.CREDENCIAIS_RECUSADAS);
        assertThat(fim.parada().detalhe()).contains("Usuário ou senha inválidos").doesNotContain("senha-errada");
        assertThat(fim.parada().captura()).exists();
        assertThat(portal.loginsRecusados()).isEqualTo(1);
        assertThat(desfechos).isEmpty();
    }

    @Test
    void captchaParaAExecucaoSemInsistirNoPortal() {
        List<ClienteDoPortal> clientes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ClienteDoPortal cliente = cliente("Cliente " + i);
            portal.cliente(cliente.cpf(), cliente.nome(), boleto("NOVEMBRO/2025"));
            clientes.add(cliente);
        }
        portal.captchaAposBuscas(2);

        RoboDoPortal.Fim fim = executar(robo(1), clientes, null);

        assertThat(fim.parada().motivo()).isEqualTo(MotivoInterrupcao.CAPTCHA);
        assertThat(fim.parada().captura()).exists();
        assertThat(desfechos).hasSize(2).allSatisfy((id, d) -> assertThat(d).isInstanceOf(Desfecho.Baixado.class));
        assertThat(portal.captchasMostrados()).isEqualTo(1);
        assertThat(portal.buscas()).isEqualTo(3);
    }

    @Test
    void sessaoExpiradaEntraDeNovoUmaVezESegue() {
        List<ClienteDoPortal> clientes = List.of(cliente("A"), cliente("B"), cliente("C"));
        clientes.forEach(c -> portal.cliente(c.cpf(), c.nome(), boleto("NOVEMBRO/2025")));
        portal.expirarSessoesNaBusca(2);

        RoboDoPortal.Fim fim = executar(robo(1), clientes, null);

        assertThat(fim.parada()).isNull();
        assertThat(desfechos.values()).hasSize(3).allSatisfy(d -> assertThat(d).isInstanceOf(Desfecho.Baixado.class));
        assertThat(portal.logins()).isEqualTo(2);
    }

    @Test
    void sessaoQueExpiraDeNovoLogoAposONovoLoginViraErroSemRepetirLogins() {
        List<ClienteDoPortal> clientes = List.of(cliente("A"), cliente("B"));
        clientes.forEach(c -> portal.cliente(c.cpf(), c.nome(), boleto("NOVEMBRO/2025")));
        portal.expirarSempre();

        RoboDoPortal.Fim fim = executar(robo(1), clientes, null);

        assertThat(fim.parada()).isNull();
        assertThat(desfechos.values()).hasSize(2).allSatisfy(d -> {
            assertThat(d).isInstanceOf(Desfecho.Falha.class);
            assertThat(((Desfecho.Falha) d).detalhe()).contains("expirou de novo");
        });
        // The first login, then one renewal per cliente.
        assertThat(portal.logins()).isEqualTo(3);
    }

    @Test
    void paginaLentaEstouraOTempoDoClienteComCapturaEOsOutrosSeguem() throws Exception {
        ClienteDoPortal lento = cliente("Lento");
        ClienteDoPortal normal = cliente("Normal");
        portal.cliente(lento.cpf(), "LENTO", boleto("NOVEMBRO/2025")).lento(lento.cpf(), Duration.ofSeconds(60))
                .cliente(normal.cpf(), "NORMAL", boleto("NOVEMBRO/2025"));

        long inicio = System.nanoTime();
        executar(new RoboDoPortal(CHROMIUM, new PerfilPortal(), parametros(1, Duration.ofSeconds(3))),
                List.of(lento, normal), null);
        Duration tempo = Duration.ofNanos(System.nanoTime() - inicio);

        Desfecho.Falha falha = (Desfecho.Falha) desfechos.get(lento.clienteId());
        assertThat(falha.detalhe()).contains("Tempo por cliente esgotado");
        assertThat(falha.captura()).exists();
        assertThat(Files.size(falha.captura())).isPositive();
        assertThat(falha.captura().getFileName().toString()).startsWith(lento.clienteId().toString()).endsWith(".png");
        assertThat(desfechos.get(normal.clienteId())).isInstanceOf(Desfecho.Baixado.class);
        assertThat(tempo).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void kNavegadoresTrabalhamAoMesmoTempoComOMesmoLogin() {
        List<ClienteDoPortal> clientes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ClienteDoPortal cliente = cliente("Cliente " + i);
            portal.cliente(cliente.cpf(), cliente.nome(), boleto("NOVEMBRO/2025"));
            clientes.add(cliente);
        }
        portal.latencia(Duration.ofMillis(400));

        RoboDoPortal.Fim fim = executar(robo(3), clientes, null);

        assertThat(fim.parada()).isNull();
        assertThat(desfechos.values()).hasSize(9).allSatisfy(d -> assertThat(d).isInstanceOf(Desfecho.Baixado.class));
        assertThat(portal.maximoSimultaneo()).isGreaterThanOrEqualTo(3);
        assertThat(portal.logins()).isEqualTo(1);
    }

    @Test
    void destinoQueEncerraAExecucaoParaOsNavegadores() {
        List<ClienteDoPortal> clientes = List.of(cliente("A"), cliente("B"), cliente("C"));
        clientes.forEach(c -> portal.cliente(c.cpf(), c.nome(), boleto("NOVEMBRO/2025")));

        RoboDoPortal.Fim fim = robo(1).executar(portal.baseUrl(), credenciais(), clientes, null, (cliente, desfecho) -> {
            desfechos.put(cliente.clienteId(), desfecho);
            return false;
        });

        assertThat(fim.cancelado()).isTrue();
        assertThat(desfechos).hasSize(1);
        assertThat(portal.buscas()).isEqualTo(1);
    }

    @Test
    void pontoDeVendaDoConsultorVaiNoLogin() {
        ClienteDoPortal cliente = cliente("A");
        portal.cliente(cliente.cpf(), "A", boleto("NOVEMBRO/2025"));

        robo(1).executar(portal.baseUrl(), new Credenciais(USUARIO, SENHA, "17.308"), List.of(cliente), null,
                this::receber);

        assertThat(portal.pontosDeVendaInformados()).containsExactly("17.308");
        assertThat(desfechos.get(cliente.clienteId())).isInstanceOf(Desfecho.Baixado.class);
    }

    @Test
    void navegadorQueNaoAbreParaAExecucaoComMotivo() {
        ClienteDoPortal cliente = cliente("A");
        ConfiguracaoNavegador inexistente = ConfiguracaoNavegador.padrao(Path.of("/nao/existe/chromium"));

        RoboDoPortal.Fim fim = new RoboDoPortal(inexistente, new PerfilPortal(), parametros(1, Duration.ofSeconds(20)))
                .executar(portal.baseUrl(), credenciais(), List.of(cliente), null, this::receber);

        assertThat(fim.parada().motivo()).isEqualTo(MotivoInterrupcao.FALHA_NO_NAVEGADOR);
        assertThat(desfechos).isEmpty();
    }

    // ---- helpers ----

    private RoboDoPortal robo(int paralelismo) {
        return new RoboDoPortal(CHROMIUM, new PerfilPortal(), parametros(paralelismo, Duration.ofSeconds(30)));
    }

    private RoboDoPortal.Parametros parametros(int paralelismo, Duration tempoPorCliente) {
        return new RoboDoPortal.Parametros(paralelismo, Duration.ofMillis(50), tempoPorCliente, capturas);
    }

    private RoboDoPortal.Fim executar(RoboDoPortal robo, List<ClienteDoPortal> clientes, Integer ano) {
        return robo.executar(portal.baseUrl(), credenciais(), clientes, ano, this::receber);
    }

    private synchronized boolean receber(ClienteDoPortal cliente, Desfecho desfecho) {
        desfechos.put(cliente.clienteId(), desfecho);
        return true;
    }

    private Desfecho.Baixado baixado(ClienteDoPortal cliente) {
        Desfecho desfecho = desfechos.get(cliente.clienteId());
        assertThat(desfecho).as("desfecho de %s", cliente.nome()).isInstanceOf(Desfecho.Baixado.class);
        return (Desfecho.Baixado) desfecho;
    }

    private static Credenciais credenciais() {
        return new Credenciais(USUARIO, SENHA, null);
    }

    private static ClienteDoPortal cliente(String nome) {
        Cpf cpf = CpfsDeTeste.novo();
        return new ClienteDoPortal(ClienteId.novo(), cpf, nome);
    }

    private static BoletoFalso boleto(String mes) {
        return BoletoFalso.de(15_050, LocalDate.of(2025, 11, 10), mes, NOSSO_NUMERO.incrementAndGet());
    }
}
