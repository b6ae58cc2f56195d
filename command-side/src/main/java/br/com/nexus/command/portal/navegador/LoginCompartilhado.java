package br.com.nexus.command.portal.navegador;

import java.util.function.Supplier;

/**
 * The consultant's one session, shared by every browser context of a run: the first worker logs
 * in and the others start from its cookies (Playwright's storage state). When the portal ends the
 * session, the first worker to notice logs in again and the rest adopt the new cookies, so an
 * expiry costs one login, not one per worker. A refused login is remembered and rethrown to every
 * worker instead of being retried against the portal.
 */
final class LoginCompartilhado {

    /** Cookies of a session, with a version that grows at each login. */
    record Sessao(String estado, int versao) {
    }

    private String estado;
    private int versao;
    private int logins;
    private RuntimeException recusa;

    /** The current session, logging in through {@code entrar} when there is none yet. */
    synchronized Sessao atual(Supplier<String> entrar) {
        if (estado == null) {
            entrarAgora(entrar);
        }
        return new Sessao(estado, versao);
    }

    /**
     * A new session to replace {@code vencida}: logs in again unless another worker already did
     * since, in which case its session is returned.
     */
    synchronized Sessao renovar(int vencida, Supplier<String> entrar) {
        if (versao == vencida) {
            entrarAgora(entrar);
        }
        return new Sessao(estado, versao);
    }

    synchronized int logins() {
        return logins;
    }

    private void entrarAgora(Supplier<String> entrar) {
        if (recusa != null) {
            throw recusa;
        }
        try {
            logins++;
            estado = entrar.get();
            versao++;
        } catch (ParadaNoPortal e) {
            recusa = e;
            throw e;
        }
    }
}
