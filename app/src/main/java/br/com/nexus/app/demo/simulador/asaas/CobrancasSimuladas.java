package br.com.nexus.app.demo.simulador.asaas;

import br.com.nexus.app.demo.simulador.Simulado;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated Asaas account's customers and charges, per tenant (each tenant is an Asaas account).
 * Kept in memory: a restart forgets them, as a sandbox reset would; what our side stored stays.
 * Objects carry the fields of PROTOCOLS.md §2.3 that our side reads, plus {@code "simulado": true}.
 */
@Component
@Profile("demo")
class CobrancasSimuladas {

    /** Dates as the Asaas account sees them: Brazil's. */
    static final ZoneId FUSO = ZoneId.of("America/Sao_Paulo");
    private static final BigDecimal TARIFA = new BigDecimal("1.99");
    private static final String BANCO = "001";

    private record Registro(TenantId tenant, ObjectNode objeto) {
    }

    /** A boleto's digits as {@code GET /payments/{id}/identificationField} answers them. */
    record LinhaDigitavelSimulada(String identificationField, String nossoNumero, String barCode) {
    }

    private final Map<String, Registro> clientes = new ConcurrentHashMap<>();
    private final Map<String, Registro> cobrancas = new ConcurrentHashMap<>();
    private final Map<String, LinhaDigitavelSimulada> linhas = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final SecureRandom aleatorio = new SecureRandom();

    CobrancasSimuladas(ObjectMapper json) {
        this.json = json;
    }

    List<ObjectNode> clientesComDocumento(TenantId tenant, String cpfCnpj) {
        return listar(clientes, tenant, c -> c.path("cpfCnpj").asText().equals(cpfCnpj));
    }

    ObjectNode novoCliente(TenantId tenant, String nome, String cpfCnpj, String referencia) {
        ObjectNode cliente = json.createObjectNode()
                .put("object", "customer")
                .put("id", "cus_" + digitos(12))
                .put("dateCreated", hoje().toString())
                .put("name", nome)
                .put("cpfCnpj", cpfCnpj)
                .put("externalReference", referencia)
                .put("deleted", false)
                .put(Simulado.CAMPO, true);
        clientes.put(cliente.path("id").asText(), new Registro(tenant, cliente));
        return cliente.deepCopy();
    }

    /** A PENDING charge; a BOLETO one gets a valid FEBRABAN linha digitável for its value and due date. */
    ObjectNode novaCobranca(TenantId tenant, JsonNode pedido, BigDecimal valor, LocalDate vencimento,
            String urlBase) {
        String id = "pay_" + letrasEDigitos(16);
        boolean boleto = "BOLETO".equals(pedido.path("billingType").asText());
        ObjectNode cobranca = json.createObjectNode()
                .put("object", "payment")
                .put("id", id)
                .put("dateCreated", hoje().toString())
                .put("customer", pedido.path("customer").asText())
                .put("value", valor)
                .put("netValue", valor.subtract(TARIFA).max(BigDecimal.ZERO))
                .putNull("originalValue")
                .putNull("interestValue")
                .put("description", pedido.path("description").asText(null))
                .put("billingType", pedido.path("billingType").asText())
                .put("status", "PENDING")
                .put("dueDate", vencimento.toString())
                .put("originalDueDate", vencimento.toString())
                .putNull("paymentDate")
                .putNull("clientPaymentDate")
                .putNull("confirmedDate")
                .put("invoiceUrl", urlBase + "/payments/" + id)
                .put("invoiceNumber", digitos(8))
                .put("externalReference", pedido.path("externalReference").asText(null))
                .put("deleted", false)
                .put(Simulado.CAMPO, true);
        if (boleto) {
            CodigoBarras codigo = CodigoBarras.gerar(BANCO, vencimento, Dinheiro.deReais(valor), digitos(25));
            String nossoNumero = digitos(8);
            linhas.put(id, new LinhaDigitavelSimulada(codigo.linhaDigitavel().numero(), nossoNumero, codigo.numero()));
            cobranca.put("nossoNumero", nossoNumero).put("bankSlipUrl", urlBase + "/payments/" + id);
        } else {
            cobranca.putNull("nossoNumero").putNull("bankSlipUrl");
        }
        cobrancas.put(id, new Registro(tenant, cobranca));
        return cobranca.deepCopy();
    }

    Optional<ObjectNode> cobranca(TenantId tenant, String id) {
        return Optional.ofNullable(cobrancas.get(id)).filter(r -> r.tenant().equals(tenant))
                .map(r -> r.objeto().deepCopy());
    }

    List<ObjectNode> cobrancasComReferencia(TenantId tenant, String referencia) {
        return listar(cobrancas, tenant, c -> c.path("externalReference").asText().equals(referencia));
    }

    Optional<LinhaDigitavelSimulada> linhaDigitavel(TenantId tenant, String id) {
        return cobranca(tenant, id).map(c -> linhas.get(id));
    }

    boolean remover(TenantId tenant, String id) {
        return Optional.ofNullable(cobrancas.get(id)).filter(r -> r.tenant().equals(tenant))
                .map(r -> r.objeto().put("deleted", true)).isPresent();
    }

    /** Whether the charge is gone; one this account no longer remembers (after a restart) is not. */
    boolean removida(String id) {
        return Optional.ofNullable(cobrancas.get(id)).map(r -> r.objeto().path("deleted").asBoolean()).orElse(false);
    }

    /** The charge as paid today, the way the PAYMENT_RECEIVED webhook shows it. */
    ObjectNode recebida(ObjectNode cobranca) {
        String hoje = hoje().toString();
        ObjectNode paga = cobranca.deepCopy().put("status", "RECEIVED").put("paymentDate", hoje)
                .put("clientPaymentDate", hoje).put("confirmedDate", hoje).put("creditDate", hoje);
        Optional.ofNullable(cobrancas.get(cobranca.path("id").asText()))
                .ifPresent(r -> r.objeto().setAll(paga.deepCopy()));
        return paga;
    }

    static LocalDate hoje() {
        return LocalDate.now(FUSO);
    }

    private static List<ObjectNode> listar(Map<String, Registro> registros, TenantId tenant,
            Predicate<ObjectNode> filtro) {
        return registros.values().stream().filter(r -> r.tenant().equals(tenant)).map(Registro::objeto)
                .filter(filtro).map(ObjectNode::deepCopy).toList();
    }

    private String digitos(int quantos) {
        StringBuilder texto = new StringBuilder();
        for (int i = 0; i < quantos; i++) {
            texto.append(aleatorio.nextInt(10));
        }
        return texto.toString();
    }

    private String letrasEDigitos(int quantos) {
        StringBuilder texto = new StringBuilder();
        for (int i = 0; i < quantos; i++) {
            texto.append(Character.forDigit(aleatorio.nextInt(36), 36));
        }
        return texto.toString().toLowerCase(Locale.ROOT);
    }
}
