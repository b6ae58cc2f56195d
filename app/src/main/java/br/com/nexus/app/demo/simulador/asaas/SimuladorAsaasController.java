package br.com.nexus.app.demo.simulador.asaas;

import br.com.nexus.app.demo.simulador.EnderecoLocal;
import br.com.nexus.app.demo.simulador.Simulado;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.asaas.AsaasIntegracao;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An Asaas account that answers as Asaas REST v3 (PROTOCOLS.md §2.1) the calls our
 * {@code AsaasClient} makes: customers, charges and their linha digitável. Every charge is paid a
 * few seconds after it is created ({@link AvisosDePagamento}). The {@code access_token} must be the
 * {@code apiKey} of a tenant's {@code asaas} integration; that tenant is the account.
 */
@Hidden
@RestController
@RequestMapping(SimuladorAsaasController.RAIZ)
@Profile("demo")
class SimuladorAsaasController {

    static final String RAIZ = Simulado.RAIZ + "/asaas/v3";
    private static final Logger log = LoggerFactory.getLogger(SimuladorAsaasController.class);
    private static final Set<String> FORMAS = Set.of("BOLETO", "PIX", "CREDIT_CARD", "UNDEFINED");

    private final CobrancasSimuladas cobrancas;
    private final AvisosDePagamento avisos;
    private final SchedulerClient agenda;
    private final IntegracaoRepository integracoes;
    private final EnderecoLocal endereco;
    private final ObjectMapper json;

    SimuladorAsaasController(CobrancasSimuladas cobrancas, AvisosDePagamento avisos, SchedulerClient agenda,
            IntegracaoRepository integracoes, EnderecoLocal endereco, ObjectMapper json) {
        this.cobrancas = cobrancas;
        this.avisos = avisos;
        this.agenda = agenda;
        this.integracoes = integracoes;
        this.endereco = endereco;
        this.json = json;
    }

    @GetMapping("/customers")
    ResponseEntity<JsonNode> clientes(@RequestHeader(name = "access_token", required = false) String chave,
            @RequestParam(required = false) String cpfCnpj) {
        return comConta(chave, conta -> ResponseEntity.ok(lista(cpfCnpj == null ? List.of()
                : cobrancas.clientesComDocumento(conta, cpfCnpj))));
    }

    @PostMapping("/customers")
    ResponseEntity<JsonNode> novoCliente(@RequestHeader(name = "access_token", required = false) String chave,
            @RequestBody JsonNode corpo) {
        return comConta(chave, conta -> {
            if (!corpo.path("name").isTextual() || !corpo.path("cpfCnpj").isTextual()) {
                return erro(HttpStatus.BAD_REQUEST, "invalid_object", "Informe name e cpfCnpj do cliente.");
            }
            ObjectNode cliente = cobrancas.novoCliente(conta, corpo.path("name").asText(),
                    corpo.path("cpfCnpj").asText(), corpo.path("externalReference").asText(null));
            log.info("SIMULADO Asaas: customer {} created", cliente.path("id").asText());
            return ResponseEntity.ok(cliente);
        });
    }

    @PostMapping("/payments")
    ResponseEntity<JsonNode> novaCobranca(@RequestHeader(name = "access_token", required = false) String chave,
            @RequestBody JsonNode corpo) {
        return comConta(chave, conta -> {
            if (!corpo.path("customer").isTextual() || !FORMAS.contains(corpo.path("billingType").asText())) {
                return erro(HttpStatus.BAD_REQUEST, "invalid_object", "Informe customer e um billingType válido.");
            }
            BigDecimal valor = corpo.path("value").isNumber() ? corpo.path("value").decimalValue() : null;
            if (valor == null || valor.signum() <= 0) {
                return erro(HttpStatus.BAD_REQUEST, "invalid_value", "O valor da cobrança deve ser maior que zero.");
            }
            Optional<LocalDate> vencimento = data(corpo.path("dueDate").asText(""));
            if (vencimento.isEmpty()) {
                return erro(HttpStatus.BAD_REQUEST, "invalid_dueDate", "Informe dueDate no formato AAAA-MM-DD.");
            }
            ObjectNode cobranca = cobrancas.novaCobranca(conta, corpo, valor, vencimento.get(), endereco.url(RAIZ));
            avisos.agendar(agenda, conta, cobranca);
            log.info("SIMULADO Asaas: {} charge {} of R$ {} created; it will be paid in a few seconds",
                    cobranca.path("billingType").asText(), cobranca.path("id").asText(), valor);
            return ResponseEntity.ok(cobranca);
        });
    }

    @GetMapping("/payments")
    ResponseEntity<JsonNode> cobrancasPorReferencia(
            @RequestHeader(name = "access_token", required = false) String chave,
            @RequestParam(required = false) String externalReference) {
        return comConta(chave, conta -> ResponseEntity.ok(lista(externalReference == null ? List.of()
                : cobrancas.cobrancasComReferencia(conta, externalReference))));
    }

    @GetMapping("/payments/{id}")
    ResponseEntity<JsonNode> cobranca(@RequestHeader(name = "access_token", required = false) String chave,
            @PathVariable String id) {
        return comConta(chave, conta -> cobrancas.cobranca(conta, id).<ResponseEntity<JsonNode>>map(ResponseEntity::ok)
                .orElseGet(() -> naoEncontrada(id)));
    }

    @GetMapping("/payments/{id}/identificationField")
    ResponseEntity<JsonNode> linhaDigitavel(@RequestHeader(name = "access_token", required = false) String chave,
            @PathVariable String id) {
        return comConta(chave, conta -> cobrancas.linhaDigitavel(conta, id)
                .<ResponseEntity<JsonNode>>map(l -> ResponseEntity.ok(json.createObjectNode()
                        .put("identificationField", l.identificationField())
                        .put("nossoNumero", l.nossoNumero())
                        .put("barCode", l.barCode())
                        .put(Simulado.CAMPO, true)))
                .orElseGet(() -> naoEncontrada(id)));
    }

    @DeleteMapping("/payments/{id}")
    ResponseEntity<JsonNode> remover(@RequestHeader(name = "access_token", required = false) String chave,
            @PathVariable String id) {
        return comConta(chave, conta -> {
            if (!cobrancas.remover(conta, id)) {
                return naoEncontrada(id);
            }
            log.info("SIMULADO Asaas: charge {} removed", id);
            return ResponseEntity.ok(json.createObjectNode().put("deleted", true).put("id", id)
                    .put(Simulado.CAMPO, true));
        });
    }

    /** Runs the call as the account whose key was presented; a key nobody configured gets 401, as at Asaas. */
    private ResponseEntity<JsonNode> comConta(String chave, Function<TenantId, ResponseEntity<JsonNode>> chamada) {
        Optional<TenantId> conta = chave == null || chave.isBlank() ? Optional.empty()
                : integracoes.tenantsCom(AsaasIntegracao.TIPO).stream()
                        .filter(t -> integracoes.buscar(t, AsaasIntegracao.TIPO)
                                .flatMap(i -> i.segredo(AsaasIntegracao.API_KEY)).filter(chave::equals).isPresent())
                        .findFirst();
        return conta.map(chamada)
                .orElseGet(() -> erro(HttpStatus.UNAUTHORIZED, "invalid_access_token", "A chave de API é inválida."));
    }

    private ObjectNode lista(List<ObjectNode> itens) {
        ObjectNode lista = json.createObjectNode().put("object", "list").put("hasMore", false)
                .put("totalCount", itens.size()).put("limit", 10).put("offset", 0).put(Simulado.CAMPO, true);
        lista.putArray("data").addAll(itens);
        return lista;
    }

    private ResponseEntity<JsonNode> naoEncontrada(String id) {
        return erro(HttpStatus.NOT_FOUND, "not_found", "Cobrança " + id + " não encontrada.");
    }

    /** Asaas's error body: {@code {"errors":[{"code","description"}]}}. */
    private ResponseEntity<JsonNode> erro(HttpStatus status, String codigo, String descricao) {
        ObjectNode corpo = json.createObjectNode().put(Simulado.CAMPO, true);
        corpo.putArray("errors").addObject().put("code", codigo).put("description", descricao);
        log.info("SIMULADO Asaas: answered {} ({})", status.value(), codigo);
        return ResponseEntity.status(status).body(corpo);
    }

    private static Optional<LocalDate> data(String texto) {
        try {
            return Optional.of(LocalDate.parse(texto));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
