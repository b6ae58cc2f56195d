package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.pagamento.provedor.FalhaNoProvedor;
import br.com.nexus.command.pagamento.provedor.JsonDoProvedor;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Asaas REST v3 (PROTOCOLS.md §2.1): headers {@code access_token} and {@code User-Agent} on every
 * call, GETs without a body. Timeouts, 429 and 5xx are retried with exponential backoff and jitter
 * and counted by a circuit breaker per tenant; a 400 is Asaas refusing what we asked (422 for our
 * caller), a 401/403 a key Asaas does not accept (502). Creating a charge is not idempotent at
 * Asaas, so a retry first looks the charge up by its externalReference.
 */
public class AsaasClient {

    private static final Logger log = LoggerFactory.getLogger(AsaasClient.class);
    public static final String USER_AGENT = "NexusCobranca/1.0";
    private static final int CORPO_DE_ERRO_MAXIMO = 300;
    public static final int LIMITE_DA_PAGINA = 100;

    private final HttpClient http;
    private final Duration tempoLimite;
    private final RetryConfig novasTentativas;
    private final CircuitBreakerRegistry circuitos;

    public AsaasClient(Duration tempoLimite, int tentativas, Duration primeiraEspera) {
        this(HttpClient.newBuilder().connectTimeout(tempoLimite).followRedirects(HttpClient.Redirect.NEVER).build(),
                tempoLimite, tentativas, primeiraEspera,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(30))
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .recordException(Transitoria.class::isInstance)
                        .build());
    }

    public AsaasClient(HttpClient http, Duration tempoLimite, int tentativas, Duration primeiraEspera,
            CircuitBreakerConfig circuito) {
        this.http = http;
        this.tempoLimite = tempoLimite;
        this.novasTentativas = RetryConfig.custom()
                .maxAttempts(tentativas)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(primeiraEspera, 2.0, 0.5))
                .retryOnException(Transitoria.class::isInstance)
                .build();
        this.circuitos = CircuitBreakerRegistry.of(circuito);
    }

    /** Where and as whom to call Asaas; {@code circuito} names the circuit breaker (one per tenant). */
    public record Acesso(String baseUrl, String apiKey, String circuito) {

        @Override
        public String toString() {
            return "Acesso[" + baseUrl + ", circuito " + circuito + "]";
        }
    }

    /** What we ask Asaas to charge; {@code externalReference} is our Pagamento id. */
    public record NovaCobranca(String customer, String billingType, Dinheiro valor, LocalDate dueDate,
                               String description, String externalReference) {
    }

    public record CobrancaAsaas(String id, String status, String invoiceUrl, String bankSlipUrl) {
    }

    public record LinhaDigitavelAsaas(String identificationField, String nossoNumero, String barCode) {
    }

    /** The customer with this CPF/CNPJ, created when Asaas has none (Asaas itself accepts duplicates). */
    public String clienteDe(Acesso acesso, String nome, String cpfCnpj, String externalReference) {
        return resiliente(acesso, () -> {
            JsonNode lista = ler(chamar(acesso, "GET", "/customers?cpfCnpj=" + codificar(cpfCnpj), null));
            for (JsonNode cliente : lista.path("data")) {
                String id = JsonDoProvedor.texto(cliente, "id");
                if (id != null && !cliente.path("deleted").asBoolean(false)) {
                    return id;
                }
            }
            ObjectNode corpo = JsonDoProvedor.mapper().createObjectNode()
                    .put("name", nome)
                    .put("cpfCnpj", cpfCnpj)
                    .put("externalReference", externalReference);
            return exigir(JsonDoProvedor.texto(ler(chamar(acesso, "POST", "/customers", corpo.toString())), "id"),
                    "id do cliente");
        });
    }

    public CobrancaAsaas criarCobranca(Acesso acesso, NovaCobranca nova) {
        ObjectNode corpo = JsonDoProvedor.mapper().createObjectNode()
                .put("customer", nova.customer())
                .put("billingType", nova.billingType())
                .put("value", nova.valor().reais())
                .put("dueDate", nova.dueDate().toString())
                .put("externalReference", nova.externalReference());
        if (nova.description() != null) {
            corpo.put("description", nova.description());
        }
        AtomicInteger tentativa = new AtomicInteger();
        return resiliente(acesso, () -> {
            // The previous attempt may have created the charge and lost only the answer.
            if (tentativa.getAndIncrement() > 0) {
                Optional<CobrancaAsaas> criada = cobrancaPorReferencia(acesso, nova.externalReference());
                if (criada.isPresent()) {
                    return criada.get();
                }
            }
            return cobranca(ler(chamar(acesso, "POST", "/payments", corpo.toString())));
        });
    }

    /** Linha digitável and barcode of a BOLETO charge; they change whenever the charge changes. */
    public LinhaDigitavelAsaas linhaDigitavel(Acesso acesso, String cobrancaId) {
        return resiliente(acesso, () -> {
            JsonNode no = ler(chamar(acesso, "GET", "/payments/" + codificar(cobrancaId) + "/identificationField", null));
            return new LinhaDigitavelAsaas(exigir(JsonDoProvedor.texto(no, "identificationField"), "identificationField"),
                    JsonDoProvedor.texto(no, "nossoNumero"), exigir(JsonDoProvedor.texto(no, "barCode"), "barCode"));
        });
    }

    /**
     * {@code GET /payments/{id}}: the charge as Asaas has it now, or empty when Asaas does not know
     * it (in this account). How a webhook's claim is confirmed before it moves money.
     */
    public Optional<JsonNode> consultarCobranca(Acesso acesso, String cobrancaId) {
        return resiliente(acesso, () -> cobrancaPorId(acesso, cobrancaId));
    }

    /** One page of a {@code GET /payments} listing. */
    public record PaginaDeCobrancas(List<JsonNode> cobrancas, boolean temMais) {
    }

    /**
     * {@code GET /payments} with {@code filtros} (dueDate[ge], status, …), 100 charges from
     * {@code offset}. Made for periodic reconciliation, so a 429 is not retried: it is thrown as
     * {@link AsaasPediuEspera} with Asaas's Retry-After, and the caller stops asking.
     */
    public PaginaDeCobrancas listarCobrancas(Acesso acesso, Map<String, String> filtros, int offset) {
        StringBuilder caminho = new StringBuilder("/payments?");
        filtros.forEach((nome, valor) -> caminho.append(codificar(nome)).append('=').append(codificar(valor)).append('&'));
        caminho.append("limit=").append(LIMITE_DA_PAGINA).append("&offset=").append(offset);
        JsonNode lista = semInsistir(acesso, () -> ler(chamar(acesso, "GET", caminho.toString(), null)));
        List<JsonNode> cobrancas = new ArrayList<>();
        lista.path("data").forEach(cobrancas::add);
        return new PaginaDeCobrancas(cobrancas, lista.path("hasMore").asBoolean(false));
    }

    /** {@link #consultarCobranca} for reconciliation: a 429 is not retried, as in {@link #listarCobrancas}. */
    public Optional<JsonNode> consultarCobrancaSemInsistir(Acesso acesso, String cobrancaId) {
        return semInsistir(acesso, () -> cobrancaPorId(acesso, cobrancaId));
    }

    private Optional<JsonNode> cobrancaPorId(Acesso acesso, String cobrancaId) {
        try {
            return Optional.of(ler(chamar(acesso, "GET", "/payments/" + codificar(cobrancaId), null)));
        } catch (NaoEncontradoNoAsaas e) {
            return Optional.empty();
        }
    }

    private <T> T semInsistir(Acesso acesso, Supplier<T> chamada) {
        CircuitBreaker circuito = circuitos.circuitBreaker("asaas-" + acesso.circuito());
        try {
            return CircuitBreaker.decorateSupplier(circuito, chamada).get();
        } catch (CallNotPermittedException e) {
            throw new FalhaNoProvedor(HttpStatus.SERVICE_UNAVAILABLE, "ASAAS_INDISPONIVEL",
                    "O Asaas vem falhando seguidamente; novas chamadas ficam suspensas por alguns segundos", e);
        } catch (Limitado e) {
            throw new AsaasPediuEspera(e.espera);
        } catch (Transitoria e) {
            throw new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "ASAAS_INDISPONIVEL",
                    "Não foi possível falar com o Asaas agora; tente novamente em instantes", e);
        }
    }

    public void removerCobranca(Acesso acesso, String cobrancaId) {
        resiliente(acesso, () -> chamar(acesso, "DELETE", "/payments/" + codificar(cobrancaId), null));
    }

    private Optional<CobrancaAsaas> cobrancaPorReferencia(Acesso acesso, String externalReference) {
        JsonNode lista = ler(chamar(acesso, "GET", "/payments?externalReference=" + codificar(externalReference), null));
        for (JsonNode cobranca : lista.path("data")) {
            if (!cobranca.path("deleted").asBoolean(false) && JsonDoProvedor.texto(cobranca, "id") != null) {
                return Optional.of(cobranca(cobranca));
            }
        }
        return Optional.empty();
    }

    private static CobrancaAsaas cobranca(JsonNode no) {
        return new CobrancaAsaas(exigir(JsonDoProvedor.texto(no, "id"), "id da cobrança"),
                JsonDoProvedor.texto(no, "status"), JsonDoProvedor.texto(no, "invoiceUrl"),
                JsonDoProvedor.texto(no, "bankSlipUrl"));
    }

    private <T> T resiliente(Acesso acesso, Supplier<T> chamada) {
        CircuitBreaker circuito = circuitos.circuitBreaker("asaas-" + acesso.circuito());
        Retry retry = Retry.of("asaas-" + acesso.circuito(), novasTentativas);
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuito, chamada)).get();
        } catch (CallNotPermittedException e) {
            throw new FalhaNoProvedor(HttpStatus.SERVICE_UNAVAILABLE, "ASAAS_INDISPONIVEL",
                    "O Asaas vem falhando seguidamente; novas chamadas ficam suspensas por alguns segundos", e);
        } catch (Transitoria e) {
            log.warn("Asaas did not answer ({})", e.getMessage());
            throw new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "ASAAS_INDISPONIVEL",
                    "Não foi possível falar com o Asaas agora; tente novamente em instantes", e);
        }
    }

    private String chamar(Acesso acesso, String metodo, String caminho, String corpo) {
        HttpRequest.Builder pedido = HttpRequest.newBuilder(uri(acesso.baseUrl(), caminho))
                .timeout(tempoLimite)
                .header("access_token", acesso.apiKey())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
        if ("GET".equals(metodo)) {
            // Asaas may answer 403 to a GET that carries a body.
            pedido.GET();
        } else if (corpo == null) {
            pedido.method(metodo, HttpRequest.BodyPublishers.noBody());
        } else {
            pedido.header("Content-Type", "application/json")
                    .method(metodo, HttpRequest.BodyPublishers.ofString(corpo, StandardCharsets.UTF_8));
        }
        HttpResponse<String> resposta;
        try {
            resposta = http.send(pedido.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Transitoria(metodo + " " + semConsulta(caminho) + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Transitoria("interrompido", e);
        }
        int status = resposta.statusCode();
        if (status >= 200 && status < 300) {
            return resposta.body();
        }
        if (status == 429) {
            throw new Limitado("HTTP 429 em " + metodo + " " + semConsulta(caminho),
                    esperaPedida(resposta.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status >= 500) {
            throw new Transitoria("HTTP " + status + " em " + metodo + " " + semConsulta(caminho), null);
        }
        if (status == 401 || status == 403) {
            throw new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "ASAAS_CREDENCIAL_RECUSADA",
                    "O Asaas recusou a chave de API (HTTP " + status + "); um administrador deve revisá-la em "
                            + "PUT /api/integracoes/asaas");
        }
        if (status == 404) {
            throw new NaoEncontradoNoAsaas(metodo + " " + semConsulta(caminho));
        }
        if (status == 400) {
            throw DomainException.regraViolada("ASAAS_RECUSOU", "O Asaas recusou o pedido: " + erros(resposta.body()));
        }
        throw new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "ASAAS_RESPOSTA_INESPERADA",
                "O Asaas respondeu HTTP " + status + " a " + metodo + " " + semConsulta(caminho));
    }

    /** The descriptions of Asaas's {@code {"errors":[{"code","description"}]}}. */
    private static String erros(String corpo) {
        List<String> descricoes = new ArrayList<>();
        try {
            JsonNode no = JsonDoProvedor.mapper().readTree(corpo == null ? "" : corpo);
            for (JsonNode erro : no == null ? JsonDoProvedor.mapper().createArrayNode() : no.path("errors")) {
                String descricao = JsonDoProvedor.texto(erro, "description");
                descricoes.add(descricao != null ? descricao : String.valueOf(JsonDoProvedor.texto(erro, "code")));
            }
        } catch (JsonProcessingException e) {
            descricoes.clear();
        }
        // Only what Asaas's error format says: a body in any other shape is never passed on to our caller.
        if (descricoes.isEmpty()) {
            return "sem detalhes";
        }
        String juntas = String.join("; ", descricoes);
        return juntas.length() <= CORPO_DE_ERRO_MAXIMO ? juntas : juntas.substring(0, CORPO_DE_ERRO_MAXIMO) + "…";
    }

    private static JsonNode ler(String corpo) {
        try {
            JsonNode no = JsonDoProvedor.mapper().readTree(corpo == null ? "" : corpo);
            if (no == null || !no.isObject()) {
                throw inesperada("corpo não é um objeto JSON");
            }
            return no;
        } catch (JsonProcessingException e) {
            throw inesperada("JSON malformado");
        }
    }

    private static String exigir(String valor, String oQue) {
        if (valor == null) {
            throw inesperada("resposta sem " + oQue);
        }
        return valor;
    }

    private static FalhaNoProvedor inesperada(String motivo) {
        return new FalhaNoProvedor(HttpStatus.BAD_GATEWAY, "ASAAS_RESPOSTA_INESPERADA",
                "Resposta inesperada do Asaas: " + motivo);
    }

    private static URI uri(String baseUrl, String caminho) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + caminho);
    }

    private static String semConsulta(String caminho) {
        int consulta = caminho.indexOf('?');
        return consulta < 0 ? caminho : caminho.substring(0, consulta);
    }

    private static String codificar(String valor) {
        return URLEncoder.encode(valor, StandardCharsets.UTF_8);
    }

    /** 404: Asaas does not know what was asked for. */
    static final class NaoEncontradoNoAsaas extends FalhaNoProvedor {

        NaoEncontradoNoAsaas(String chamada) {
            super(HttpStatus.BAD_GATEWAY, "ASAAS_RESPOSTA_INESPERADA", "O Asaas respondeu HTTP 404 a " + chamada);
        }
    }

    /** Asaas answered 429: too many requests under this key. */
    public static final class AsaasPediuEspera extends FalhaNoProvedor {

        private final Duration espera;

        AsaasPediuEspera(Duration espera) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "ASAAS_LIMITE_DE_REQUISICOES",
                    "O Asaas pediu uma pausa nas consultas (HTTP 429)");
            this.espera = espera;
        }

        /** Asaas's Retry-After; empty when it gave none (or gave an HTTP date). */
        public Optional<Duration> espera() {
            return Optional.ofNullable(espera);
        }
    }

    /** Retry-After in seconds (Asaas's form); null for an HTTP date or nothing. */
    private static Duration esperaPedida(String retryAfter) {
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip())));
            } catch (NumberFormatException e) {
                // an HTTP date: the caller's own default is good enough for a task that runs a few times a day
            }
        }
        return null;
    }

    /** A 429: retried like other transient failures, except where the caller would rather stop. */
    static final class Limitado extends Transitoria {

        private final Duration espera;

        Limitado(String mensagem, Duration espera) {
            super(mensagem, null);
            this.espera = espera;
        }
    }

    /** A failure that may pass: timeouts, connection errors, 429 and 5xx. */
    static class Transitoria extends RuntimeException {

        Transitoria(String mensagem, Throwable causa) {
            super(mensagem, causa);
        }
    }
}
