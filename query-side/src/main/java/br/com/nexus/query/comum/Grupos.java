package br.com.nexus.query.comum;

import java.util.List;

/** The processing groups of the read models; each one can be rebuilt by replay on its own. */
public final class Grupos {

    public static final String DASHBOARD = "dashboard";
    public static final String FUNIL = "funil";
    public static final String FINANCEIRO = "financeiro";
    public static final String LISTAS = "listas";
    public static final String TIMELINE = "timeline";
    public static final String COBRANCA = "cobranca";

    public static final List<String> TODOS = List.of(DASHBOARD, FUNIL, FINANCEIRO, LISTAS, TIMELINE, COBRANCA);

    private Grupos() {
    }
}
