package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;

/**
 * JSON as providers write it. Amounts arrive as JSON numbers in reais (Asaas: {@code 42.23}) or as
 * decimal strings (Efí: {@code "0.01"}); both are read straight into {@link BigDecimal} from their
 * text, never through a double.
 */
public final class JsonDoProvedor {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonDoProvedor() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses a body; anything but a JSON object is a 400 {@code PAYLOAD_INVALIDO}. */
    public static JsonNode ler(String texto) {
        if (texto == null || texto.isBlank()) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "Corpo vazio");
        }
        try {
            JsonNode no = MAPPER.readTree(texto);
            if (no == null || !no.isObject()) {
                throw DomainException.invalido("PAYLOAD_INVALIDO", "O corpo deve ser um objeto JSON");
            }
            return no;
        } catch (JsonProcessingException e) {
            throw DomainException.invalido("PAYLOAD_INVALIDO", "JSON malformado");
        }
    }

    public static String escrever(Object valor) {
        try {
            return MAPPER.writeValueAsString(valor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON não serializável", e);
        }
    }

    /** The text of a field, or null when it is absent, null or empty. */
    public static String texto(JsonNode no, String campo) {
        JsonNode valor = no == null ? null : no.get(campo);
        if (valor == null || valor.isNull() || valor.isContainerNode()) {
            return null;
        }
        String texto = valor.asText();
        return texto.isBlank() ? null : texto;
    }

    /** An amount in reais, from a JSON number or a decimal string; null when absent. */
    public static Dinheiro reais(JsonNode no, String campo) {
        JsonNode valor = no == null ? null : no.get(campo);
        if (valor == null || valor.isNull()) {
            return null;
        }
        BigDecimal decimal;
        if (valor.isNumber()) {
            decimal = valor.decimalValue();
        } else if (valor.isTextual() && valor.asText().matches("\\d{1,15}(\\.\\d{1,2})?")) {
            decimal = new BigDecimal(valor.asText());
        } else {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor em formato desconhecido em '" + campo + "'");
        }
        return Dinheiro.deReais(decimal);
    }
}
