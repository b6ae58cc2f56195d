package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.documento.ArmazemDePdf;
import br.com.nexus.command.documento.PdfArmazenado;
import br.com.nexus.command.documento.PdfAtualDoBoleto;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.TenantId;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds a boleto's PDF from what {@code BoletoPdfAnexado.local} says: a PDF kept in the database
 * ({@code documento_pdf:<sha256>}, see {@link ArmazemDePdf}), or a file path / {@code file:} URI.
 * Anything else, a missing PDF, or one too large to send, reads as absent.
 */
@Component
class AnexosDeBoleto implements LeitorDeAnexo {

    private static final Logger log = LoggerFactory.getLogger(AnexosDeBoleto.class);
    private static final Pattern ARMAZENADO = Pattern.compile("[a-z_]+:([0-9a-fA-F]{64})");

    private final ArmazemDePdf armazem;
    private final PdfAtualDoBoleto pdfsAtuais;

    AnexosDeBoleto(ArmazemDePdf armazem, PdfAtualDoBoleto pdfsAtuais) {
        this.armazem = armazem;
        this.pdfsAtuais = pdfsAtuais;
    }

    /**
     * A stored PDF of a boleto is read as the boleto's current one: a dispatch requested before the
     * beneficiary changed still sends the PDF with the new one.
     */
    @Override
    public Optional<Anexo> ler(TenantId tenantId, BoletoId boletoId, String anexo) {
        if (boletoId != null && anexo != null && ARMAZENADO.matcher(anexo.strip()).matches()) {
            try {
                Optional<String> atual = pdfsAtuais.de(tenantId, boletoId).map(PdfArmazenado::local);
                if (atual.isPresent()) {
                    return ler(tenantId, atual.get());
                }
            } catch (RuntimeException e) {
                log.warn("Current PDF of boleto {} unavailable ({}); sending the one the dispatch named", boletoId,
                        e.getClass().getSimpleName());
            }
        }
        return ler(tenantId, anexo);
    }

    @Override
    public Optional<Anexo> ler(TenantId tenantId, String anexo) {
        if (anexo == null || anexo.isBlank()) {
            return Optional.empty();
        }
        Matcher armazenado = ARMAZENADO.matcher(anexo.strip());
        if (armazenado.matches()) {
            String sha256 = armazenado.group(1);
            Optional<PdfArmazenado> pdf = armazem.buscar(tenantId, sha256);
            return pdf.flatMap(p -> armazem.conteudo(tenantId, sha256).map(c -> new Anexo(nome(p.nomeArquivo()), c)));
        }
        return arquivo(tenantId, anexo.strip());
    }

    private static Optional<Anexo> arquivo(TenantId tenantId, String anexo) {
        try {
            Path caminho = anexo.startsWith("file:") ? Path.of(URI.create(anexo)) : Path.of(anexo);
            if (!Files.isRegularFile(caminho) || Files.size(caminho) > ArmazemDePdf.TAMANHO_MAXIMO) {
                return Optional.empty();
            }
            return Optional.of(new Anexo(nome(caminho.getFileName().toString()), Files.readAllBytes(caminho)));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Attachment of tenant {} unreadable: {}", tenantId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String nome(String nome) {
        if (nome == null || nome.isBlank()) {
            return "boleto.pdf";
        }
        return nome.toLowerCase(Locale.ROOT).endsWith(".pdf") ? nome : nome + ".pdf";
    }
}
