package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.AnexarPdfBoletoCommand;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a GERADO boleto's PDF with the tenant's current beneficiary and payer, stores it and
 * attaches it to the boleto. Earlier PDFs stay stored: the boleto's events say which was attached when.
 */
@Component
class EmissaoDePdfDoBoleto {

    private static final Logger log = LoggerFactory.getLogger(EmissaoDePdfDoBoleto.class);
    /** The business day a boleto is dated with: Brazil's, not UTC's. */
    static final ZoneId FUSO = ZoneId.of("America/Sao_Paulo");

    private final CadastrosDeClientes cadastros;
    private final BeneficiarioIntegracao beneficiarios;
    private final GeradorDeBoletoPdf gerador;
    private final ArmazemDePdf armazem;
    private final CommandGateway commandGateway;

    EmissaoDePdfDoBoleto(CadastrosDeClientes cadastros, BeneficiarioIntegracao beneficiarios,
            GeradorDeBoletoPdf gerador, ArmazemDePdf armazem, CommandGateway commandGateway) {
        this.cadastros = cadastros;
        this.beneficiarios = beneficiarios;
        this.gerador = gerador;
        this.armazem = armazem;
        this.commandGateway = commandGateway;
    }

    /** {@code registradoEm} dates the document: the PDF of a boleto shows the day it was registered. */
    PdfArmazenado emitir(BoletoRegistrado boleto, Instant registradoEm) {
        Pagador pagador = cadastros.buscar(boleto.tenantId(), boleto.clienteId()).map(CadastroDoCliente::pagador)
                .orElseGet(() -> {
                    log.warn("Boleto {} gerado sem dados do pagador: cliente {} desconhecido", boleto.boletoId(),
                            boleto.clienteId());
                    return new Pagador(null, null, null);
                });
        Beneficiario beneficiario = beneficiarios.de(boleto.tenantId());
        byte[] pdf = gerador.gerar(new BoletoParaPdf(beneficiario, pagador, boleto.nossoNumero(),
                boleto.linhaDigitavel(), boleto.codigoBarras(), boleto.valor(), boleto.vencimento(),
                registradoEm.atZone(FUSO).toLocalDate(), boleto.parcela(), boleto.referencia(), boleto.descricao()));
        YearMonth mes = boleto.referencia() != null ? boleto.referencia() : YearMonth.from(boleto.vencimento());
        PdfArmazenado armazenado = armazem.guardarGerado(boleto.tenantId(), pdf,
                NomeDoArquivo.paraBoleto(pagador.nome(), mes), beneficiario.impressaoDigital());
        commandGateway.sendAndWait(new AnexarPdfBoletoCommand(boleto.boletoId(), boleto.tenantId(),
                armazenado.sha256(), armazenado.tamanho(), armazenado.local()));
        log.info("PDF do boleto {} gerado ({} bytes)", boleto.boletoId(), armazenado.tamanho());
        return armazenado;
    }
}
