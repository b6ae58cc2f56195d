package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A boleto's PDF as an HTTP answer: the original downloaded from the portal when there is one, else
 * the generated one, showing the tenant's current beneficiary while the boleto is open. The API
 * hands it over as a file to save; the console shows it inside the boleto's page.
 */
@Component
public class EntregaDoPdf {

    /** How the browser should take it: as a file to save, or shown in place. */
    public enum Forma {
        ANEXO,
        EXIBICAO
    }

    private final PdfAtualDoBoleto pdfs;
    private final ArmazemDePdf armazem;

    EntregaDoPdf(PdfAtualDoBoleto pdfs, ArmazemDePdf armazem) {
        this.pdfs = pdfs;
        this.armazem = armazem;
    }

    public ResponseEntity<byte[]> responder(TenantId tenant, BoletoId boletoId, String seNaoFor, Forma forma) {
        PdfArmazenado pdf = pdfs.de(tenant, boletoId).orElseThrow(() -> semPdf(boletoId));
        // The content never changes under a hash, so the hash is the ETag.
        String etag = "\"" + pdf.sha256() + "\"";
        if (etag.equals(seNaoFor)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        byte[] conteudo = armazem.conteudo(tenant, pdf.sha256()).orElseThrow(() -> semPdf(boletoId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposicao(pdf.nomeArquivo(), forma))
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .contentLength(conteudo.length)
                .body(conteudo);
    }

    private static String disposicao(String nomeArquivo, Forma forma) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(nomeArquivo);
        ContentDisposition.Builder disposicao = forma == Forma.ANEXO ? ContentDisposition.attachment()
                : ContentDisposition.inline();
        return (ascii ? disposicao.filename(nomeArquivo) : disposicao.filename(nomeArquivo, StandardCharsets.UTF_8))
                .build().toString();
    }

    private static DomainException semPdf(BoletoId boletoId) {
        return DomainException.naoEncontrado("PDF_NAO_DISPONIVEL", "Boleto " + boletoId + " sem PDF disponível");
    }
}
