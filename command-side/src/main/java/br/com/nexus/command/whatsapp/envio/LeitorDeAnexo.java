package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.kernel.comum.TenantId;
import java.util.Optional;

/** Finds the bytes of a dispatch's attachment (the boleto's PDF) from what {@code DisparoSolicitado.anexo} names. */
public interface LeitorDeAnexo {

    /** The attachment's content and file name, or empty when it cannot be found. */
    Optional<Anexo> ler(TenantId tenantId, String anexo);

    /** A file to send as a WhatsApp document. */
    record Anexo(String nomeArquivo, byte[] conteudo) {
    }
}
