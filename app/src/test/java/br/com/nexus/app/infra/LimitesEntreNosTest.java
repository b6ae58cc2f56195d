package br.com.nexus.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.NexusApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database share the login limit: five failed logins of one account from one
 * address in all, whichever node took them, and both nodes refuse the sixth.
 */
class LimitesEntreNosTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ENDERECO = "203.0.113.9";

    @Test
    void cincoFalhasSomadasEntreOsNosTrancamAContaNosDois() throws Exception {
        try (EmbeddedPostgres banco = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext primeiro = no(banco);
                ConfigurableApplicationContext segundo = no(banco)) {
            int a = porta(primeiro);
            int b = porta(segundo);

            assertThat(new int[] {entrar(a), entrar(b), entrar(a), entrar(b), entrar(a)})
                    .containsOnly(401);
            HttpResponse<String> recusa = tentar(b);

            assertThat(recusa.statusCode()).as(recusa.body()).isEqualTo(429);
            assertThat(recusa.body()).contains("MUITAS_TENTATIVAS");
            assertThat(recusa.headers().firstValue("Retry-After")).isPresent();
            assertThat(entrar(a)).isEqualTo(429);
        }
    }

    private static ConfigurableApplicationContext no(EmbeddedPostgres banco) {
        return new SpringApplicationBuilder(NexusApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.datasource.url=" + banco.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres");
    }

    private static int porta(ConfigurableApplicationContext contexto) {
        return Integer.parseInt(contexto.getEnvironment().getProperty("local.server.port"));
    }

    private static int entrar(int porta) throws Exception {
        return tentar(porta).statusCode();
    }

    private static HttpResponse<String> tentar(int porta) throws Exception {
        HttpRequest pedido = HttpRequest.newBuilder(URI.create("http://localhost:" + porta + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", ENDERECO)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"dona@clinica.test\",\"senha\":\"uma-senha-errada\"}"))
                .build();
        return HTTP.send(pedido, HttpResponse.BodyHandlers.ofString());
    }
}
