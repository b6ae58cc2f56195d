package br.com.nexus.command.documento;

import br.com.nexus.command.documento.DocumentosDeBoleto.Efeito;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Renders the PDF of every boleto this system generates (origem GERADO), stores it and attaches
 * it to the boleto. The claim in {@code documento_efeito}, the stored PDF and the command's events
 * commit together with the processor's token, so a redelivered event renders nothing twice.
 */
@Component
@ProcessingGroup(DocumentosProjection.GRUPO)
@DisallowReplay
class GeracaoDePdfHandler {

    private final DocumentosDeBoleto documentos;
    private final EmissaoDePdfDoBoleto emissao;

    GeracaoDePdfHandler(DocumentosDeBoleto documentos, EmissaoDePdfDoBoleto emissao) {
        this.documentos = documentos;
        this.emissao = emissao;
    }

    @EventHandler
    void on(BoletoRegistrado evento, @Timestamp Instant quando) {
        if (evento.origem() != OrigemBoleto.GERADO
                || !documentos.registrarEfeito(evento.boletoId(), Efeito.GERACAO, "", quando)) {
            return;
        }
        emissao.emitir(evento, quando);
    }
}
