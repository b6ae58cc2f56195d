package br.com.nexus.command.portal.navegador;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Which Chromium to drive and with which switches; no browser is ever downloaded. */
public record ConfiguracaoNavegador(Path chromium, List<String> argumentos) {

    /** Headless, without sandbox (containers run it as root) and without calls home. */
    public static final List<String> ARGUMENTOS_PADRAO = List.of("--no-sandbox", "--headless", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");

    public ConfiguracaoNavegador {
        Objects.requireNonNull(chromium, "chromium");
        argumentos = argumentos == null ? ARGUMENTOS_PADRAO : List.copyOf(argumentos);
    }

    public static ConfiguracaoNavegador padrao(Path chromium) {
        return new ConfiguracaoNavegador(chromium, ARGUMENTOS_PADRAO);
    }
}
