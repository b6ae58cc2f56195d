package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.UsuarioId;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;

class AdminInicialTest {

    private final UsuarioRepository usuarios = mock(UsuarioRepository.class);
    private final CadastroDeUsuarios cadastro = mock(CadastroDeUsuarios.class);
    private final Logger logger = (Logger) LoggerFactory.getLogger(AdminInicial.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capturarLog() {
        log.start();
        logger.addAppender(log);
        when(cadastro.criarTenant(anyString(), anyBoolean(), anyString(), anyString(), anyString()))
                .thenReturn(new CadastroDeUsuarios.TenantCriado(TenantId.novo(), UsuarioId.novo()));
    }

    @AfterEach
    void soltarLog() {
        logger.detachAppender(log);
    }

    @Test
    void semSenhaConfiguradaSorteiaUmaEAMostraUmaUnicaVezNoLog() {
        when(usuarios.existeAlgum()).thenReturn(false, true);
        AdminInicial admin = admin(new AdminInicialProperties("dona@clinica.test", null, "Clínica"));

        admin.criarSeNaoHaUsuarios();
        admin.criarSeNaoHaUsuarios();

        ArgumentCaptor<String> senha = ArgumentCaptor.forClass(String.class);
        verify(cadastro).criarTenant(eq("Clínica"), eq(true), eq("dona@clinica.test"), anyString(), senha.capture());
        assertThat(senha.getValue()).hasSizeGreaterThanOrEqualTo(PoliticaDeSenha.MINIMO_CARACTERES);
        List<ILoggingEvent> comSenha = log.list.stream()
                .filter(e -> e.getFormattedMessage().contains(senha.getValue()))
                .toList();
        assertThat(comSenha).hasSize(1);
        assertThat(comSenha.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(comSenha.get(0).getFormattedMessage()).contains("dona@clinica.test");
    }

    @Test
    void cadaInstalacaoSorteiaUmaSenhaDiferente() {
        when(usuarios.existeAlgum()).thenReturn(false);
        AdminInicial admin = admin(new AdminInicialProperties("dona@clinica.test", "", "Clínica"));

        admin.criarSeNaoHaUsuarios();
        admin.criarSeNaoHaUsuarios();

        ArgumentCaptor<String> senha = ArgumentCaptor.forClass(String.class);
        verify(cadastro, times(2))
                .criarTenant(anyString(), anyBoolean(), anyString(), anyString(), senha.capture());
        assertThat(senha.getAllValues().get(0)).isNotEqualTo(senha.getAllValues().get(1));
    }

    @Test
    void senhaConfiguradaEUsadaENuncaVaiParaOLog() {
        when(usuarios.existeAlgum()).thenReturn(false);

        admin(new AdminInicialProperties("dona@clinica.test", "Senha-Da-Dona-2024", "Clínica")).criarSeNaoHaUsuarios();

        verify(cadastro).criarTenant("Clínica", true, "dona@clinica.test", "Administrador", "Senha-Da-Dona-2024");
        assertThat(log.list).noneMatch(e -> e.getFormattedMessage().contains("Senha-Da-Dona-2024"));
    }

    @Test
    void comUsuariosJaCadastradosNaoCriaNemMostraNada() {
        when(usuarios.existeAlgum()).thenReturn(true);

        admin(new AdminInicialProperties("dona@clinica.test", null, "Clínica")).criarSeNaoHaUsuarios();

        verify(cadastro, never()).criarTenant(any(), anyBoolean(), any(), any(), any());
        assertThat(log.list).isEmpty();
    }

    @Test
    void senhaConfiguradaFracaImpedeAPartida() {
        when(usuarios.existeAlgum()).thenReturn(false);
        AdminInicial admin = admin(new AdminInicialProperties("dona@clinica.test", "admin", "Clínica"));

        assertThatThrownBy(admin::criarSeNaoHaUsuarios)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NEXUS_ADMIN_PASSWORD");
        verify(cadastro, never()).criarTenant(any(), anyBoolean(), any(), any(), any());
    }

    private AdminInicial admin(AdminInicialProperties properties) {
        return new AdminInicial(properties, usuarios, cadastro, null, null);
    }
}
