package br.com.nexus.kernel.download;

/** What the portal gave for one cliente of a download run. */
public enum ResultadoDownload {
    /** The boleto PDF was downloaded, stored and the boleto registered. */
    SUCESSO,
    /** Something failed (page timeout, unreadable PDF, ...); the detail and a screenshot say what. */
    ERRO,
    /** The portal does not know the cliente's CPF. */
    CPF_NAO_ENCONTRADO,
    /** The cliente exists on the portal but has no boleto to emit. */
    SEM_BOLETO
}
