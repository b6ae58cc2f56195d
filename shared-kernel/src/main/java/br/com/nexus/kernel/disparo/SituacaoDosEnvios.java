package br.com.nexus.kernel.disparo;

/** Whether a tenant's WhatsApp dispatches are going out or wait for its instance to reconnect. */
public enum SituacaoDosEnvios {
    ATIVO,
    PAUSADO
}
