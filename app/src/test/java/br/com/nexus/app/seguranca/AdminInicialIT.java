package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminInicialIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void primeiroAdministradorExisteNaEmpresaDaPlataforma() {
        String token = Autenticacao.tokenDoAdminInicial(url(""));

        JsonNode conta = get("/api/conta", token).json();
        assertThat(conta.path("email").asText()).isEqualTo(Autenticacao.ADMIN_INICIAL_EMAIL);
        assertThat(conta.path("papel").asText()).isEqualTo("PLATAFORMA");
        JsonNode empresas = get("/api/admin/tenants", token).json();
        JsonNode plataforma = null;
        for (JsonNode empresa : empresas) {
            if (empresa.path("id").asText().equals(conta.path("tenantId").asText())) {
                plataforma = empresa;
            }
        }
        assertThat(plataforma).isNotNull();
        assertThat(plataforma.path("nome").asText()).isEqualTo("Nexus Teste");
        assertThat(plataforma.path("plataforma").asBoolean()).isTrue();
    }

    @Test
    void nenhumaSenhaOuChavePadraoVemNaConfiguracaoDoProduto() throws IOException {
        for (String arquivo : List.of("application.yml", "application-axonserver.yml")) {
            List<PropertySource<?>> fontes = new YamlPropertySourceLoader()
                    .load(arquivo, new ClassPathResource(arquivo));
            assertThat(fontes).as(arquivo).isNotEmpty();
            for (PropertySource<?> fonte : fontes) {
                assertThat(fonte.getProperty("nexus.admin.password")).as(arquivo).isNull();
                assertThat(fonte.getProperty("nexus.seguranca.jwt-secret")).as(arquivo).isNull();
            }
        }
    }

    @Test
    void guardaSoOHashDaSenhaEDoRefreshToken() {
        JsonNode login = Autenticacao.login(url(""), Autenticacao.ADMIN_INICIAL_EMAIL,
                Autenticacao.ADMIN_INICIAL_SENHA);
        String refresh = login.path("refreshToken").asText();

        String hash = jdbc.queryForObject("SELECT senha_hash FROM usuario WHERE email = ?", String.class,
                Autenticacao.ADMIN_INICIAL_EMAIL);
        assertThat(hash).startsWith("$2").doesNotContain(Autenticacao.ADMIN_INICIAL_SENHA);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refresh_token WHERE hash = ?", Long.class, refresh))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refresh_token WHERE hash = ?", Long.class,
                EmissorDeTokens.hash(refresh))).isEqualTo(1);
    }
}
