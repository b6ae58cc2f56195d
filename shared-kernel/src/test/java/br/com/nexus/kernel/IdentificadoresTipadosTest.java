package br.com.nexus.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.seguranca.UsuarioId;
import br.com.nexus.kernel.comum.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdentificadoresTipadosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID_TEXTO = "3f2b8c1e-9d4a-4f6b-8e2c-1a7d5b9c0e42";

    record Tipo(Class<?> classe, Function<String, Object> de, Function<UUID, Object> construtor, Supplier<Object> novo) {

        @Override
        public String toString() {
            return classe.getSimpleName();
        }
    }

    static Stream<Tipo> tipos() {
        return Stream.of(
                new Tipo(TenantId.class, TenantId::de, TenantId::new, TenantId::novo),
                new Tipo(LeadId.class, LeadId::de, LeadId::new, LeadId::novo),
                new Tipo(ClienteId.class, ClienteId::de, ClienteId::new, ClienteId::novo),
                new Tipo(BoletoId.class, BoletoId::de, BoletoId::new, BoletoId::novo),
                new Tipo(DisparoId.class, DisparoId::de, DisparoId::new, DisparoId::novo),
                new Tipo(PagamentoId.class, PagamentoId::de, PagamentoId::new, PagamentoId::novo),
                new Tipo(UsuarioId.class, UsuarioId::de, UsuarioId::new, UsuarioId::novo));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tipos")
    void toStringEhOUuidPuroEDeLeDeVolta(Tipo tipo) {
        Object id = tipo.de().apply(UUID_TEXTO);

        assertThat(id).hasToString(UUID_TEXTO);
        assertThat(id).isEqualTo(tipo.construtor().apply(UUID.fromString(UUID_TEXTO)));
        assertThat(tipo.de().apply(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tipos")
    void leUuidEmMaiusculasEEscreveNaFormaCanonica(Tipo tipo) {
        assertThat(tipo.de().apply(UUID_TEXTO.toUpperCase())).hasToString(UUID_TEXTO);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tipos")
    void novoGeraIdsDiferentes(Tipo tipo) {
        assertThat(tipo.novo().get()).isNotEqualTo(tipo.novo().get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tipos")
    void recusaTextoQueNaoEhUuid(Tipo tipo) {
        for (String invalido : new String[] {"", "nao-e-uuid", "123", "3f2b8c1e9d4a4f6b8e2c1a7d5b9c0e42",
                UUID_TEXTO + "0", "3f2b8c1e-9d4a-4f6b-8e2c-1a7d5b9c0e4g", "1-1-1-1-1"}) {
            assertThatThrownBy(() -> tipo.de().apply(invalido)).as(invalido)
                    .isInstanceOf(DomainException.class)
                    .extracting("code").isEqualTo("ID_INVALIDO");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tipos")
    void recusaValorNulo(Tipo tipo) {
        assertThatNullPointerException().isThrownBy(() -> tipo.construtor().apply(null));
        assertThatThrownBy(() -> tipo.de().apply(null)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tipos")
    void viraStringSimplesNoJsonEVolta(Tipo tipo) throws JsonProcessingException {
        Object id = tipo.de().apply(UUID_TEXTO);

        assertThat(JSON.writeValueAsString(id)).isEqualTo("\"" + UUID_TEXTO + "\"");
        assertThat(JSON.writeValueAsString(Map.of("id", id))).isEqualTo("{\"id\":\"" + UUID_TEXTO + "\"}");
        assertThat(JSON.readValue("\"" + UUID_TEXTO + "\"", tipo.classe())).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tipos")
    void jsonComUuidInvalidoFalha(Tipo tipo) {
        assertThatThrownBy(() -> JSON.readValue("\"nao-e-uuid\"", tipo.classe()))
                .isInstanceOf(JsonMappingException.class)
                .rootCause()
                .isInstanceOf(DomainException.class);
    }
}
