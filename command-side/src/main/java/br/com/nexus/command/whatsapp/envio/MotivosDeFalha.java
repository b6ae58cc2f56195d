package br.com.nexus.command.whatsapp.envio;

/**
 * The reasons a WhatsApp attempt fails, as the prefix of {@code DisparoFalhou.erro}
 * ({@code codigo: detalhe}), so that clients can group failures without parsing prose.
 */
public final class MotivosDeFalha {

    /** Permanent: neither form of the number has a WhatsApp account. */
    public static final String NUMERO_SEM_WHATSAPP = "numero_sem_whatsapp";
    /** Retryable: the tenant's instance is not connected to WhatsApp. */
    public static final String INSTANCIA_DESCONECTADA = "instancia_desconectada";
    /** Retryable: 5xx, "Connection Closed", timeouts, after the immediate retries. */
    public static final String GATEWAY_INDISPONIVEL = "gateway_indisponivel";
    /** Retryable: the instance's circuit breaker is open. */
    public static final String CIRCUITO_ABERTO = "circuito_aberto";
    /** Retryable: the instance token was refused (an admin can fix it). */
    public static final String CREDENCIAL_RECUSADA = "credencial_recusada";
    /** Retryable: the configured instance does not exist on the server. */
    public static final String INSTANCIA_INEXISTENTE = "instancia_inexistente";
    /** Permanent: the gateway refused the request itself. */
    public static final String ENVIO_RECUSADO = "envio_recusado";
    /** Permanent: the cliente asked not to receive WhatsApp messages. */
    public static final String OPT_OUT = "opt_out";
    /** Permanent: the destination is not a Brazilian mobile number. */
    public static final String DESTINO_INVALIDO = "destino_invalido";
    /** Permanent: the attachment the dispatch names cannot be read. */
    public static final String ANEXO_INDISPONIVEL = "anexo_indisponivel";
    /** Permanent: WhatsApp was never configured for the tenant while the dispatch waited. */
    public static final String INTEGRACAO_NAO_CONFIGURADA = "integracao_nao_configurada";
    /** Permanent: the node died while sending; whether it went out is unknown, so it is not sent again. */
    public static final String ENVIO_INTERROMPIDO = "envio_interrompido";
    /** Retryable: an unexpected error on our side. */
    public static final String ERRO_INTERNO = "erro_interno";
    /** Retryable: WhatsApp reported the sent message failed (status ERROR). */
    public static final String FALHA_NA_ENTREGA = "falha_na_entrega";

    private MotivosDeFalha() {
    }

    public static String erro(String codigo, String detalhe) {
        return codigo + ": " + detalhe;
    }
}
