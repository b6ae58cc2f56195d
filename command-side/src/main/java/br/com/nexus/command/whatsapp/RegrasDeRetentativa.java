package br.com.nexus.command.whatsapp;

import java.time.Duration;

/**
 * How a tenant's failed sends are tried again: up to {@code tentativasMaximas} attempts per
 * dispatch, the n-th retry about {@code base × 2^(n-1)} after the failure (with jitter, capped).
 */
public record RegrasDeRetentativa(int tentativasMaximas, Duration base) {

    public static final RegrasDeRetentativa PADRAO = new RegrasDeRetentativa(5, Duration.ofMinutes(1));
}
