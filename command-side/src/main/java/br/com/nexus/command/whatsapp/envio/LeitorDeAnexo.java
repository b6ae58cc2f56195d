package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Optional;

/** Finds the bytes of a dispatch's attachment (the boleto's PDF) from what {@code DisparoSolicitado.anexo} names. */
public interface LeitorDeAnexo {

    /** The attachment's content and file name, or empty when it cannot be found. */
    Optional<Anexo> ler(TenantId tenantId, String anexo);

    /**
     * The attachment of a dispatch about a boleto ({@code boletoId} may be null): where it names the
     * boleto's stored PDF, the one the boleto should show now.
     */
    default Optional<Anexo> ler(TenantId tenantId, BoletoId boletoId, String anexo) {
        return ler(tenantId, anexo);
    }

    /** A file to send as a WhatsApp document. */
    record Anexo(String nomeArquivo, byte[] conteudo) {
    }
}
