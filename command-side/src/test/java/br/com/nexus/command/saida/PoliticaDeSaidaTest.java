package br.com.nexus.command.saida;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.command.whatsapp.evolution.EvolutionClient;
import br.com.nexus.command.whatsapp.evolution.FalhaEvolution;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoliticaDeSaidaTest {

    private static final Set<String> ASAAS = Set.of("api.asaas.com");

    private final PoliticaDeSaida estrita = PoliticaDeSaida.estrita();

    private static void recusada(Runnable chamada) {
        assertThatThrownBy(chamada::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.REGRA_VIOLADA);
            assertThat(e.code()).isEqualTo("URL_NAO_PERMITIDA");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:8080/", "https://localhost/", "https://[::1]/", "https://10.1.2.3/",
            "https://169.254.169.254/latest/meta-data/", "https://[::ffff:127.0.0.1]/", "https://[fe80::1]/",
            "https://[fd00::1]/", "https://0.0.0.0/", "https://2130706433/", "https://0x7f000001/", "https://127.1/",
            "https://100.64.0.1/", "https://192.168.1.10/", "https://172.20.0.2/", "http://8.8.8.8/",
            "https://usuario@8.8.8.8/", "gopher://8.8.8.8/", "file:///etc/passwd", "/relativa", "https://"})
    void servidorEmEnderecoInternoOuSemHttpsEhRecusado(String url) {
        recusada(() -> estrita.servidor(url, "servidorUrl"));
    }

    @Test
    void servidorPublicoPorHttpsEhAceito() {
        assertThat(estrita.servidor("https://8.8.8.8:8080/evolution", "servidorUrl"))
                .isEqualTo(URI.create("https://8.8.8.8:8080/evolution"));
        assertThatCode(() -> estrita.servidor("https://[2001:4860:4860::8888]/", "servidorUrl"))
                .doesNotThrowAnyException();
    }

    @Test
    void hostQueNaoResolveEhRecusado() {
        recusada(() -> estrita.servidor("https://nao-existe.invalid/", "servidorUrl"));
    }

    @Test
    void operadorPodeLiberarHttpEnderecosPrivadosOuUmHost() {
        PoliticaDeSaida local = new PoliticaDeSaida(new SaidaProperties(true, true, List.of()));
        assertThatCode(() -> local.servidor("http://127.0.0.1:8080/", "servidorUrl")).doesNotThrowAnyException();

        PoliticaDeSaida umHost = new PoliticaDeSaida(new SaidaProperties(false, false, List.of("Evolution.Interna.")));
        assertThatCode(() -> umHost.servidor("https://evolution.interna/", "servidorUrl")).doesNotThrowAnyException();
        assertThatCode(() -> umHost.provedor("https://evolution.interna/v3", ASAAS, "baseUrl"))
                .doesNotThrowAnyException();
        recusada(() -> umHost.servidor("https://127.0.0.1/", "servidorUrl"));
        recusada(() -> umHost.servidor("http://evolution.interna/", "servidorUrl"));
    }

    @Test
    void provedorSoNosSeusHosts() {
        assertThatCode(() -> estrita.provedor("https://api.asaas.com/v3", ASAAS, "baseUrl")).doesNotThrowAnyException();
        for (String url : List.of("https://127.0.0.1/v3", "https://api.asaas.com.evil.io/v3", "https://evilapi.asaas.com/",
                "http://api.asaas.com/v3", "https://api.asaas.com@127.0.0.1/v3")) {
            recusada(() -> estrita.provedor(url, ASAAS, "baseUrl"));
        }
    }

    /** The whole point: a listener on loopback must not even see a connection. */
    @Test
    void evolutionApontadaParaLoopbackNaoRecebeNenhumaConexao() throws Exception {
        PoliticaDeSaida soHttp = new PoliticaDeSaida(new SaidaProperties(false, true, List.of()));
        try (ServerSocket ouvinte = new ServerSocket(0)) {
            ouvinte.setSoTimeout(300);
            EvolutionClient client = new EvolutionClient(EvolutionClient.http(Duration.ofSeconds(1)),
                    new ObjectMapper(), Duration.ofSeconds(1), soHttp);
            for (String servidor : List.of("http://127.0.0.1:", "http://localhost:", "http://[::ffff:127.0.0.1]:",
                    "http://2130706433:")) {
                ConexaoEvolution conexao = new ConexaoEvolution(URI.create(servidor + ouvinte.getLocalPort()),
                        "cobranca01", "token-da-instancia");

                assertThatThrownBy(() -> client.estado(conexao)).as(servidor)
                        .isInstanceOfSatisfying(FalhaEvolution.class,
                                e -> assertThat(e.tipo()).isEqualTo(FalhaEvolution.Tipo.REJEITADA));
            }
            assertThatThrownBy(ouvinte::accept).as("nenhuma conexão chegou").isInstanceOf(SocketTimeoutException.class);
        }
    }
}
