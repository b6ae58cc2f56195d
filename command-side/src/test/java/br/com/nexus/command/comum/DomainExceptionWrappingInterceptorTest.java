package br.com.nexus.command.comum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.ErrorKind;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DomainExceptionWrappingInterceptorTest {

    private SimpleCommandBus commandBus;
    private CommandGateway gateway;

    @BeforeEach
    void configurar() {
        commandBus = SimpleCommandBus.builder().build();
        commandBus.registerHandlerInterceptor(new DomainExceptionWrappingInterceptor());
        gateway = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    @Test
    void rejeicaoDeDominioChegaComoErroDominioNosDetalhes() {
        DomainException rejeicao = DomainException.conflito("ETAPA_INVALIDA", "Lead não volta de etapa");
        responderCom(comando -> {
            throw rejeicao;
        });

        CommandExecutionException e = assertThrows(CommandExecutionException.class, () -> gateway.sendAndWait("x"));

        assertEquals(new ErroDominio(ErrorKind.CONFLITO, "ETAPA_INVALIDA", "Lead não volta de etapa"),
                e.getDetails().orElseThrow());
        assertSame(rejeicao, e.getCause());
    }

    @Test
    void agregadoInexistenteChegaComoNaoEncontrado() {
        responderCom(comando -> {
            throw new AggregateNotFoundException("abc", "no events");
        });

        CommandExecutionException e = assertThrows(CommandExecutionException.class, () -> gateway.sendAndWait("x"));

        assertEquals(new ErroDominio(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO", "Registro abc não encontrado"),
                e.getDetails().orElseThrow());
    }

    @Test
    void agregadoInexistenteEAgregadoDeOutroTenantSaoIndistinguiveis() {
        responderCom(comando -> {
            throw new AggregateNotFoundException("abc", "no events");
        });
        CommandExecutionException inexistente = assertThrows(CommandExecutionException.class, () -> gateway.sendAndWait("x"));
        configurar();
        responderCom(comando -> {
            throw TenantGuard.naoEncontrado("abc");
        });
        CommandExecutionException deOutroTenant = assertThrows(CommandExecutionException.class, () -> gateway.sendAndWait("x"));

        assertEquals(inexistente.getDetails(), deOutroTenant.getDetails());
        assertEquals(inexistente.getMessage(), deOutroTenant.getMessage());
    }

    @Test
    void rejeicaoJaEnvolvidaNaoEEnvolvidaDeNovo() {
        CommandExecutionException jaEnvolvida = new CommandExecutionException("falhou", null, "detalhe");
        responderCom(comando -> {
            throw jaEnvolvida;
        });

        CommandExecutionException e = assertThrows(CommandExecutionException.class, () -> gateway.sendAndWait("x"));

        assertSame(jaEnvolvida, e);
    }

    @Test
    void outrasFalhasPassamSemTraducao() {
        responderCom(comando -> {
            throw new IllegalStateException("defeito");
        });

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> gateway.sendAndWait("x"));

        assertEquals("defeito", e.getMessage());
    }

    @Test
    void resultadoDeComandoAceitoPassaIntacto() {
        responderCom(comando -> "ok");

        assertEquals("ok", gateway.sendAndWait("x"));
    }

    private void responderCom(MessageHandler<CommandMessage<?>> handler) {
        commandBus.subscribe(String.class.getName(), handler);
    }
}
