package br.com.nexus.query.comum;

import br.com.nexus.kernel.comum.Dinheiro;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Conversions between read-model columns and Java values. */
public final class Sql {

    /**
     * Guard of an update driven by one aggregate's events: applies only an event newer than the
     * last one applied; an event without a sequence number is always applied.
     */
    public static final String VERSAO_MAIS_NOVA = "versao < COALESCE(CAST(:versao AS BIGINT), versao + 1)";
    /** Assignment that goes with {@link #VERSAO_MAIS_NOVA}. */
    public static final String NOVA_VERSAO = "versao = COALESCE(CAST(:versao AS BIGINT), versao)";

    private Sql() {
    }

    /** Parameters every event update needs: tenant, versão and the event's time as {@code :em}. */
    public static MapSqlParameterSource parametros(UUID tenant, Origem origem) {
        return new Parametros()
                .addValue("tenant", tenant)
                .addValue("versao", origem.versao(), Types.BIGINT)
                .addValue("em", instante(origem.ocorridoEm()));
    }

    public static OffsetDateTime instante(Instant instante) {
        return instante == null ? null : instante.atOffset(ZoneOffset.UTC);
    }

    public static Instant instante(ResultSet rs, String coluna) throws SQLException {
        OffsetDateTime valor = rs.getObject(coluna, OffsetDateTime.class);
        return valor == null ? null : valor.toInstant();
    }

    public static LocalDate data(ResultSet rs, String coluna) throws SQLException {
        return rs.getObject(coluna, LocalDate.class);
    }

    public static UUID uuid(ResultSet rs, String coluna) throws SQLException {
        return rs.getObject(coluna, UUID.class);
    }

    public static <T> T id(ResultSet rs, String coluna, Function<UUID, T> fabrica) throws SQLException {
        UUID valor = uuid(rs, coluna);
        return valor == null ? null : fabrica.apply(valor);
    }

    public static Dinheiro dinheiro(ResultSet rs, String coluna) throws SQLException {
        long centavos = rs.getLong(coluna);
        return rs.wasNull() ? null : Dinheiro.deCentavos(centavos);
    }

    public static Integer inteiro(ResultSet rs, String coluna) throws SQLException {
        int valor = rs.getInt(coluna);
        return rs.wasNull() ? null : valor;
    }

    public static Long longo(ResultSet rs, String coluna) throws SQLException {
        long valor = rs.getLong(coluna);
        return rs.wasNull() ? null : valor;
    }

    public static <E extends Enum<E>> E enumeracao(ResultSet rs, String coluna, Class<E> tipo) throws SQLException {
        String valor = rs.getString(coluna);
        return valor == null ? null : Enum.valueOf(tipo, valor);
    }

    public static String nome(Enum<?> valor) {
        return valor == null ? null : valor.name();
    }

    public static UUID valor(Object id) {
        return id == null ? null : UUID.fromString(id.toString());
    }
}
