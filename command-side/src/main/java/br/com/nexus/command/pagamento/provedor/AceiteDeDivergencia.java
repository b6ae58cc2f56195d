package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.pagamento.ConfirmarPagamentoCommand;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A supervisor accepting a divergent amount received from a provider as the payment, from the API
 * or the console. The confirmation carries its own provider event id, since the divergent event's
 * id is already spent on the divergence.
 */
@Component
public class AceiteDeDivergencia {

    private final EventosDoProvedor eventos;
    private final CommandGateway commandGateway;

    AceiteDeDivergencia(EventosDoProvedor eventos, CommandGateway commandGateway) {
        this.eventos = eventos;
        this.commandGateway = commandGateway;
    }

    public static boolean podeAceitar(Papel papel) {
        return papel == Papel.ADMIN || papel == Papel.SUPERVISOR;
    }

    public EventoDoProvedor aceitar(UsuarioAutenticado usuario, long id) {
        if (!podeAceitar(usuario.papel())) {
            throw new AccessDeniedException("Só ADMIN ou SUPERVISOR aceitam um valor divergente");
        }
        EventoDoProvedor evento = evento(usuario, id);
        if (evento.situacao() != SituacaoEvento.DIVERGENTE) {
            throw DomainException.conflito("EVENTO_NAO_DIVERGENTE", "Só um evento DIVERGENTE pode ser aceito");
        }
        commandGateway.sendAndWait(new ConfirmarPagamentoCommand(evento.pagamentoId(), usuario.tenantId(),
                Dinheiro.deCentavos(evento.valorRecebidoCentavos()), evento.dataPagamento(),
                evento.eventoId() + "#aceite"));
        eventos.aceitar(usuario.tenantId(), id, "Valor aceito por " + usuario.email());
        return evento(usuario, id);
    }

    public EventoDoProvedor evento(UsuarioAutenticado usuario, long id) {
        return eventos.buscar(usuario.tenantId(), id).orElseThrow(() -> DomainException.naoEncontrado(
                "EVENTO_NAO_ENCONTRADO", "Evento " + id + " não encontrado"));
    }
}
