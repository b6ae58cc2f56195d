package br.com.nexus.command.portal.navegador;

import java.util.Objects;

/** A consultant's login on the portal. {@link #toString()} never shows the password. */
public record Credenciais(String usuario, String senha, String pontoDeVenda) {

    public Credenciais {
        Objects.requireNonNull(usuario, "usuario");
        Objects.requireNonNull(senha, "senha");
    }

    @Override
    public String toString() {
        return "Credenciais[usuario=" + usuario + ", pontoDeVenda=" + pontoDeVenda + "]";
    }
}
