package br.com.nexus.command.pagamento.provedor.asaas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.saida.PoliticaDeSaida;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsaasIntegracaoTest {

    private final AsaasIntegracao asaas = new AsaasIntegracao(PoliticaDeSaida.estrita());
    private static final Map<String, String> SEGREDOS = Map.of("apiKey", "$aact_chave", "webhookToken",
            "5f0c3a0e-2b7e-4c55-9d0c-8f1b2a3c4d5e");

    @Test
    void aceitaChaveETokenComUrlPadraoOuDoSandbox() {
        assertThatCode(() -> asaas.validar(Map.of(), SEGREDOS)).doesNotThrowAnyException();
        assertThatCode(() -> asaas.validar(Map.of("baseUrl", "https://api-sandbox.asaas.com/v3"), SEGREDOS))
                .doesNotThrowAnyException();
        assertThat(asaas.segredosDeWebhook()).containsExactly("webhookToken");
    }

    @Test
    void recusaSemChaveDeApi() {
        assertThatThrownBy(() -> asaas.validar(Map.of(), Map.of("webhookToken", "5f0c3a0e-2b7e-4c55-9d0c-8f1b2a3c4d5e")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALIDO);
                    assertThat(e.getMessage()).contains("apiKey");
                });
    }

    @Test
    void recusaTokenDeWebhookAusenteOuCurto() {
        assertThatThrownBy(() -> asaas.validar(Map.of(), Map.of("apiKey", "k"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> asaas.validar(Map.of(), Map.of("apiKey", "k", "webhookToken", "123456")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void recusaUrlForaDoAsaasOuSemHttps() {
        for (String url : new String[] {"http://127.0.0.1:18998/internal/admin?leak=", "http://169.254.169.254/",
                "http://api.asaas.com/v3", "https://api.asaas.com.atacante.io/v3", "https://atacante.io/v3",
                "https://api.asaas.com@atacante.io/v3", "https://2130706433/v3", "ftp://api.asaas.com/v3"}) {
            assertThatThrownBy(() -> asaas.validar(Map.of("baseUrl", url), SEGREDOS)).as(url)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.REGRA_VIOLADA);
                        assertThat(e.code()).isEqualTo("URL_NAO_PERMITIDA");
                    });
        }
        assertThatCode(() -> asaas.validar(Map.of("baseUrl", "https://sandbox.asaas.com/api/v3"), SEGREDOS))
                .doesNotThrowAnyException();
        assertThatCode(() -> asaas.validar(Map.of("baseUrl", "https://API.asaas.com./v3"), SEGREDOS))
                .doesNotThrowAnyException();
    }

    @Test
    void recusaUrlInvalidaECamposDesconhecidos() {
        assertThatThrownBy(() -> asaas.validar(Map.of("baseUrl", "api.asaas.com"), SEGREDOS))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> asaas.validar(Map.of("baseURL", "https://api.asaas.com/v3"), SEGREDOS))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("baseURL"));
        assertThatThrownBy(() -> asaas.validar(Map.of(), Map.of("apiKey", "k", "webhookToken",
                "5f0c3a0e-2b7e-4c55-9d0c-8f1b2a3c4d5e", "senha", "x"))).isInstanceOf(DomainException.class);
    }
}
