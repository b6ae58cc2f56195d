package br.com.nexus.kernel.download;

/** How a download run ended. */
public enum SituacaoExecucaoDownload {
    /** Every cliente got an outcome. */
    CONCLUIDA,
    /** Stopped on purpose (see {@link MotivoInterrupcao}); the rest were not tried. */
    INTERROMPIDA,
    /** No outcome arrived for too long (the worker died, say); the rest were not tried. */
    EXPIRADA
}
