package br.com.nexus.command.pagamento.provedor.efi;

import br.com.nexus.command.pagamento.provedor.FalhaNoProvedor;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The part of Efí's PIX API (Banco Central's PIX API, PROTOCOLS.md §2.1) the server uses: an OAuth2
 * client-credentials token ({@code POST /oauth/token}) and a received PIX read back by its
 * end-to-end id ({@code GET /v2/pix/{e2eId}}). Redirects are not followed. Failures are
 * {@link FalhaNoProvedor}s whose detail never quotes what the other side answered.
 */
public class EfiClient {

    private static final Logger log = LoggerFactory.getLogger(EfiClient.class);

    private final HttpClient http;
    private final Duration tempoLimite;

    public EfiClient(Duration tempoLimite) {
        this(HttpClient.newBuilder().connectTimeout(tempoLimite).followRedirects(HttpClient.Redirect.NEVER).build(),
                tempoLimite);
    }

    EfiClient(HttpClient http, Duration tempoLimite) {
        this.http = http;
        this.tempoLimite = tempoLimite;
    }

    /** Where and as whom to call Efí; {@code tls} presents the client certificate (null: none). */
    public record Acesso(String baseUrl, String clientId, String clientSecret, SSLContext tls) {

        @Override
        public String toString() {
            return "Acesso[" + baseUrl + "]";
        }
    }

    /** The PIX as Efí has it, or empty when Efí does not know it (in this account). */
    public Optional<JsonNode> pix(Acesso acesso, String endToEndId) {
        HttpClient cliente = acesso.tls() == null ? http : HttpClient.newBuilder().connectTimeout(tempoLimite)
                .followRedirects(HttpClient.Redirect.NEVER).sslContext(acesso.tls()).build();
        String token = token(cliente, acesso);
        HttpResponse<String> resposta = enviar(cliente, HttpRequest.newBuilder(uri(acesso, "/v2/pix/"
                        + URLEncoder.encode(endToEndId, StandardCharsets.UTF_8)))
                .timeout(tempoLimite)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET().build(), "GET /v2/pix");
        if (resposta.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(objeto(aceita(resposta, "GET /v2/pix")));
    }

    private String token(HttpClient cliente, Acesso acesso) {
        String basico = Base64.getEncoder().encodeToString((acesso.clientId() + ":" + acesso.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> resposta = enviar(cliente, HttpRequest.newBuilder(uri(acesso, "/oauth/token"))
                .timeout(tempoLimite)
                .header("Authorization", "Basic " + basico)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}"))
                .build(), "POST /oauth/token");
        String token = JsonDoProvedor.texto(objeto(aceita(resposta, "POST /oauth/token")), "access_token");
        if (token == null) {
            throw inesperada("token sem access_token");
        }
        return token;
    }

    private static HttpResponse<String> enviar(HttpClient cliente, HttpRequest pedido, String chamada) {
        try {
            return cliente.send(pedido, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("Efí did not answer {}: {}", chamada, e.toString());
            throw indisponivel(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw indisponivel(e);
        }
    }

    private static String aceita(HttpResponse<String> resposta, String chamada) {
        int status = resposta.statusCode();
        if (status >= 200 && status < 300) {
            return resposta.body();
        }
        if (status == 401 || status == 403) {
            throw new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "EFI_CREDENCIAL_RECUSADA",
                    "A Efí recusou as credenciais (HTTP " + status + "); um administrador deve revisar clientId e "
                            + "clientSecret em PUT /api/integracoes/efi");
        }
        if (status == 429 || status >= 500) {
            log.warn("Efí answered HTTP {} to {}", status, chamada);
            throw indisponivel(null);
        }
        throw inesperada("HTTP " + status + " a " + chamada);
    }

    private static JsonNode objeto(String corpo) {
        try {
            JsonNode no = JsonDoProvedor.mapper().readTree(corpo == null ? "" : corpo);
            if (no == null || !no.isObject()) {
                throw inesperada("corpo não é um objeto JSON");
            }
            return no;
        } catch (IOException e) {
            throw inesperada("JSON malformado");
        }
    }

    private static URI uri(Acesso acesso, String caminho) {
        String base = acesso.baseUrl();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + caminho);
    }

    private static FalhaNoProvedor indisponivel(Throwable causa) {
        return new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "EFI_INDISPONIVEL",
                "Não foi possível falar com a Efí agora; tente novamente em instantes", causa);
    }

    private static FalhaNoProvedor inesperada(String motivo) {
        return new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "EFI_RESPOSTA_INESPERADA", "Resposta inesperada da Efí: " + motivo);
    }
}
