package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.seguranca.Papel;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The test profile trusts X-Forwarded-For (as behind a proxy) and exempts loopback from the
 * per-address limit, so each test here comes from an address of its own with the default limits:
 * 20 attempts a minute per address, 5 failures per 15 minutes per account and address.
 */
class LimiteDeTentativasIT extends IntegrationTest {

    @Test
    void contaBloqueiaNaSextaFalhaDoMesmoEnderecoMesmoComASenhaCerta() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = empresa.usuario(Papel.SUPERVISOR).email();
        String atacante = enderecoNovo();

        for (int i = 0; i < 5; i++) {
            assertThat(login(atacante, email, "Senha-Errada-123").status()).isEqualTo(401);
        }
        Resposta bloqueado = login(atacante, email, "Senha-Errada-123");
        Resposta senhaCerta = login(atacante, email, Autenticacao.SENHA);

        assertThat(bloqueado.status()).isEqualTo(429);
        assertThat(bloqueado.contentType()).startsWith("application/problem+json");
        assertThat(bloqueado.json().path("code").asText()).isEqualTo("MUITAS_TENTATIVAS");
        assertThat(Long.parseLong(bloqueado.header("Retry-After"))).isBetween(1L, 15L * 60);
        assertThat(senhaCerta.status()).isEqualTo(429);
        assertThat(senhaCerta.body()).doesNotContain("accessToken");
        assertThat(login(enderecoNovo(), empresa.usuario(Papel.AUDITOR).email(), Autenticacao.SENHA).status())
                .as("as outras contas seguem entrando").isEqualTo(200);
    }

    @Test
    void quemErraDeOutroEnderecoNaoTrancaODono() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = empresa.usuario(Papel.ADMIN).email();
        String atacante = enderecoNovo();

        for (int i = 0; i < 5; i++) {
            assertThat(login(atacante, email, "Senha-Errada-123").status()).isEqualTo(401);
        }
        assertThat(login(atacante, email, "Senha-Errada-123").status()).isEqualTo(429);

        Resposta dono = login(enderecoNovo(), email, Autenticacao.SENHA);
        assertThat(dono.status()).isEqualTo(200);
        assertThat(dono.body()).contains("accessToken");
    }

    @Test
    void loginCertoZeraAsFalhasDaConta() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = empresa.usuario(Papel.OPERADOR).email();
        String endereco = enderecoNovo();

        for (int i = 0; i < 4; i++) {
            assertThat(login(endereco, email, "Senha-Errada-123").status()).isEqualTo(401);
        }
        assertThat(login(endereco, email, Autenticacao.SENHA).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(login(endereco, email, "Senha-Errada-123").status()).isEqualTo(401);
        }
        assertThat(login(endereco, email, "Senha-Errada-123").status()).isEqualTo(429);
    }

    @Test
    void enderecoBloqueiaNaVigesimaPrimeiraTentativaEOsOutrosEnderecosSeguem() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String endereco = enderecoNovo();

        for (int i = 0; i < 20; i++) {
            String desconhecido = "tentativa-" + i + "-" + empresa.tenantId() + "@nada.test";
            assertThat(login(endereco, desconhecido, "Senha-Errada-123").status()).isEqualTo(401);
        }
        Resposta bloqueado = login(endereco, empresa.usuario(Papel.ADMIN).email(), Autenticacao.SENHA);

        assertThat(bloqueado.status()).isEqualTo(429);
        assertThat(bloqueado.json().path("code").asText()).isEqualTo("MUITAS_TENTATIVAS");
        assertThat(Long.parseLong(bloqueado.header("Retry-After"))).isBetween(1L, 60L);
        Resposta refresh = send(comEndereco("/api/auth/refresh", endereco, Map.of("refreshToken", "qualquer")));
        assertThat(refresh.status()).as("renovar também conta como tentativa").isEqualTo(429);
        assertThat(login(enderecoNovo(), empresa.usuario(Papel.ADMIN).email(), Autenticacao.SENHA).status())
                .isEqualTo(200);
    }

    private Resposta login(String endereco, String email, String senha) {
        return send(comEndereco("/api/auth/login", endereco, Map.of("email", email, "senha", senha)));
    }

    private HttpRequest.Builder comEndereco(String caminho, String endereco, Object corpo) {
        return request(caminho, null)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", endereco)
                .POST(HttpRequest.BodyPublishers.ofString(json(corpo)));
    }

    private static String enderecoNovo() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
