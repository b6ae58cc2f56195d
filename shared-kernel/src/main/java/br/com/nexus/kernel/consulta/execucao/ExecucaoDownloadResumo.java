package br.com.nexus.kernel.consulta.execucao;

import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A portal download run and its progress: {@code processados} of {@code total} clientes, split
 * by outcome; {@code percentual} has two decimals. {@code situacao} is null while it runs;
 * {@code motivo} and {@code detalhe} say why it was interrupted.
 */
public record ExecucaoDownloadResumo(
        ExecucaoDownloadId id,
        String pontoDeVenda,
        Integer ano,
        Integer limite,
        int total,
        int processados,
        int sucesso,
        int erro,
        int cpfNaoEncontrado,
        int semBoleto,
        boolean emAndamento,
        SituacaoExecucaoDownload situacao,
        MotivoInterrupcao motivo,
        String detalhe,
        BigDecimal percentual,
        Instant iniciadaEm,
        Instant concluidaEm,
        Instant atualizadoEm) {
}
