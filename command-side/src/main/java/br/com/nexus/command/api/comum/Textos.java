package br.com.nexus.command.api.comum;

/** Optional text fields: blank means absent, so an empty string never reaches an event. */
public final class Textos {

    private Textos() {
    }

    public static String opcional(String texto) {
        return texto == null || texto.isBlank() ? null : texto.strip();
    }
}
