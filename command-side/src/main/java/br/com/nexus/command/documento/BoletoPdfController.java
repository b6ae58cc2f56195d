package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Serves a boleto's PDF as a file to save. */
@RestController
@Tag(name = "Boletos")
class BoletoPdfController {

    private final EntregaDoPdf entrega;

    BoletoPdfController(EntregaDoPdf entrega) {
        this.entrega = entrega;
    }

    @GetMapping("/api/boletos/{id}/pdf")
    @Operation(summary = "PDF do boleto (o original baixado, se houver; senão o gerado)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String seNaoFor) {
        return entrega.responder(usuario.tenantId(), new BoletoId(id), seNaoFor, EntregaDoPdf.Forma.ANEXO);
    }
}
