package br.com.nexus.command.importacao;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * One uploaded spreadsheet imported as the API and the console both do it: a file is required,
 * one over the size limit is refused before it is read, and the import waits for a free slot.
 */
@Service
public class ImportacaoDePlanilha {

    private final ImportacaoDeClientes importacao;
    private final LimiteDeImportacoes limite;

    ImportacaoDePlanilha(ImportacaoDeClientes importacao, LimiteDeImportacoes limite) {
        this.importacao = importacao;
        this.limite = limite;
    }

    public RelatorioImportacao importar(TenantId tenant, MultipartFile enviado) {
        if (enviado == null || enviado.isEmpty()) {
            throw DomainException.invalido("ARQUIVO_OBRIGATORIO", "Envie a planilha no campo 'arquivo'");
        }
        if (enviado.getSize() > LeitorDePlanilha.LIMITE_BYTES) {
            throw new PlanilhaGrandeDemais("Arquivo acima de " + LeitorDePlanilha.LIMITE_BYTES / (1024 * 1024) + " MB");
        }
        return limite.executar(() -> {
            try {
                return importacao.importar(tenant, enviado.getBytes(), enviado.getOriginalFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
