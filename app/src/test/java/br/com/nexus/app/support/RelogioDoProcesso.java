package br.com.nexus.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * The wall clock of a child process and of everything it starts (its embedded PostgreSQL too), moved
 * forward by the test: libfaketime, preloaded, adds the offset written in a file to every reading of
 * the real time. Monotonic time is left alone, so timeouts and sleeps inside the process still last
 * what they say; the calendar jumps, as days passing would make it.
 */
final class RelogioDoProcesso {

    private static final Path BIBLIOTECA = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1");

    private final Path arquivo;
    private Duration avanco = Duration.ZERO;

    RelogioDoProcesso(Path diretorio) {
        assertThat(BIBLIOTECA).as("libfaketime (pacote Debian libfaketime, instalado por ./test.sh)").exists();
        this.arquivo = diretorio.resolve("relogio");
        escrever();
    }

    /** What the child process needs in its environment for its clock to follow this one. */
    Map<String, String> ambiente() {
        return Map.of("LD_PRELOAD", BIBLIOTECA.toString(),
                "FAKETIME_TIMESTAMP_FILE", arquivo.toString(),
                "FAKETIME_CACHE_DURATION", "1",
                "FAKETIME_DONT_FAKE_MONOTONIC", "1",
                // Left on, timed waits of the JVM on monotonic condition variables return at once.
                "FAKETIME_FORCE_MONOTONIC_FIX", "0");
    }

    /** Moves the process's calendar {@code quanto} further ahead of the real one (seen within a second). */
    void avancar(Duration quanto) {
        avanco = avanco.plus(quanto);
        escrever();
    }

    Duration avanco() {
        return avanco;
    }

    private void escrever() {
        try {
            Path temporario = arquivo.resolveSibling("relogio.novo");
            Files.writeString(temporario, "+" + avanco.toSeconds() + "\n");
            Files.move(temporario, arquivo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
