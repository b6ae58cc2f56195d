package br.com.nexus.app.demo.simulador;

import java.util.regex.Pattern;

/** How the demo's simulators label what they do, so nobody takes it for the real service. */
public final class Simulado {

    public static final String RAIZ = "/simulador";
    /** On every answer of a simulator and every call it makes. */
    public static final String CABECALHO = "X-Nexus-Simulado";
    /** Added to every JSON object a simulator answers or sends. */
    public static final String CAMPO = "simulado";
    private static final Pattern NUMERO_LONGO = Pattern.compile("(\\d{4})\\d{3,}(\\d{2})");

    private Simulado() {
    }

    /** Phone numbers and JIDs reach the log only masked: {@code 5511****21@s.whatsapp.net}. */
    public static String mascarado(String texto) {
        return texto == null ? "" : NUMERO_LONGO.matcher(texto).replaceAll("$1****$2");
    }
}
