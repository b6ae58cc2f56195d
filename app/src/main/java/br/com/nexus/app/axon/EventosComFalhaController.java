package br.com.nexus.app.axon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events a read model could not apply, for the platform only (as all of {@code /api/admin/**}, by
 * the security configuration): a dead letter may belong to any firm, and reprocessing one changes
 * the read models of all of them.
 */
@RestController
@RequestMapping("/api/admin/eventos-com-falha")
@Tag(name = "Eventos com falha", description = "Eventos que uma projeção não conseguiu aplicar (operação da plataforma)")
class EventosComFalhaController {

    private final EventosComFalha eventos;

    EventosComFalhaController(EventosComFalha eventos) {
        this.eventos = eventos;
    }

    @GetMapping
    @Operation(summary = "Lista os eventos que uma projeção não conseguiu aplicar")
    List<EventosComFalha.EventoComFalha> listar(@RequestParam(name = "grupo", required = false) String grupo) {
        return eventos.listar(grupo);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Mostra um evento com falha")
    EventosComFalha.EventoComFalha buscar(@PathVariable("id") String id) {
        return eventos.buscar(id);
    }

    @PostMapping("/{id}/reprocessamento")
    @Operation(summary = "Reprocessa a sequência do evento com falha, em ordem")
    EventosComFalha.Reprocessamento reprocessar(@PathVariable("id") String id) {
        return eventos.reprocessar(id);
    }

    @PostMapping("/reprocessamento")
    @Operation(summary = "Reprocessa cada sequência parada de um grupo uma vez")
    EventosComFalha.ReprocessamentoDoGrupo reprocessarGrupo(@RequestParam("grupo") String grupo) {
        return eventos.reprocessarGrupo(grupo);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Descarta um evento com falha")
    void descartar(@PathVariable("id") String id) {
        eventos.descartar(id);
    }
}
