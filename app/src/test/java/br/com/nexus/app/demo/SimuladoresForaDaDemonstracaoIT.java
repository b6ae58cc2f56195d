package br.com.nexus.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.demo.semeadura.SemeaduraDaDemo;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without the {@code demo} profile the product has no simulator and seeds nothing. */
class SimuladoresForaDaDemonstracaoIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext contexto;

    @Test
    void simuladoresRespondem404() {
        String admin = Autenticacao.tokenDoAdminInicial(url(""));

        Resposta estado = get("/simulador/evolution/instance/connectionState/demo-horizonte", admin);
        Resposta envio = post("/simulador/evolution/message/sendText/demo-horizonte", admin,
                Map.of("number", "5511987654321", "text", "Olá"));
        Resposta clientes = get("/simulador/asaas/v3/customers?cpfCnpj=11144477735", admin);
        Resposta cobranca = post("/simulador/asaas/v3/payments", admin, Map.of("customer", "cus_1"));

        assertThat(estado.status()).isEqualTo(404);
        assertThat(envio.status()).isEqualTo(404);
        assertThat(clientes.status()).isEqualTo(404);
        assertThat(cobranca.status()).isEqualTo(404);
        assertThat(estado.header("X-Nexus-Simulado")).isNull();
        assertThat(get("/simulador/evolution/instance/connectionState/demo-horizonte", null).status()).isEqualTo(401);
    }

    @Test
    void naoSemeiaDadosDeDemonstracao() {
        assertThat(contexto.getBeansOfType(SemeaduraDaDemo.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM usuario WHERE email LIKE ?", Long.class,
                "%@" + UsuariosDeDemonstracao.DOMINIO)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tenant WHERE nome = ?", Long.class,
                UsuariosDeDemonstracao.NOME_DA_EMPRESA)).isZero();
    }
}
