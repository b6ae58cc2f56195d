package br.com.nexus.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A person at the console in a browser of their own. Every page it checks is run through axe-core
 * (no serious or critical violation), photographed at a phone's and a laptop's width under
 * target/console-screenshots/, and must not have tripped the Content-Security-Policy or any script.
 */
final class Operador implements AutoCloseable {

    static final int LARGURA_CELULAR = 390;
    static final int LARGURA_NOTEBOOK = 1366;
    private static final Path CAPTURAS = Path.of("target", "console-screenshots");
    private static final Set<String> IMPACTOS_BLOQUEANTES = Set.of("serious", "critical");

    private final BrowserContext contexto;
    private final Page pagina;
    private final String baseUrl;
    private final List<String> errosNoNavegador = new CopyOnWriteArrayList<>();

    Operador(String baseUrl) {
        this.baseUrl = baseUrl;
        Browser navegador = Navegador.compartilhado();
        this.contexto = navegador.newContext(new Browser.NewContextOptions()
                .setViewportSize(LARGURA_NOTEBOOK, 900)
                .setLocale("pt-BR")
                .setTimezoneId("America/Sao_Paulo"));
        this.pagina = contexto.newPage();
        // A page answered 404 or 403 on purpose is no fault; a script or stylesheet that fails to load is.
        pagina.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                errosNoNavegador.add(m.text());
            }
        });
        pagina.onResponse(resposta -> {
            if (resposta.status() >= 400 && !resposta.request().isNavigationRequest()) {
                errosNoNavegador.add(resposta.status() + " " + resposta.url());
            }
        });
        pagina.onPageError(erro -> errosNoNavegador.add(erro));
        pagina.onDialog(dialogo -> {
            errosNoNavegador.add("diálogo aberto: " + dialogo.message());
            dialogo.dismiss();
        });
    }

    static Operador entrar(String baseUrl, String email, String senha) {
        Operador operador = new Operador(baseUrl);
        operador.abrir("/entrar");
        operador.pagina.getByLabel("E-mail").fill(email);
        operador.pagina.getByLabel("Senha").fill(senha);
        operador.pagina.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Entrar")).click();
        operador.pagina.waitForLoadState();
        return operador;
    }

    Page pagina() {
        return pagina;
    }

    BrowserContext contexto() {
        return contexto;
    }

    Response abrir(String caminho) {
        return pagina.navigate(baseUrl + caminho);
    }

    /** Accessibility, both screenshots and a clean browser console for the page now open. */
    void verificar(String nome) {
        pagina.waitForLoadState();
        AxeResults resultado = new AxeBuilder(pagina).analyze();
        List<String> graves = resultado.getViolations().stream()
                .filter(regra -> IMPACTOS_BLOQUEANTES.contains(regra.getImpact()))
                .map(Operador::descrever)
                .toList();
        assertThat(graves).as("violações graves de acessibilidade em " + nome).isEmpty();
        fotografar(nome);
        assertThat(errosNoNavegador).as("erros no console do navegador (CSP, scripts) em " + nome).isEmpty();
    }

    private void fotografar(String nome) {
        try {
            Files.createDirectories(CAPTURAS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int largura : new int[] {LARGURA_CELULAR, LARGURA_NOTEBOOK}) {
            pagina.setViewportSize(largura, largura == LARGURA_CELULAR ? 844 : 900);
            pagina.screenshot(new Page.ScreenshotOptions()
                    .setPath(CAPTURAS.resolve(nome + "-" + largura + ".png"))
                    .setFullPage(true));
        }
    }

    private static String descrever(Rule regra) {
        return regra.getId() + " (" + regra.getImpact() + "): " + regra.getHelp() + " em "
                + regra.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        contexto.close();
    }
}
