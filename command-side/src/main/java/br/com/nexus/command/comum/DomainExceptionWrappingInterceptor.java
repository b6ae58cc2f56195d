package br.com.nexus.command.comum;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.ErrorKind;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns a rejection into a {@link CommandExecutionException} whose details are an
 * {@link ErroDominio}: exception classes do not survive a distributed command bus, the details do.
 */
public class DomainExceptionWrappingInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (CommandExecutionException e) {
            throw e;
        } catch (Exception e) {
            DomainException dominio = causaDeDominio(e);
            if (dominio != null) {
                throw new CommandExecutionException(dominio.getMessage(), dominio, ErroDominio.de(dominio));
            }
            AggregateNotFoundException naoEncontrado = causa(e, AggregateNotFoundException.class);
            if (naoEncontrado != null) {
                DomainException equivalente = TenantGuard.naoEncontrado(naoEncontrado.getAggregateIdentifier());
                throw new CommandExecutionException(equivalente.getMessage(), naoEncontrado,
                        new ErroDominio(ErrorKind.NAO_ENCONTRADO, equivalente.code(), equivalente.getMessage()));
            }
            throw e;
        }
    }

    private static DomainException causaDeDominio(Throwable e) {
        return causa(e, DomainException.class);
    }

    private static <X extends Throwable> X causa(Throwable e, Class<X> tipo) {
        Throwable atual = e;
        for (int profundidade = 0; atual != null && profundidade < 10; profundidade++) {
            if (tipo.isInstance(atual)) {
                return tipo.cast(atual);
            }
            atual = atual.getCause();
        }
        return null;
    }
}
