package br.com.nexus.command.whatsapp.evolution;

/**
 * The instance's connection as Evolution reports it: {@code open}, {@code connecting},
 * {@code close} or {@code refused}; when not open, {@code qrcode} may hold a code to pair it.
 */
public record EstadoConexao(String instancia, String estado, QrCode qrcode) {

    public static final String ABERTA = "open";

    public boolean aberta() {
        return ABERTA.equals(estado);
    }
}
