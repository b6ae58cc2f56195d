package br.com.nexus.command.whatsapp.evolution;

import java.util.List;
import java.util.Map;

/**
 * What {@code /instance/create} needs: the name, the instance token we choose, an optional phone
 * (digits) to get a pairing code, and the webhook Evolution should call (null for none).
 */
public record NovaInstancia(String instancia, String token, String numero, Webhook webhook) {

    /** A webhook as Evolution configures it; {@code headers} go out on every call (a shared secret, a jwt_key). */
    public record Webhook(String url, Map<String, String> headers, boolean porEvento, List<String> eventos) {
    }
}
