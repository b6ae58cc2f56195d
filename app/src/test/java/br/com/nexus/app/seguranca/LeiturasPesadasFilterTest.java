package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.kernel.seguranca.UsuarioId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class LeiturasPesadasFilterTest {

    private final RelogioFalso relogio = new RelogioFalso();
    private final LeiturasPesadasFilter filtro = new LeiturasPesadasFilter(new ObjectMapper(),
            new ArmazemEmMemoria(relogio), 3, 5, Duration.ofMinutes(1));
    private final TenantId empresa = TenantId.novo();

    @AfterEach
    void limpar() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void cadaUsuarioTemSuaCotaEAEmpresaUmTetoComum() throws Exception {
        UsuarioAutenticado ana = usuario(empresa);
        UsuarioAutenticado bia = usuario(empresa);
        UsuarioAutenticado caio = usuario(empresa);
        UsuarioAutenticado deOutraEmpresa = usuario(TenantId.novo());

        assertThat(statusDe(ana, "/api/clientes", "size", "51")).isEqualTo(200);
        assertThat(statusDe(ana, "/api/relatorios/mensal.pdf", "mes", "2026-01")).isEqualTo(200);
        assertThat(statusDe(ana, "/api/auditoria/lead/x/eventos", "limite", "500")).isEqualTo(200);
        assertThat(statusDe(ana, "/api/clientes", "size", "51")).isEqualTo(429);
        assertThat(statusDe(bia, "/api/clientes", "size", "200")).isEqualTo(200);
        assertThat(statusDe(bia, "/api/clientes", "size", "200")).isEqualTo(200);
        assertThat(statusDe(caio, "/api/clientes", "size", "200")).as("teto da empresa: 5").isEqualTo(429);
        assertThat(statusDe(deOutraEmpresa, "/api/clientes", "size", "200")).isEqualTo(200);

        relogio.avancar(Duration.ofMinutes(1));
        assertThat(statusDe(caio, "/api/clientes", "size", "200")).isEqualTo(200);
    }

    @Test
    void leiturasComunsNaoContam() throws Exception {
        UsuarioAutenticado ana = usuario(empresa);
        for (int i = 0; i < 10; i++) {
            assertThat(statusDe(ana, "/api/clientes", "size", "50")).isEqualTo(200);
            assertThat(statusDe(ana, "/api/boletos", "page", "900")).isEqualTo(200);
            assertThat(statusDe(ana, "/api/clientes", "size", "muitos")).isEqualTo(200);
        }
    }

    @Test
    void aRecusaEProblemJsonComRetryAfter() throws Exception {
        UsuarioAutenticado ana = usuario(empresa);
        for (int i = 0; i < 3; i++) {
            statusDe(ana, "/api/relatorios/clientes.xlsx", null, null);
        }
        MockHttpServletResponse recusa = executar(ana, "/api/relatorios/clientes.xlsx", null, null);

        assertThat(recusa.getStatus()).isEqualTo(429);
        assertThat(recusa.getContentType()).startsWith("application/problem+json");
        assertThat(recusa.getContentAsString()).contains("MUITAS_LEITURAS_PESADAS");
        assertThat(Long.parseLong(recusa.getHeader("Retry-After"))).isBetween(1L, 60L);
    }

    private int statusDe(UsuarioAutenticado usuario, String caminho, String parametro, String valor)
            throws Exception {
        return executar(usuario, caminho, parametro, valor).getStatus();
    }

    private MockHttpServletResponse executar(UsuarioAutenticado usuario, String caminho, String parametro,
            String valor) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(usuario, null));
        MockHttpServletRequest pedido = new MockHttpServletRequest("GET", caminho);
        if (parametro != null) {
            pedido.setParameter(parametro, valor);
        }
        MockHttpServletResponse resposta = new MockHttpServletResponse();
        filtro.doFilter(pedido, resposta, new MockFilterChain());
        return resposta;
    }

    private static UsuarioAutenticado usuario(TenantId tenant) {
        return new UsuarioAutenticado(UsuarioId.novo(), tenant, "alguem@empresa.test", Papel.AUDITOR);
    }
}
