package br.com.nexus.kernel.download;

/** Why a download run stopped before every cliente was tried. */
public enum MotivoInterrupcao {
    /** The portal asked for a CAPTCHA: going on would only hammer it. */
    CAPTCHA,
    /** The portal refused access (blocked page, too many requests). */
    BLOQUEIO,
    /** The portal refused the consultant's user and password. */
    CREDENCIAIS_RECUSADAS,
    /** The tenant has no portal credentials configured. */
    INTEGRACAO_NAO_CONFIGURADA,
    /** The browser could not be started, or died and could not be restarted. */
    FALHA_NO_NAVEGADOR,
    /** The outcomes could not be recorded here (database or command failure). */
    FALHA_INTERNA
}
