package br.com.nexus.command.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguracaoCanopusTest {

    private final PortalProperties properties = new PortalProperties();

    @Test
    void leCredenciaisEEnderecoDoPortal() {
        ConfiguracaoCanopus configuracao = ConfiguracaoCanopus.de(new Integracao(TenantId.novo(), "canopus",
                Map.of("baseUrl", "https://portal.example/", "usuario", " 24627 ", "pontoDeVenda", "17.308"),
                Map.of("senha", "s3gr3d0"), Instant.now()), properties);

        assertThat(configuracao.baseUrl()).isEqualTo("https://portal.example/");
        assertThat(configuracao.credenciais().usuario()).isEqualTo("24627");
        assertThat(configuracao.credenciais().pontoDeVenda()).isEqualTo("17.308");
        assertThat(configuracao.credenciais().senha()).isEqualTo("s3gr3d0");
        assertThat(configuracao.toString()).doesNotContain("s3gr3d0");
    }

    @Test
    void enderecoDoPerfilValeQuandoAIntegracaoNaoTraz() {
        properties.perfil("canopus").orElseThrow().setBaseUrl("https://canopus.example");

        ConfiguracaoCanopus configuracao = ConfiguracaoCanopus.de(new Integracao(TenantId.novo(), "canopus",
                Map.of("usuario", "24627"), Map.of("senha", "x"), Instant.now()), properties);

        assertThat(configuracao.baseUrl()).isEqualTo("https://canopus.example");
    }

    @Test
    void recusaOQueNaoFunciona() {
        assertThatThrownBy(() -> validar(Map.of("baseUrl", "https://p.example"), Map.of("senha", "x")))
                .hasMessageContaining("usuario");
        assertThatThrownBy(() -> validar(Map.of("baseUrl", "https://p.example", "usuario", "1"), Map.of()))
                .hasMessageContaining("senha");
        assertThatThrownBy(() -> validar(Map.of("usuario", "1"), Map.of("senha", "x")))
                .hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> validar(Map.of("baseUrl", "ftp://p.example", "usuario", "1"), Map.of("senha", "x")))
                .hasMessageContaining("http");
        assertThatThrownBy(() -> validar(Map.of("baseUrl", "https://p.example", "usuario", "1", "perfil", "outro"),
                Map.of("senha", "x"))).hasMessageContaining("Perfil de portal desconhecido");
        assertThatThrownBy(() -> validar(Map.of("baseUrl", "https://p.example", "usuario", "1", "cor", "azul"),
                Map.of("senha", "x"))).hasMessageContaining("cor");
    }

    @Test
    void erroDeConfiguracaoEUm400() {
        assertThatThrownBy(() -> validar(Map.of(), Map.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CONFIGURACAO_INVALIDA"));
    }

    private void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        ConfiguracaoCanopus.validar(configuracao, segredos, properties);
    }
}
