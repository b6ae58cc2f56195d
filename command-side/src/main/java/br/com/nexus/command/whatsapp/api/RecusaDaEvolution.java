package br.com.nexus.command.whatsapp.api;

import br.com.nexus.command.whatsapp.evolution.FalhaEvolution;
import br.com.nexus.kernel.comum.DomainException;
import org.springframework.http.HttpStatus;

/** How a failed call to the Evolution API is told to whoever asked for it: status, stable code and words. */
record RecusaDaEvolution(HttpStatus status, String code, String mensagem) {

    static RecusaDaEvolution de(FalhaEvolution falha) {
        if (falha.getCause() instanceof DomainException recusa) {
            return new RecusaDaEvolution(HttpStatus.UNPROCESSABLE_ENTITY, recusa.code(), recusa.getMessage());
        }
        return switch (falha.tipo()) {
            case NOME_EM_USO -> new RecusaDaEvolution(HttpStatus.CONFLICT, "INSTANCIA_EM_USO",
                    "Já existe uma instância com este nome no servidor Evolution");
            case NAO_AUTORIZADO -> new RecusaDaEvolution(HttpStatus.UNPROCESSABLE_ENTITY,
                    "EVOLUTION_CREDENCIAL_RECUSADA", "A Evolution API recusou a chave configurada");
            case INSTANCIA_INEXISTENTE -> new RecusaDaEvolution(HttpStatus.NOT_FOUND, "INSTANCIA_INEXISTENTE",
                    "A instância configurada não existe no servidor Evolution");
            default -> new RecusaDaEvolution(HttpStatus.BAD_GATEWAY, "EVOLUTION_INDISPONIVEL",
                    "Evolution API falhou: " + falha.getMessage());
        };
    }

    /** The same refusal carried over the command bus, where only domain errors keep their words. */
    DomainException comoErroDeDominio() {
        return switch (status) {
            case CONFLICT -> DomainException.conflito(code, mensagem);
            case NOT_FOUND -> DomainException.naoEncontrado(code, mensagem);
            default -> DomainException.regraViolada(code, mensagem);
        };
    }
}
