package br.com.nexus.kernel.consulta.disparo;

import br.com.nexus.kernel.disparo.SituacaoDosEnvios;
import java.time.Instant;

/**
 * Whether the tenant's sending runs, since when and why; {@code desde} and {@code motivo} are
 * null for a tenant whose sending never paused.
 */
public record EstadoDosEnvios(
        SituacaoDosEnvios situacao,
        String motivo,
        Instant desde) {

    public static final EstadoDosEnvios NUNCA_PAUSADO = new EstadoDosEnvios(SituacaoDosEnvios.ATIVO, null, null);
}
