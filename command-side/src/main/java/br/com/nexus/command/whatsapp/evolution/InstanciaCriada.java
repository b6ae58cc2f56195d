package br.com.nexus.command.whatsapp.evolution;

/** Evolution's answer to a create: {@code hash} is the instance token; {@code qrcode} when it started pairing. */
public record InstanciaCriada(String instancia, String instanceId, String status, String hash, QrCode qrcode) {

    @Override
    public String toString() {
        return "InstanciaCriada[" + instancia + ", " + status + "]";
    }
}
