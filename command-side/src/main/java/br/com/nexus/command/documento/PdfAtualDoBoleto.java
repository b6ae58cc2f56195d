package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The PDF to hand out for a boleto, wherever it is handed out (download, WhatsApp). A generated PDF
 * that no longer shows the tenant's current beneficiary is rendered again and attached first, while
 * the boleto is still open; a paid or cancelled boleto keeps the PDF it had, and a PDF downloaded
 * from a portal is never replaced.
 */
@Component
public class PdfAtualDoBoleto {

    private static final Logger log = LoggerFactory.getLogger(PdfAtualDoBoleto.class);
    /** Two readers of one stale PDF on this node wait for each other, so it is rendered once. */
    private static final int TRAVAS = 64;

    private final Object[] travas = new Object[TRAVAS];

    private final DocumentosDeBoleto documentos;
    private final ArmazemDePdf armazem;
    private final BeneficiarioIntegracao beneficiarios;
    private final EmissaoDePdfDoBoleto emissao;
    private final EventStore eventStore;

    PdfAtualDoBoleto(DocumentosDeBoleto documentos, ArmazemDePdf armazem, BeneficiarioIntegracao beneficiarios,
            EmissaoDePdfDoBoleto emissao, EventStore eventStore) {
        this.documentos = documentos;
        this.armazem = armazem;
        this.beneficiarios = beneficiarios;
        this.emissao = emissao;
        this.eventStore = eventStore;
        for (int i = 0; i < TRAVAS; i++) {
            travas[i] = new Object();
        }
    }

    public Optional<PdfArmazenado> de(TenantId tenant, BoletoId boletoId) {
        Optional<PdfArmazenado> preferido = documentos.pdfPreferido(tenant, boletoId);
        if (preferido.isEmpty() || preferido.get().origem() != OrigemPdf.GERADO) {
            return preferido;
        }
        String impressao = beneficiarios.de(tenant).impressaoDigital();
        if (mostra(tenant, preferido.get(), impressao)) {
            return preferido;
        }
        synchronized (travas[Math.floorMod(boletoId.hashCode(), TRAVAS)]) {
            return atual(tenant, boletoId, preferido, impressao);
        }
    }

    private Optional<PdfArmazenado> atual(TenantId tenant, BoletoId boletoId, Optional<PdfArmazenado> preferido,
            String impressao) {
        // The list of attached PDFs may lag behind the boleto's own events: they have the last word.
        Optional<Historico> historico = historico(tenant, boletoId);
        if (historico.isEmpty() || historico.get().registro().origem() != OrigemBoleto.GERADO) {
            return preferido;
        }
        Optional<PdfArmazenado> anexado = Optional.ofNullable(historico.get().sha256Anexado())
                .flatMap(sha256 -> armazem.buscar(tenant, sha256));
        if (anexado.isPresent() && (anexado.get().origem() != OrigemPdf.GERADO
                || mostra(tenant, anexado.get(), impressao))) {
            return anexado;
        }
        if (historico.get().encerrado()) {
            return anexado.or(() -> preferido);
        }
        log.info("PDF do boleto {} gerado de novo: o beneficiário da empresa mudou", boletoId);
        return Optional.of(emissao.emitir(historico.get().registro(), historico.get().registradoEm()));
    }

    private boolean mostra(TenantId tenant, PdfArmazenado pdf, String impressao) {
        return armazem.beneficiarioImpressao(tenant, pdf.sha256()).map(impressao::equals).orElse(false);
    }

    /** What rendering the boleto again needs, folded from its event stream from sequence 0. */
    private record Historico(BoletoRegistrado registro, Instant registradoEm, String sha256Anexado,
                             boolean encerrado) {
    }

    private Optional<Historico> historico(TenantId tenant, BoletoId boletoId) {
        DomainEventStream eventos = eventStore.readEvents(boletoId.toString(), 0);
        BoletoRegistrado registro = null;
        Instant registradoEm = null;
        String sha256 = null;
        boolean pago = false;
        boolean cancelado = false;
        while (eventos.hasNext()) {
            DomainEventMessage<?> mensagem = eventos.next();
            Object evento = mensagem.getPayload();
            if (evento instanceof BoletoRegistrado e) {
                if (!tenant.equals(e.tenantId())) {
                    return Optional.empty();
                }
                registro = e;
                registradoEm = mensagem.getTimestamp();
            } else if (evento instanceof BoletoPdfAnexado e) {
                sha256 = e.sha256();
            } else if (evento instanceof BoletoPago) {
                pago = true;
            } else if (evento instanceof BoletoReaberto) {
                pago = false;
            } else if (evento instanceof BoletoCancelado) {
                cancelado = true;
            }
        }
        return registro == null ? Optional.empty()
                : Optional.of(new Historico(registro, registradoEm, sha256, pago || cancelado));
    }
}
