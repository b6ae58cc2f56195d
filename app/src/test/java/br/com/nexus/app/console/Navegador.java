package br.com.nexus.app.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Chromium for the console's tests, Debian's own (as the portal downloads use), closed after them
 * (closed from a shutdown hook instead, Playwright's driver keeps the JVM from exiting); each test opens
 * its own context, so cookies and sessions never leak between tests.
 */
final class Navegador {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NEXUS_CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser navegador;

    private Navegador() {
    }

    static synchronized Browser compartilhado() {
        if (navegador == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Chromium não encontrado em " + CHROMIUM
                        + "; instale-o (apt-get install chromium) ou aponte NEXUS_CHROMIUM para ele");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            navegador = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
        }
        return navegador;
    }

    static synchronized void fechar() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            navegador = null;
        }
    }
}
