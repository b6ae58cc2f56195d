package br.com.nexus.app.console;

import br.com.nexus.app.web.ProblemHandler;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.ErrorKind;
import java.util.Optional;
import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.http.HttpStatus;

/** The business refusal inside what a command or a query threw, as the API's problem+json {@code detail} states it. */
final class Recusas {

    private Recusas() {
    }

    static Optional<ErroDominio> de(Throwable falha) {
        if (falha instanceof DomainException dominio) {
            return Optional.of(ErroDominio.de(dominio));
        }
        if (falha instanceof HandlerExecutionException execucao) {
            Optional<ErroDominio> detalhe = execucao.getDetails()
                    .filter(ErroDominio.class::isInstance).map(ErroDominio.class::cast);
            return detalhe.isPresent() ? detalhe : de(execucao.getCause());
        }
        return Optional.empty();
    }

    /** The status the API answers this refusal with, so a page refusing the same input says it the same way. */
    static HttpStatus status(ErroDominio erro) {
        return ProblemHandler.status(erro.kind());
    }

    static boolean naoEncontrado(Throwable falha) {
        return de(falha).map(erro -> erro.kind() == ErrorKind.NAO_ENCONTRADO).orElse(false);
    }
}
