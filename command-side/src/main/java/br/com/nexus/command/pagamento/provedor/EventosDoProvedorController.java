package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What providers told us and what became of it: the human side of the webhook inbox. Divergent
 * amounts and unknown charges wait here; a supervisor may accept a divergent amount as the payment.
 */
@RestController
@Tag(name = "Pagamentos")
class EventosDoProvedorController {

    private static final int TAMANHO_MAXIMO = 200;

    private final EventosDoProvedor eventos;
    private final AceiteDeDivergencia aceites;

    EventosDoProvedorController(EventosDoProvedor eventos, AceiteDeDivergencia aceites) {
        this.eventos = eventos;
        this.aceites = aceites;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventoView(long id, Provedor provedor, String eventoId, String tipo, String referencia,
                      SituacaoEvento situacao, String pagamentoId, Dinheiro valorRecebido, LocalDate dataPagamento,
                      Instant recebidoEm, Instant processadoEm, int tentativas, String detalhe) {

        static EventoView de(EventoDoProvedor e) {
            return new EventoView(e.id(), e.provedor(), e.eventoId(), e.tipo(), e.referencia(), e.situacao(),
                    e.pagamentoId() == null ? null : e.pagamentoId().toString(),
                    e.valorRecebidoCentavos() == null ? null : Dinheiro.deCentavos(e.valorRecebidoCentavos()),
                    e.dataPagamento(), e.recebidoEm(), e.processadoEm(), e.tentativas(), e.detalhe());
        }
    }

    record Pagina(List<EventoView> items, int page, int size, long total) {
    }

    @GetMapping("/api/pagamentos/provedores/eventos")
    @Operation(summary = "Eventos recebidos dos provedores, do mais recente; filtre por situacao (ex.: DIVERGENTE)")
    Pagina listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) SituacaoEvento situacao,
            @RequestParam(required = false) Provedor provedor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > TAMANHO_MAXIMO) {
            throw DomainException.invalido("PAGINACAO_INVALIDA", "page >= 0 e size entre 1 e " + TAMANHO_MAXIMO);
        }
        List<EventoView> itens = eventos.listar(usuario.tenantId(), situacao, provedor, page, size).stream()
                .map(EventoView::de).toList();
        return new Pagina(itens, page, size, eventos.contar(usuario.tenantId(), situacao, provedor));
    }

    @GetMapping("/api/pagamentos/provedores/eventos/{id}")
    @Operation(summary = "Um evento recebido de um provedor")
    EventoView buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable long id) {
        return EventoView.de(aceites.evento(usuario, id));
    }

    @PostMapping("/api/pagamentos/provedores/eventos/{id}/aceite")
    @Operation(summary = "Aceita um valor divergente como pagamento (ADMIN ou SUPERVISOR)")
    EventoView aceitar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable long id) {
        return EventoView.de(aceites.aceitar(usuario, id));
    }
}
