package br.com.nexus.app.demo.simulador;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A simulator calling one of our webhooks, as the real service would from outside. Anything but
 * the expected answer throws, so the db-scheduler task that called retries later.
 */
@Component
@Profile("demo")
public class ChamadaDeWebhook {

    private static final Duration TEMPO_LIMITE = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TEMPO_LIMITE).build();
    private final EnderecoLocal endereco;

    ChamadaDeWebhook(EnderecoLocal endereco) {
        this.endereco = endereco;
    }

    /** POSTs {@code json} to {@code caminho} of this application and returns the status, when a 2xx. */
    public int postar(String caminho, Map<String, String> cabecalhos, String json) {
        HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create(endereco.url(caminho)))
                .timeout(TEMPO_LIMITE)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Nexus-Simulador")
                .header(Simulado.CABECALHO, "true")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        cabecalhos.forEach(pedido::header);
        try {
            int status = http.send(pedido.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                throw new IllegalStateException("Webhook " + caminho + " answered HTTP " + status);
            }
            return status;
        } catch (IOException e) {
            throw new IllegalStateException("Webhook " + caminho + " unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Webhook " + caminho + " interrupted", e);
        }
    }
}
