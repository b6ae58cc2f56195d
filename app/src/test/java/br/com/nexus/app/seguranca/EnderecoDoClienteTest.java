package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class EnderecoDoClienteTest {

    @Test
    void semProxyConfiavelIgnoraXForwardedFor() {
        MockHttpServletRequest request = request("203.0.113.9");

        assertThat(new EnderecoDoCliente(false).de(request)).isEqualTo("192.0.2.1");
    }

    @Test
    void atrasDeProxyConfiavelUsaOEnderecoQueOProxyAcrescentou() {
        MockHttpServletRequest request = request("1.1.1.1, 203.0.113.9");

        assertThat(new EnderecoDoCliente(true).de(request)).isEqualTo("203.0.113.9");
    }

    @Test
    void atrasDeProxyConfiavelSemCabecalhoOuComLixoUsaOEnderecoDaConexao() {
        assertThat(new EnderecoDoCliente(true).de(request(null))).isEqualTo("192.0.2.1");
        assertThat(new EnderecoDoCliente(true).de(request("unknown"))).isEqualTo("192.0.2.1");
    }

    @Test
    void aceitaIpv6() {
        assertThat(new EnderecoDoCliente(true).de(request("2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    private static MockHttpServletRequest request(String encaminhado) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/login");
        request.setRemoteAddr("192.0.2.1");
        if (encaminhado != null) {
            request.addHeader("X-Forwarded-For", encaminhado);
        }
        return request;
    }
}
