package br.com.nexus.command.documento;

import br.com.nexus.command.documento.DocumentosDeBoleto.BoletoRegistradoAqui;
import br.com.nexus.command.documento.DocumentosDeBoleto.Efeito;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.DivergenciaPdf;
import br.com.nexus.kernel.boleto.RegistrarDivergenciaPdfBoletoCommand;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks every downloaded PDF attached to a boleto against what was registered: when its linha
 * digitável shows another value or due date, is another slip, or cannot be read, the boleto is
 * flagged with {@code BoletoPdfDivergente} for a human. Generated PDFs are ours and skipped.
 */
@Component
@ProcessingGroup(DocumentosProjection.GRUPO)
@DisallowReplay
class ConferenciaDePdfHandler {

    private static final Logger log = LoggerFactory.getLogger(ConferenciaDePdfHandler.class);

    private final DocumentosDeBoleto documentos;
    private final ArmazemDePdf armazem;
    private final LeitorDeBoletoPdf leitor;
    private final CommandGateway commandGateway;

    ConferenciaDePdfHandler(DocumentosDeBoleto documentos, ArmazemDePdf armazem, LeitorDeBoletoPdf leitor,
            CommandGateway commandGateway) {
        this.documentos = documentos;
        this.armazem = armazem;
        this.leitor = leitor;
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(BoletoPdfAnexado evento, @Timestamp Instant quando) {
        Optional<PdfArmazenado> armazenado = armazem.buscar(evento.tenantId(), evento.sha256());
        if (armazenado.isEmpty() || armazenado.get().origem() != OrigemPdf.BAIXADO) {
            return;
        }
        Optional<BoletoRegistradoAqui> boleto = documentos.buscar(evento.boletoId());
        if (boleto.isEmpty()
                || !documentos.registrarEfeito(evento.boletoId(), Efeito.CONFERENCIA, evento.sha256(), quando)) {
            return;
        }
        LinhaDigitavel doPdf = lerLinha(evento).orElse(null);
        Set<DivergenciaPdf> divergencias = LeitorDeBoletoPdf.divergencias(doPdf, boleto.get().linhaDigitavel(),
                boleto.get().valor(), boleto.get().vencimento());
        if (divergencias.isEmpty()) {
            return;
        }
        log.warn("PDF do boleto {} diverge do registrado: {}", evento.boletoId(), divergencias);
        commandGateway.sendAndWait(new RegistrarDivergenciaPdfBoletoCommand(evento.boletoId(), evento.tenantId(),
                evento.sha256(), doPdf, divergencias));
    }

    private Optional<LinhaDigitavel> lerLinha(BoletoPdfAnexado evento) {
        byte[] conteudo = armazem.conteudo(evento.tenantId(), evento.sha256()).orElseThrow();
        try {
            return leitor.ler(conteudo);
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
