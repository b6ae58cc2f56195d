package br.com.nexus.command.portal;

import br.com.nexus.command.documento.ArmazemDePdf;
import br.com.nexus.command.documento.LeitorDeBoletoPdf;
import br.com.nexus.command.documento.OrigemPdf;
import br.com.nexus.command.documento.PdfArmazenado;
import br.com.nexus.command.portal.ExecucoesNoBanco.Execucao;
import br.com.nexus.command.portal.navegador.ClienteDoPortal;
import br.com.nexus.command.portal.navegador.Desfecho;
import br.com.nexus.kernel.boleto.AnexarPdfBoletoCommand;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.RegistrarResultadoDownloadCommand;
import br.com.nexus.kernel.download.ResultadoDownload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns what the portal gave for a cliente into the system's record of it. A downloaded PDF is
 * stored by its SHA-256, its linha digitável read back from its text (value and due date come
 * from it), the boleto registered as CANOPUS and the PDF attached. The boleto's id derives from
 * tenant and linha digitável, so downloading the same boleto again never registers it twice.
 */
@Component
class RegistroDeDesfechos {

    private static final Logger log = LoggerFactory.getLogger(RegistroDeDesfechos.class);
    private static final String JA_EXISTE = "BOLETO_JA_EXISTE";
    private static final String DUPLICADO = "BOLETO_DUPLICADO";

    private final ArmazemDePdf armazem;
    private final LeitorDeBoletoPdf leitor;
    private final ExecucoesNoBanco execucoes;
    private final CommandGateway commandGateway;
    private final TransactionTemplate transacao;
    private final Clock clock;

    @Autowired
    RegistroDeDesfechos(ArmazemDePdf armazem, LeitorDeBoletoPdf leitor, ExecucoesNoBanco execucoes,
            CommandGateway commandGateway, TransactionTemplate transacao) {
        this(armazem, leitor, execucoes, commandGateway, transacao, Clock.systemUTC());
    }

    RegistroDeDesfechos(ArmazemDePdf armazem, LeitorDeBoletoPdf leitor, ExecucoesNoBanco execucoes,
            CommandGateway commandGateway, TransactionTemplate transacao, Clock clock) {
        this.armazem = armazem;
        this.leitor = leitor;
        this.execucoes = execucoes;
        this.commandGateway = commandGateway;
        this.transacao = transacao;
        this.clock = clock;
    }

    private record Resultado(ResultadoDownload tipo, String detalhe, String arquivo, BoletoId boletoId,
                             String captura) {
    }

    /** Records the outcome; {@code false} when the run no longer takes outcomes. */
    boolean registrar(Execucao execucao, ClienteDoPortal cliente, Desfecho desfecho) {
        Resultado resultado;
        if (desfecho instanceof Desfecho.Baixado baixado) {
            resultado = registrarBoleto(execucao, cliente, baixado);
        } else if (desfecho instanceof Desfecho.CpfNaoEncontrado) {
            resultado = new Resultado(ResultadoDownload.CPF_NAO_ENCONTRADO, "CPF não encontrado no portal", null,
                    null, null);
        } else if (desfecho instanceof Desfecho.SemBoleto semBoleto) {
            resultado = new Resultado(ResultadoDownload.SEM_BOLETO, semBoleto.detalhe(), null, null, null);
        } else {
            Desfecho.Falha falha = (Desfecho.Falha) desfecho;
            resultado = new Resultado(ResultadoDownload.ERRO, falha.detalhe(), null, null,
                    falha.captura() == null ? null : falha.captura().toString());
        }
        if (resultado.tipo() == ResultadoDownload.ERRO) {
            log.warn("Download do cliente {} falhou: {}", cliente.clienteId(), resultado.detalhe());
        }
        Boolean aceito = transacao.execute(status -> {
            execucoes.registrar(execucao.id(), cliente.clienteId(), resultado.tipo(), resultado.detalhe(),
                    resultado.arquivo(), resultado.boletoId(), resultado.captura(), clock.instant());
            return commandGateway.sendAndWait(new RegistrarResultadoDownloadCommand(execucao.id(), execucao.tenantId(),
                    cliente.clienteId(), resultado.tipo(), resultado.detalhe(), resultado.arquivo(),
                    resultado.boletoId(), resultado.captura()));
        });
        return Boolean.TRUE.equals(aceito);
    }

    private Resultado registrarBoleto(Execucao execucao, ClienteDoPortal cliente, Desfecho.Baixado baixado) {
        TenantId tenant = execucao.tenantId();
        try {
            LinhaDigitavel linha = leitor.ler(baixado.pdf()).orElseThrow(() -> DomainException.invalido(
                    "LINHA_DIGITAVEL_AUSENTE", "o PDF não traz uma linha digitável válida"));
            CodigoBarras codigo = linha.codigoBarras();
            LocalDate perto = baixado.mes().ano() == null ? LocalDate.now(clock)
                    : YearMonth.of(baixado.mes().ano(), baixado.mes().mes()).atDay(15);
            LocalDate vencimento = codigo.vencimento(perto).orElseThrow(() -> DomainException.invalido(
                    "VENCIMENTO_AUSENTE", "o boleto do PDF não tem data de vencimento"));
            YearMonth referencia = baixado.mes().comAno(Year.of(execucao.ano() != null ? execucao.ano()
                    : vencimento.getYear()));
            PdfArmazenado pdf = armazem.guardar(tenant, baixado.pdf(), baixado.arquivo(), OrigemPdf.BAIXADO);
            BoletoId boletoId = idDoBoleto(tenant, linha);
            try {
                commandGateway.sendAndWait(new RegistrarBoletoCommand(boletoId, tenant, cliente.clienteId(),
                        OrigemBoleto.CANOPUS, null, linha, codigo, codigo.valor(), vencimento, null, referencia,
                        "Boleto Canopus " + baixado.mes()));
            } catch (CommandExecutionException e) {
                Optional<BoletoId> existente = boletoJaRegistrado(e);
                if (existente.isPresent()) {
                    // The same slip entered by hand before: the download attaches its PDF to that boleto.
                    boletoId = existente.get();
                } else if (!JA_EXISTE.equals(codigo(e))) {
                    throw e;
                }
            }
            commandGateway.sendAndWait(new AnexarPdfBoletoCommand(boletoId, tenant, pdf.sha256(), pdf.tamanho(),
                    pdf.local()));
            return new Resultado(ResultadoDownload.SUCESSO, null, baixado.arquivo(), boletoId, null);
        } catch (DomainException e) {
            return new Resultado(ResultadoDownload.ERRO, "PDF baixado rejeitado: " + e.getMessage(), baixado.arquivo(),
                    null, null);
        } catch (CommandExecutionException e) {
            return new Resultado(ResultadoDownload.ERRO, "Boleto baixado não foi registrado: " + e.getMessage(),
                    baixado.arquivo(), null, null);
        }
    }

    static BoletoId idDoBoleto(TenantId tenant, LinhaDigitavel linha) {
        return new BoletoId(UUID.nameUUIDFromBytes(("canopus:" + tenant + ":" + linha.numero())
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<BoletoId> boletoJaRegistrado(CommandExecutionException e) {
        return e.getDetails().filter(ErroDominio.class::isInstance).map(ErroDominio.class::cast)
                .filter(erro -> DUPLICADO.equals(erro.code()))
                .map(erro -> erro.propriedades().get("boletoExistenteId"))
                .map(BoletoId::de);
    }

    private static String codigo(CommandExecutionException e) {
        return e.getDetails().filter(ErroDominio.class::isInstance).map(d -> ((ErroDominio) d).code()).orElse(null);
    }
}
