package br.com.nexus.query.comum;

import java.sql.Types;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Named SQL parameters where a null carries an explicit "no type": without one, Spring asks the
 * driver for the parameter's type, which costs PostgreSQL a round trip per statement; the server
 * infers it from the column anyway.
 */
public class Parametros extends MapSqlParameterSource {

    public Parametros() {
    }

    public Parametros(String nome, Object valor) {
        addValue(nome, valor);
    }

    public Parametros(java.util.Map<String, ?> valores) {
        valores.forEach(this::addValue);
    }

    @Override
    public Parametros addValue(String nome, Object valor) {
        super.addValue(nome, valor);
        if (valor == null && getSqlType(nome) == TYPE_UNKNOWN) {
            registerSqlType(nome, Types.NULL);
        }
        return this;
    }
}
