package br.com.nexus.command.portal.navegador;

import br.com.nexus.command.documento.NomeDoArquivo;
import br.com.nexus.command.portal.navegador.LoginCompartilhado.Sessao;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker's browser: its own Playwright driver and Chromium (Playwright objects belong to the
 * thread that made them), one context logged in with the consultant's shared session, one page.
 * {@link #baixar} takes a cliente from CPF search to PDF bytes.
 */
final class SessaoPortal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SessaoPortal.class);
    private static final byte[] ASSINATURA_PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int TEXTO_MAXIMO = 300;
    private static final double TEMPO_CAPTURA_MS = 5_000;

    private final PerfilPortal perfil;
    private final PerfilPortal.Seletores seletores;
    private final String base;
    private final Credenciais credenciais;
    private final LoginCompartilhado login;
    private final Path capturas;
    private final Pattern bloqueio;
    private final Playwright playwright;
    private final Browser navegador;
    private BrowserContext contexto;
    private Page pagina;
    private int versaoDaSessao;
    private String estadoProprio;

    private SessaoPortal(PerfilPortal perfil, String baseUrl, Credenciais credenciais, LoginCompartilhado login,
            Path capturas, Playwright playwright, Browser navegador) {
        this.perfil = perfil;
        this.seletores = perfil.getSeletores();
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.credenciais = credenciais;
        this.login = login;
        this.capturas = capturas;
        // Playwright hands the pattern to the page's JavaScript, which takes only this flag.
        this.bloqueio = Pattern.compile(perfil.getTextoBloqueio(), Pattern.CASE_INSENSITIVE);
        this.playwright = playwright;
        this.navegador = navegador;
        novoContexto(null);
    }

    static SessaoPortal abrir(ConfiguracaoNavegador configuracao, PerfilPortal perfil, String baseUrl,
            Credenciais credenciais, LoginCompartilhado login, Path capturas) {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser navegador = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(configuracao.chromium())
                    .setHeadless(true)
                    .setArgs(configuracao.argumentos()));
            return new SessaoPortal(perfil, baseUrl, credenciais, login, capturas, playwright, navegador);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    boolean conectada() {
        return navegador.isConnected();
    }

    /** The courtesy pause between two clientes, spent inside Playwright's own event loop. */
    void aguardar(Duration intervalo) {
        if (!intervalo.isZero() && !intervalo.isNegative()) {
            pagina.waitForTimeout(intervalo.toMillis());
        }
    }

    /**
     * Searches the cliente's CPF, opens the billing emission, reads the month and fetches the PDF.
     * An expired session is renewed once; a CAPTCHA or a blocked page is thrown, since it ends
     * the whole run; anything else that goes wrong becomes a {@link Desfecho.Falha} with a
     * screenshot.
     *
     * @throws ParadaNoPortal when the portal refuses to go on (CAPTCHA, blocked, wrong password)
     */
    Desfecho baixar(ClienteDoPortal cliente, Integer ano, Duration tempoPorCliente) {
        Prazo prazo = Prazo.de(tempoPorCliente);
        try {
            garantirSessao();
            try {
                return tentar(cliente, ano, prazo);
            } catch (SessaoExpirada e) {
                log.info("Sessão do portal expirou; entrando de novo");
                adotar(login.renovar(versaoDaSessao, this::entrar));
                try {
                    return tentar(cliente, ano, prazo);
                } catch (SessaoExpirada denovo) {
                    return falha(cliente, "A sessão do portal expirou de novo logo após um novo login");
                }
            }
        } catch (Prazo.TempoEsgotado e) {
            return falha(cliente, e.getMessage());
        } catch (TimeoutError e) {
            return falha(cliente, prazo.esgotado() ? "Tempo por cliente esgotado (" + prazo.total().toSeconds() + " s)"
                    : "O portal não respondeu a tempo: " + primeiraLinha(e));
        } catch (FalhaNoCliente e) {
            return falha(cliente, e.getMessage());
        } catch (PlaywrightException e) {
            return falha(cliente, "Falha no navegador: " + primeiraLinha(e));
        }
    }

    private Desfecho tentar(ClienteDoPortal cliente, Integer ano, Prazo prazo) {
        buscar(cliente, prazo);
        if (esperarUm(prazo, true, seletores.getEmissao(), seletores.getCpfNaoEncontrado()) == 1) {
            return new Desfecho.CpfNaoEncontrado();
        }
        navegarClicando(seletores.getEmissao(), prazo);
        if (esperarUm(prazo, true, seletores.getMesReferencia(), seletores.getSemBoleto()) == 1) {
            return new Desfecho.SemBoleto(texto(seletores.getSemBoleto(), prazo));
        }
        String textoMes = texto(seletores.getMesReferencia(), prazo);
        MesReferencia mes = MesReferencia.ler(textoMes)
                .orElseThrow(() -> new FalhaNoCliente("Mês de referência ilegível na página: \"" + textoMes + "\""));
        if (ano != null && mes.ano() != null && !ano.equals(mes.ano())) {
            return new Desfecho.SemBoleto("O boleto disponível é de " + mes + ", não de " + ano);
        }
        PdfObtido pdf = obterPdf(prazo);
        return new Desfecho.Baixado(pdf.conteudo(), mes, NomeDoArquivo.paraBoleto(cliente.nome(), mes.nome()),
                pdf.forma());
    }

    private void buscar(ClienteDoPortal cliente, Prazo prazo) {
        String cpf = perfil.getFormatoCpf() == PerfilPortal.FormatoCpf.DIGITOS ? cliente.cpf().numero()
                : cliente.cpf().formatado();
        String caminho = perfil.getCaminhoBusca();
        if (caminho.contains("{cpf}")) {
            navegar(base + caminho.replace("{cpf}", URLEncoder.encode(cpf, StandardCharsets.UTF_8)), prazo);
            return;
        }
        // The search form usually sits on every page; only a page without it costs a navigation.
        if (!pagina.url().startsWith(base) || pagina.locator(seletores.getCampoCpf()).count() == 0) {
            navegar(base + caminho, prazo);
            esperarUm(prazo, true, seletores.getCampoCpf());
        }
        pagina.locator(seletores.getCampoCpf()).first().fill(cpf, new Locator.FillOptions().setTimeout(prazo.ms(tempo())));
        navegarClicando(seletores.getBuscar(), prazo);
    }

    private record PdfObtido(byte[] conteudo, FormaDeEntrega forma) {
    }

    /**
     * Clicks the PDF link and takes the PDF however it comes: a download, a popup tab (whose URL
     * is fetched with the context's cookies, or whose own download is taken) or the page turning
     * into an inline viewer (whose embedded URL is fetched).
     */
    private PdfObtido obterPdf(Prazo prazo) {
        AtomicReference<Download> download = new AtomicReference<>();
        AtomicReference<Page> popup = new AtomicReference<>();
        AtomicBoolean navegou = new AtomicBoolean();
        Consumer<Download> aoBaixar = download::set;
        Consumer<Page> aoAbrir = nova -> {
            popup.set(nova);
            nova.onDownload(aoBaixar);
        };
        Consumer<Frame> aoNavegar = frame -> {
            if (frame.parentFrame() == null) {
                navegou.set(true);
            }
        };
        pagina.onDownload(aoBaixar);
        pagina.onPopup(aoAbrir);
        pagina.onFrameNavigated(aoNavegar);
        try {
            pagina.locator(seletores.getBaixarPdf()).first().click(new Locator.ClickOptions().setTimeout(prazo.ms(tempo())));
            pagina.waitForCondition(() -> download.get() != null || temEndereco(popup.get()) || navegou.get(),
                    new Page.WaitForConditionOptions().setTimeout(prazo.ms(tempo())));
            if (download.get() != null) {
                return new PdfObtido(lerDownload(download.get()), popup.get() == null ? FormaDeEntrega.DOWNLOAD
                        : FormaDeEntrega.POPUP);
            }
            if (popup.get() != null) {
                Page aba = popup.get();
                try {
                    return new PdfObtido(buscarPdf(aba.url(), prazo), FormaDeEntrega.POPUP);
                } finally {
                    aba.close();
                }
            }
            pagina.waitForLoadState(LoadState.LOAD, new Page.WaitForLoadStateOptions().setTimeout(prazo.ms(tempo())));
            verificarBloqueio();
            return new PdfObtido(buscarPdf(enderecoDoVisualizador(), prazo), FormaDeEntrega.VISUALIZADOR);
        } finally {
            pagina.offDownload(aoBaixar);
            pagina.offPopup(aoAbrir);
            pagina.offFrameNavigated(aoNavegar);
        }
    }

    private static boolean temEndereco(Page aba) {
        return aba != null && (aba.url().startsWith("http://") || aba.url().startsWith("https://"));
    }

    private String enderecoDoVisualizador() {
        Locator visualizador = pagina.locator(seletores.getVisualizadorPdf());
        if (visualizador.count() > 0) {
            String src = Objects.requireNonNullElse(visualizador.first().getAttribute("src"),
                    Objects.requireNonNullElse(visualizador.first().getAttribute("data"), ""));
            if (!src.isBlank() && !src.startsWith("about:")) {
                return URI.create(pagina.url()).resolve(src.strip()).toString();
            }
        }
        return pagina.url();
    }

    private byte[] lerDownload(Download download) {
        try {
            Path arquivo = download.path();
            if (arquivo == null || download.failure() != null) {
                throw new FalhaNoCliente("Download do PDF falhou: " + download.failure());
            }
            return exigirPdf(Files.readAllBytes(arquivo), download.url());
        } catch (IOException e) {
            throw new FalhaNoCliente("Download do PDF ilegível: " + e.getMessage());
        } finally {
            download.delete();
        }
    }

    private byte[] buscarPdf(String url, Prazo prazo) {
        APIResponse resposta = contexto.request().get(url, RequestOptions.create().setTimeout(prazo.ms(tempo())));
        try {
            if (resposta.status() == 403 || resposta.status() == 429) {
                throw parada(MotivoInterrupcao.BLOQUEIO, "O portal recusou o PDF com HTTP " + resposta.status());
            }
            if (!resposta.ok()) {
                throw new FalhaNoCliente("O PDF respondeu HTTP " + resposta.status());
            }
            return exigirPdf(resposta.body(), url);
        } finally {
            resposta.dispose();
        }
    }

    private static byte[] exigirPdf(byte[] conteudo, String origem) {
        if (conteudo.length < ASSINATURA_PDF.length) {
            throw new FalhaNoCliente("O portal entregou um arquivo vazio em vez do PDF");
        }
        for (int i = 0; i < ASSINATURA_PDF.length; i++) {
            if (conteudo[i] != ASSINATURA_PDF[i]) {
                throw new FalhaNoCliente("O portal entregou algo que não é PDF (" + caminho(origem) + ")");
            }
        }
        return conteudo;
    }

    private static String caminho(String url) {
        try {
            return URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return "endereço inválido";
        }
    }

    // ---- login ----

    private void garantirSessao() {
        if (versaoDaSessao == 0) {
            adotar(login.atual(this::entrar));
        }
    }

    /** Takes a session: one this worker just made is already in its context, another's is loaded. */
    private void adotar(Sessao sessao) {
        if (!sessao.estado().equals(estadoProprio)) {
            novoContexto(sessao.estado());
        }
        versaoDaSessao = sessao.versao();
    }

    /** Logs in with this worker's page and returns the session's cookies. */
    private String entrar() {
        navegar(base + perfil.getCaminhoLogin(), null);
        if (esperarUm(null, false, seletores.getUsuario(), seletores.getLogado()) == 0) {
            pagina.locator(seletores.getUsuario()).first().fill(credenciais.usuario());
            if (credenciais.pontoDeVenda() != null && !credenciais.pontoDeVenda().isBlank()
                    && !seletores.getPontoDeVenda().isBlank() && pagina.locator(seletores.getPontoDeVenda()).count() > 0) {
                pagina.locator(seletores.getPontoDeVenda()).first().fill(credenciais.pontoDeVenda());
            }
            pagina.locator(seletores.getSenha()).first().fill(credenciais.senha());
            pagina.locator(seletores.getEntrar()).first().click();
            if (esperarUm(null, false, seletores.getLogado(), seletores.getErroLogin()) == 1) {
                String mensagem = texto(seletores.getErroLogin(), null);
                throw parada(MotivoInterrupcao.CREDENCIAIS_RECUSADAS, "O portal recusou o login do consultor "
                        + credenciais.usuario() + (mensagem.isBlank() ? "" : ": " + mensagem));
            }
        }
        estadoProprio = contexto.storageState();
        log.info("Login no portal como {}", credenciais.usuario());
        return estadoProprio;
    }

    private void novoContexto(String estado) {
        if (contexto != null) {
            contexto.close();
        }
        Browser.NewContextOptions opcoes = new Browser.NewContextOptions()
                .setAcceptDownloads(true)
                .setLocale("pt-BR")
                .setTimezoneId("America/Sao_Paulo");
        if (estado != null) {
            opcoes.setStorageState(estado);
        }
        contexto = navegador.newContext(opcoes);
        contexto.setDefaultTimeout(perfil.getTempoPagina().toMillis());
        contexto.setDefaultNavigationTimeout(perfil.getTempoPagina().toMillis());
        pagina = contexto.newPage();
    }

    // ---- waiting and checking pages ----

    private void navegar(String url, Prazo prazo) {
        verificarResposta(pagina.navigate(url, new Page.NavigateOptions().setTimeout(ms(prazo))));
    }

    private void navegarClicando(String seletor, Prazo prazo) {
        Response resposta = pagina.waitForNavigation(new Page.WaitForNavigationOptions().setTimeout(ms(prazo)),
                () -> pagina.locator(seletor).first().click(new Locator.ClickOptions().setTimeout(ms(prazo))));
        verificarResposta(resposta);
    }

    private void verificarResposta(Response resposta) {
        if (resposta != null && (resposta.status() == 403 || resposta.status() == 429)) {
            throw parada(MotivoInterrupcao.BLOQUEIO, "O portal respondeu HTTP " + resposta.status());
        }
    }

    /**
     * Waits until one of {@code alvos} shows and answers which. A CAPTCHA or blocking text
     * showing instead stops the run; the login form showing instead (when
     * {@code loginSignificaExpiracao}) means the session ended.
     */
    private int esperarUm(Prazo prazo, boolean loginSignificaExpiracao, String... alvos) {
        Locator qualquer = pagina.locator(alvos[0]);
        for (int i = 1; i < alvos.length; i++) {
            qualquer = qualquer.or(pagina.locator(alvos[i]));
        }
        qualquer = qualquer.or(pagina.locator(seletores.getCaptcha())).or(pagina.getByText(bloqueio));
        if (loginSignificaExpiracao) {
            qualquer = qualquer.or(pagina.locator(seletores.getUsuario()));
        }
        qualquer.first().waitFor(new Locator.WaitForOptions().setTimeout(ms(prazo)));
        verificarBloqueio();
        for (int i = 0; i < alvos.length; i++) {
            if (pagina.locator(alvos[i]).first().isVisible()) {
                return i;
            }
        }
        if (loginSignificaExpiracao && pagina.locator(seletores.getUsuario()).count() > 0) {
            throw new SessaoExpirada();
        }
        throw new FalhaNoCliente("A página mudou antes de ser lida (" + caminho(pagina.url()) + ")");
    }

    private void verificarBloqueio() {
        if (pagina.locator(seletores.getCaptcha()).count() > 0) {
            throw parada(MotivoInterrupcao.CAPTCHA, "O portal pediu um CAPTCHA; a execução parou para não insistir");
        }
        Locator aviso = pagina.getByText(bloqueio).filter(new Locator.FilterOptions().setVisible(true));
        if (aviso.count() > 0) {
            String texto = recortar(aviso.first().innerText());
            MotivoInterrupcao motivo = texto.toLowerCase(java.util.Locale.ROOT).contains("captcha")
                    ? MotivoInterrupcao.CAPTCHA : MotivoInterrupcao.BLOQUEIO;
            throw parada(motivo, "O portal bloqueou o acesso: \"" + texto + "\"; a execução parou para não insistir");
        }
    }

    private String texto(String seletor, Prazo prazo) {
        return recortar(pagina.locator(seletor).first().innerText(new Locator.InnerTextOptions().setTimeout(ms(prazo))));
    }

    private double ms(Prazo prazo) {
        return prazo == null ? tempo().toMillis() : prazo.ms(tempo());
    }

    private Duration tempo() {
        return perfil.getTempoPagina();
    }

    // ---- failures ----

    private ParadaNoPortal parada(MotivoInterrupcao motivo, String detalhe) {
        return new ParadaNoPortal(motivo, detalhe, capturar("parada-" + motivo.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private Desfecho.Falha falha(ClienteDoPortal cliente, String detalhe) {
        Path captura = capturar(cliente.clienteId().toString());
        // A page left mid-navigation could answer the next cliente's search; start it from a blank page.
        try {
            pagina.navigate("about:blank", new Page.NavigateOptions().setTimeout(TEMPO_CAPTURA_MS));
        } catch (PlaywrightException e) {
            log.debug("Página não voltou ao branco: {}", primeiraLinha(e));
        }
        return new Desfecho.Falha(detalhe, captura);
    }

    /** A screenshot of the page as it is, kept for whoever looks into the error; null if it cannot be taken. */
    private Path capturar(String nome) {
        pararCarregamento();
        try {
            Files.createDirectories(capturas);
            Path arquivo = capturas.resolve(nome + "-" + System.currentTimeMillis() + ".png").toAbsolutePath();
            pagina.screenshot(new Page.ScreenshotOptions().setPath(arquivo).setFullPage(true)
                    .setTimeout(TEMPO_CAPTURA_MS));
            return arquivo;
        } catch (IOException | PlaywrightException e) {
            log.warn("Captura de tela não foi salva: {}", primeiraLinha(e));
            return null;
        }
    }

    /** The gist of an error: Playwright's come as {@code Error { message='...' stack=... }}. */
    /**
     * Stops a navigation still under way (a page too slow to answer): until it commits, Playwright
     * holds every screenshot back. What stays on screen is the page the navigation left from.
     */
    private void pararCarregamento() {
        try {
            CDPSession cdp = contexto.newCDPSession(pagina);
            try {
                cdp.send("Page.stopLoading");
            } finally {
                cdp.detach();
            }
        } catch (PlaywrightException e) {
            log.debug("Carregamento não pôde ser interrompido: {}", primeiraLinha(e));
        }
    }

    static String primeiraLinha(Exception e) {
        String mensagem = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        int inicio = mensagem.indexOf("message='");
        if (inicio >= 0) {
            mensagem = mensagem.substring(inicio + "message='".length());
        }
        int quebra = mensagem.indexOf('\n');
        return recortar(quebra < 0 ? mensagem : mensagem.substring(0, quebra));
    }

    private static String recortar(String texto) {
        String limpo = texto == null ? "" : texto.strip().replaceAll("\\s+", " ");
        return limpo.length() <= TEXTO_MAXIMO ? limpo : limpo.substring(0, TEXTO_MAXIMO) + "…";
    }

    @Override
    public void close() {
        try {
            playwright.close();
        } catch (PlaywrightException e) {
            log.debug("Navegador já estava fechado: {}", primeiraLinha(e));
        }
    }

    /** The portal showed its login form where a logged-in page was expected. */
    private static final class SessaoExpirada extends RuntimeException {

        SessaoExpirada() {
            super("Sessão do portal expirada", null, false, false);
        }
    }

    /** This cliente cannot be done, for a reason worth telling the operator. */
    private static final class FalhaNoCliente extends RuntimeException {

        FalhaNoCliente(String mensagem) {
            super(mensagem, null, false, false);
        }
    }
}
