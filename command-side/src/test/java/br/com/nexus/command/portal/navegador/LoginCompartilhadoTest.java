package br.com.nexus.command.portal.navegador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.download.MotivoInterrupcao;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginCompartilhadoTest {

    private final LoginCompartilhado login = new LoginCompartilhado();
    private final AtomicInteger entradas = new AtomicInteger();

    private String entrar() {
        return "cookies-" + entradas.incrementAndGet();
    }

    @Test
    void todosUsamOPrimeiroLogin() {
        LoginCompartilhado.Sessao primeira = login.atual(this::entrar);
        LoginCompartilhado.Sessao segunda = login.atual(this::entrar);

        assertThat(segunda).isEqualTo(primeira);
        assertThat(entradas).hasValue(1);
    }

    @Test
    void expiracaoVistaPorVariosTrabalhadoresCustaUmLoginSo() {
        LoginCompartilhado.Sessao vencida = login.atual(this::entrar);

        LoginCompartilhado.Sessao renovada = login.renovar(vencida.versao(), this::entrar);
        LoginCompartilhado.Sessao vistaPorOutro = login.renovar(vencida.versao(), this::entrar);

        assertThat(vistaPorOutro).isEqualTo(renovada);
        assertThat(renovada.estado()).isEqualTo("cookies-2");
        assertThat(login.logins()).isEqualTo(2);
    }

    @Test
    void loginRecusadoNaoETentadoDeNovo() {
        ParadaNoPortal recusa = new ParadaNoPortal(MotivoInterrupcao.CREDENCIAIS_RECUSADAS, "senha errada", null);

        assertThatThrownBy(() -> login.atual(() -> {
            entradas.incrementAndGet();
            throw recusa;
        })).isSameAs(recusa);
        assertThatThrownBy(() -> login.atual(this::entrar)).isSameAs(recusa);
        assertThat(entradas).hasValue(1);
    }
}
