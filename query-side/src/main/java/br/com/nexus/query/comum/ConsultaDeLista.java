package br.com.nexus.query.comum;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.Ordenacao;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Builds one tenant-scoped, filtered, sorted and paged list query. Filters with a null value are
 * left out; the sort field must be one the list names, and the row id breaks ties so that pages
 * never overlap.
 */
public final class ConsultaDeLista {

    private final String tabela;
    private final StringBuilder where = new StringBuilder(" WHERE t.tenant_id = :tenant");
    private final MapSqlParameterSource parametros = new Parametros();

    public ConsultaDeLista(String tabela, UUID tenant) {
        this.tabela = tabela;
        parametros.addValue("tenant", tenant);
    }

    /** Adds {@code condicao} (which uses {@code :nome}) when {@code valor} is not null. */
    public ConsultaDeLista filtro(String condicao, String nome, Object valor) {
        if (valor != null) {
            where.append(" AND ").append(condicao);
            parametros.addValue(nome, valor);
        }
        return this;
    }

    /**
     * Adds a search of {@code texto} in any of the given expressions, ignoring case and accents
     * ({@code sem_acento}, a database function over PostgreSQL's unaccent).
     */
    public ConsultaDeLista busca(String texto, List<String> expressoes, String somenteDigitosEm) {
        if (texto == null || texto.isBlank()) {
            return this;
        }
        String limpo = texto.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        parametros.addValue("busca", "%" + limpo + "%");
        StringBuilder ou = new StringBuilder();
        for (String expressao : expressoes) {
            ou.append(ou.isEmpty() ? "" : " OR ").append("sem_acento(").append(expressao)
                    .append(") LIKE sem_acento(:busca)");
        }
        String digitos = texto.replaceAll("\\D", "");
        if (somenteDigitosEm != null && digitos.length() >= 3) {
            parametros.addValue("buscaDigitos", "%" + digitos + "%");
            ou.append(" OR ").append(somenteDigitosEm).append(" LIKE :buscaDigitos");
        }
        where.append(" AND (").append(ou).append(')');
        return this;
    }

    public long contar(NamedParameterJdbcTemplate jdbc) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM " + tabela + " t" + where, parametros, Long.class);
        return total == null ? 0 : total;
    }

    /** Hands every matching row, in the given order, to {@code cada} without holding them all in memory. */
    public void percorrer(NamedParameterJdbcTemplate jdbc, String selecao, String ordem,
            org.springframework.jdbc.core.RowCallbackHandler cada) {
        jdbc.query("SELECT " + selecao + where + " ORDER BY " + ordem, parametros, cada);
    }

    /**
     * Runs the page query.
     *
     * @param selecao   the select list and any joins, e.g. {@code "t.*, c.nome AS cliente_nome FROM ... t LEFT JOIN ..."}
     * @param colunas   sortable field name → SQL expression
     * @param padrao    the default ordering when {@code ordenacao} is null
     * @param desempate the unique column that breaks ties
     */
    public <T> List<T> pagina(NamedParameterJdbcTemplate jdbc, String selecao, Map<String, String> colunas,
            Ordenacao ordenacao, Ordenacao padrao, String desempate, int page, int size, RowMapper<T> mapper) {
        Ordenacao efetiva = ordenacao == null ? padrao : ordenacao;
        String coluna = colunas.get(efetiva.campo());
        if (coluna == null) {
            throw DomainException.invalido("ORDENACAO_INVALIDA", "Campo de ordenação desconhecido: " + efetiva.campo());
        }
        // PostgreSQL's default null placement, so a descending page is a backward scan of the index.
        String direcao = efetiva.decrescente() ? " DESC" : " ASC";
        MapSqlParameterSource pagina = new Parametros(parametros.getValues())
                .addValue("limite", size)
                .addValue("deslocamento", (long) page * size);
        String sql = "SELECT " + selecao + where + " ORDER BY " + coluna + direcao + ", " + desempate + direcao
                + " LIMIT :limite OFFSET :deslocamento";
        return jdbc.query(sql, pagina, mapper);
    }
}
