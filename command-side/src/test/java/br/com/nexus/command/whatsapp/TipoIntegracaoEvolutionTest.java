package br.com.nexus.command.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.saida.PoliticaDeSaida;
import br.com.nexus.command.saida.SaidaProperties;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TipoIntegracaoEvolutionTest {

    private static final Map<String, String> SEGREDOS = Map.of("apiKey", "token-da-instancia");

    private static Map<String, String> servidor(String url) {
        return Map.of("servidorUrl", url, "instancia", "cobranca01");
    }

    @Test
    void servidorInternoOuSemHttpsEhRecusadoAoSalvar() {
        TipoIntegracaoEvolution evolution = new TipoIntegracaoEvolution(PoliticaDeSaida.estrita());

        for (String url : List.of("http://127.0.0.1:8080", "https://127.0.0.1:8080", "https://169.254.169.254/",
                "https://localhost:8080", "https://[::1]:8080", "https://10.0.0.5", "http://8.8.8.8:8080")) {
            assertThatThrownBy(() -> evolution.validar(servidor(url), SEGREDOS)).as(url)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.REGRA_VIOLADA);
                        assertThat(e.code()).isEqualTo("URL_NAO_PERMITIDA");
                    });
        }
        assertThatCode(() -> evolution.validar(servidor("https://8.8.8.8:8080"), SEGREDOS)).doesNotThrowAnyException();
    }

    @Test
    void instalacaoQueLiberaEnderecosPrivadosAceitaUmaEvolutionLocal() {
        TipoIntegracaoEvolution evolution = new TipoIntegracaoEvolution(new PoliticaDeSaida(
                new SaidaProperties(true, true, List.of())));

        assertThatCode(() -> evolution.validar(servidor("http://127.0.0.1:8080"), SEGREDOS)).doesNotThrowAnyException();
    }
}
