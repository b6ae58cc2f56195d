package br.com.nexus.command.documento;

import br.com.nexus.command.documento.DocumentosDeBoleto.Efeito;
import br.com.nexus.kernel.boleto.AnexarPdfBoletoCommand;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(GeracaoDePdfHandler.class);
    /** The business day a boleto is dated with: Brazil's, not UTC's. */
    static final ZoneId FUSO = ZoneId.of("America/Sao_Paulo");

    private final DocumentosDeBoleto documentos;
    private final CadastrosDeClientes cadastros;
    private final BeneficiarioIntegracao beneficiarios;
    private final GeradorDeBoletoPdf gerador;
    private final ArmazemDePdf armazem;
    private final CommandGateway commandGateway;

    GeracaoDePdfHandler(DocumentosDeBoleto documentos, CadastrosDeClientes cadastros,
            BeneficiarioIntegracao beneficiarios, GeradorDeBoletoPdf gerador, ArmazemDePdf armazem,
            CommandGateway commandGateway) {
        this.documentos = documentos;
        this.cadastros = cadastros;
        this.beneficiarios = beneficiarios;
        this.gerador = gerador;
        this.armazem = armazem;
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(BoletoRegistrado evento, @Timestamp Instant quando) {
        if (evento.origem() != OrigemBoleto.GERADO
                || !documentos.registrarEfeito(evento.boletoId(), Efeito.GERACAO, "", quando)) {
            return;
        }
        Pagador pagador = cadastros.buscar(evento.tenantId(), evento.clienteId()).map(CadastroDoCliente::pagador)
                .orElseGet(() -> {
                    log.warn("Boleto {} gerado sem dados do pagador: cliente {} desconhecido", evento.boletoId(),
                            evento.clienteId());
                    return new Pagador(null, null, null);
                });
        byte[] pdf = gerador.gerar(new BoletoParaPdf(beneficiarios.de(evento.tenantId()), pagador,
                evento.nossoNumero(), evento.linhaDigitavel(), evento.codigoBarras(), evento.valor(),
                evento.vencimento(), quando.atZone(FUSO).toLocalDate(), evento.parcela(), evento.referencia(),
                evento.descricao()));
        YearMonth mes = evento.referencia() != null ? evento.referencia() : YearMonth.from(evento.vencimento());
        PdfArmazenado armazenado = armazem.guardar(evento.tenantId(), pdf,
                NomeDoArquivo.paraBoleto(pagador.nome(), mes), OrigemPdf.GERADO);
        commandGateway.sendAndWait(new AnexarPdfBoletoCommand(evento.boletoId(), evento.tenantId(),
                armazenado.sha256(), armazenado.tamanho(), armazenado.local()));
        log.info("PDF do boleto {} gerado ({} bytes)", evento.boletoId(), armazenado.tamanho());
    }
}
