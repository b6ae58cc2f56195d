package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a boleto's PDF: the original downloaded from the portal when there is one, else the
 * generated one, showing the tenant's current beneficiary while the boleto is open.
 */
@RestController
@Tag(name = "Boletos")
class BoletoPdfController {

    private final PdfAtualDoBoleto pdfs;
    private final ArmazemDePdf armazem;

    BoletoPdfController(PdfAtualDoBoleto pdfs, ArmazemDePdf armazem) {
        this.pdfs = pdfs;
        this.armazem = armazem;
    }

    @GetMapping("/api/boletos/{id}/pdf")
    @Operation(summary = "PDF do boleto (o original baixado, se houver; senão o gerado)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String seNaoFor) {
        BoletoId boletoId = new BoletoId(id);
        PdfArmazenado pdf = pdfs.de(usuario.tenantId(), boletoId).orElseThrow(() -> semPdf(boletoId));
        // The content never changes under a hash, so the hash is the ETag.
        String etag = "\"" + pdf.sha256() + "\"";
        if (etag.equals(seNaoFor)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        byte[] conteudo = armazem.conteudo(usuario.tenantId(), pdf.sha256()).orElseThrow(() -> semPdf(boletoId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposicao(pdf.nomeArquivo()))
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .contentLength(conteudo.length)
                .body(conteudo);
    }

    private static String disposicao(String nomeArquivo) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(nomeArquivo);
        ContentDisposition.Builder disposicao = ContentDisposition.attachment();
        return (ascii ? disposicao.filename(nomeArquivo) : disposicao.filename(nomeArquivo, StandardCharsets.UTF_8))
                .build().toString();
    }

    private static DomainException semPdf(BoletoId boletoId) {
        return DomainException.naoEncontrado("PDF_NAO_DISPONIVEL", "Boleto " + boletoId + " sem PDF disponível");
    }
}
