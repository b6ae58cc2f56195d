package br.com.nexus.app.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts in the event store itself, for tests that check what a request did (or did not) record. */
public final class EventosGravados {

    private static final String MENCIONANDO = " position(? in convert_from(payload, 'UTF8')) > 0";

    private final JdbcTemplate jdbc;

    public EventosGravados(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored event whose payload mentions the text (a tenant id, an aggregate id). */
    public long mencionando(String texto) {
        Long quantos = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE" + MENCIONANDO, Long.class,
                texto);
        return quantos == null ? 0 : quantos;
    }

    /** Stored events of this type whose payload mentions the text. */
    public long doTipo(Class<?> tipo, String texto) {
        Long quantos = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND"
                + MENCIONANDO, Long.class, tipo.getName(), texto);
        return quantos == null ? 0 : quantos;
    }
}
