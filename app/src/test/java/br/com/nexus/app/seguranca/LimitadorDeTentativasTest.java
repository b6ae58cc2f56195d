package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitadorDeTentativasTest {

    private final RelogioFalso relogio = new RelogioFalso();
    private final LimitadorDeTentativas limitador = new LimitadorDeTentativas(
            new SegurancaProperties.LimitesDeLogin(20, Duration.ofMinutes(1), 5, Duration.ofMinutes(15),
                    List.of("127.0.0.1")),
            new ArmazemEmMemoria(relogio));

    @Test
    void vigesimaPrimeiraTentativaDoMesmoEnderecoNoMesmoMinutoRecebe429() {
        for (int i = 0; i < 20; i++) {
            limitador.tentativaDoEndereco("10.0.0.1");
        }

        assertThatThrownBy(() -> limitador.tentativaDoEndereco("10.0.0.1"))
                .isInstanceOfSatisfying(RecusaDeAcesso.class, e -> {
                    assertThat(e.status().value()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("MUITAS_TENTATIVAS");
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
                });
        assertThatCode(() -> limitador.tentativaDoEndereco("10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void enderecoVoltaATerTentativasComOTempo() {
        for (int i = 0; i < 20; i++) {
            limitador.tentativaDoEndereco("10.0.0.1");
        }

        relogio.avancar(Duration.ofSeconds(3));

        assertThatCode(() -> limitador.tentativaDoEndereco("10.0.0.1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limitador.tentativaDoEndereco("10.0.0.1")).isInstanceOf(RecusaDeAcesso.class);
    }

    @Test
    void enderecoIsentoNuncaEBarrado() {
        for (int i = 0; i < 1000; i++) {
            limitador.tentativaDoEndereco("127.0.0.1");
        }

        assertThatCode(() -> limitador.tentativaDoEndereco("127.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void sextaFalhaDaContaRecebe429QualquerQueSejaACaixaDoEmail() {
        for (int i = 0; i < 5; i++) {
            limitador.reservarFalhaDaConta("maria@clinica.test", "10.0.0.7");
        }

        assertThatThrownBy(() -> limitador.reservarFalhaDaConta(" MARIA@Clinica.test", "10.0.0.7"))
                .isInstanceOfSatisfying(RecusaDeAcesso.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThatCode(() -> limitador.reservarFalhaDaConta("joao@clinica.test", "10.0.0.7")).doesNotThrowAnyException();
    }

    @Test
    void sucessoDevolveTodasAsTentativasDaConta() {
        for (int i = 0; i < 4; i++) {
            limitador.reservarFalhaDaConta("maria@clinica.test", "10.0.0.7");
        }

        limitador.sucessoDaConta("maria@clinica.test", "10.0.0.7");

        for (int i = 0; i < 5; i++) {
            limitador.reservarFalhaDaConta("maria@clinica.test", "10.0.0.7");
        }
        assertThatThrownBy(() -> limitador.reservarFalhaDaConta("maria@clinica.test", "10.0.0.7"))
                .isInstanceOf(RecusaDeAcesso.class);
    }

    @Test
    void asFalhasDeUmEnderecoNaoBloqueiamAContaEmOutro() {
        for (int i = 0; i < 5; i++) {
            limitador.reservarFalhaDaConta("maria@clinica.test", "203.0.113.9");
        }

        assertThatThrownBy(() -> limitador.reservarFalhaDaConta("maria@clinica.test", "203.0.113.9"))
                .isInstanceOf(RecusaDeAcesso.class);
        assertThatCode(() -> limitador.reservarFalhaDaConta("maria@clinica.test", "10.0.0.7"))
                .doesNotThrowAnyException();
    }

    @Test
    void contaBloqueadaVoltaDepoisDaJanela() {
        for (int i = 0; i < 5; i++) {
            limitador.reservarFalhaDaConta("maria@clinica.test", "10.0.0.7");
        }

        relogio.avancar(Duration.ofMinutes(15));

        for (int i = 0; i < 5; i++) {
            limitador.reservarFalhaDaConta("maria@clinica.test", "10.0.0.7");
        }
    }

    @Test
    void baldesCheiosSaoDescartadosQuandoHaChavesDemais() {
        ArmazemEmMemoria armazem = new ArmazemEmMemoria(relogio);
        Baldes baldes = new Baldes("teste", 2, Duration.ofMinutes(1), armazem);
        for (int i = 0; i < 10_000; i++) {
            baldes.consumir("conta-" + i);
        }
        relogio.avancar(Duration.ofMinutes(1));

        baldes.consumir("mais-uma");

        assertThat(armazem.tamanho()).isEqualTo(1);
    }
}
