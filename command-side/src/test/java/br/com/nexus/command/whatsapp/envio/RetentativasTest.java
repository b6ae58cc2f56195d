package br.com.nexus.command.whatsapp.envio;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.whatsapp.RegrasDeRetentativa;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentativasTest {

    private static final Instant FALHA = Instant.parse("2026-03-10T13:00:00Z");
    private final RegrasDeRetentativa regras = new RegrasDeRetentativa(5, Duration.ofMinutes(1));

    @Test
    void esperaDobraACadaTentativa() {
        SorteioFixo semJitter = new SorteioFixo(0.5);

        assertThat(Retentativas.proxima(regras, 1, FALHA, semJitter)).isEqualTo(FALHA.plusSeconds(60));
        assertThat(Retentativas.proxima(regras, 2, FALHA, semJitter)).isEqualTo(FALHA.plusSeconds(120));
        assertThat(Retentativas.proxima(regras, 3, FALHA, semJitter)).isEqualTo(FALHA.plusSeconds(240));
        assertThat(Retentativas.proxima(regras, 4, FALHA, semJitter)).isEqualTo(FALHA.plusSeconds(480));
    }

    @Test
    void jitterVariaAteVintePorCentoParaCadaLado() {
        assertThat(Retentativas.proxima(regras, 2, FALHA, SorteioFixo.minimo())).isEqualTo(FALHA.plusSeconds(96));
        assertThat(Retentativas.proxima(regras, 2, FALHA, SorteioFixo.maximo()))
                .isBetween(FALHA.plusSeconds(143), FALHA.plusSeconds(144));
    }

    @Test
    void esperaTemTeto() {
        assertThat(Retentativas.proxima(new RegrasDeRetentativa(20, Duration.ofHours(1)), 15, FALHA,
                new SorteioFixo(0.5))).isEqualTo(FALHA.plus(Retentativas.TETO));
    }

    @Test
    void ultimaTentativaNaoDeixaOutra() {
        assertThat(Retentativas.restaTentativa(regras, 4)).isTrue();
        assertThat(Retentativas.restaTentativa(regras, 5)).isFalse();
    }
}
