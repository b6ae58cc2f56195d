package br.com.nexus.command.pagamento.provedor.efi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.saida.PoliticaDeSaida;
import br.com.nexus.kernel.comum.DomainException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EfiIntegracaoTest {

    private final EfiIntegracao efi = new EfiIntegracao(PoliticaDeSaida.estrita());
    private static final Map<String, String> CONFIG = Map.of("chavePix", "2c3c7441-b91e-4982-3c25-6105581e18ae");

    @Test
    void aceitaChavePixEHmacSeguroParaUrl() {
        assertThatCode(() -> efi.validar(CONFIG, Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi")))
                .doesNotThrowAnyException();
        assertThat(efi.segredosDeWebhook()).containsExactly("webhookHmac");
    }

    @Test
    void recusaSemChavePix() {
        assertThatThrownBy(() -> efi.validar(Map.of(), Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void recusaHmacCurtoOuQuePrecisariaDeEscapeNaUrl() {
        assertThatThrownBy(() -> efi.validar(CONFIG, Map.of("webhookHmac", "curto"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> efi.validar(CONFIG, Map.of("webhookHmac", "com espaço e &outros=1")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void credenciaisDaApiVaoJuntas() {
        assertThatThrownBy(() -> efi.validar(CONFIG, Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi", "clientId",
                "Client_Id_abc"))).isInstanceOf(DomainException.class);
        assertThatCode(() -> efi.validar(CONFIG, Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi", "clientId",
                "Client_Id_abc", "clientSecret", "Client_Secret_xyz"))).doesNotThrowAnyException();
    }

    @Test
    void baseUrlSoNosHostsDaEfiPorHttps() {
        Map<String, String> segredos = Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi");
        for (String url : new String[] {"https://pix.api.efipay.com.br", "https://pix-h.api.efipay.com.br/"}) {
            assertThatCode(() -> efi.validar(Map.of("chavePix", "chave", "baseUrl", url), segredos)).as(url)
                    .doesNotThrowAnyException();
        }
        for (String url : new String[] {"http://pix.api.efipay.com.br", "https://127.0.0.1:8443",
                "https://pix.api.efipay.com.br.atacante.io", "http://[::1]/"}) {
            assertThatThrownBy(() -> efi.validar(Map.of("chavePix", "chave", "baseUrl", url), segredos)).as(url)
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("URL_NAO_PERMITIDA"));
        }
    }

    @Test
    void certificadoDoClienteDeveSerUmP12Legivel() throws Exception {
        String p12;
        try (java.io.InputStream entrada = getClass().getResourceAsStream("/efi/certificado-teste.p12")) {
            p12 = java.util.Base64.getEncoder().encodeToString(entrada.readAllBytes());
        }
        assertThatCode(() -> efi.validar(CONFIG, Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi", "certificado", p12,
                "senhaCertificado", "senha-teste"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> efi.validar(CONFIG, Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi", "certificado", p12)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INTEGRACAO_INVALIDA"));
        assertThatThrownBy(() -> efi.validar(CONFIG, Map.of("webhookHmac", "s3gr3d0-d0-w3bh00k_Efi", "certificado",
                "não é um certificado"))).isInstanceOf(DomainException.class);
    }
}
