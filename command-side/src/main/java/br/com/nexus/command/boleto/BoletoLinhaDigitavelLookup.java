package br.com.nexus.command.boleto;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The linhas digitáveis taken within each tenant (table {@code boleto_linha_digitavel}), written in
 * the transaction that registers the boleto. Two concurrent registrations of one linha: the second
 * insert waits for the first transaction, then inserts nothing and finds the winner's id (a plain
 * insert failing on the key would abort the transaction before that look-up could run).
 */
@Component
class BoletoLinhaDigitavelLookup {

    static final String BOLETO_DUPLICADO = "BOLETO_DUPLICADO";

    private final JdbcTemplate jdbc;

    BoletoLinhaDigitavelLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void reservar(TenantId tenantId, LinhaDigitavel linha, BoletoId boletoId) {
        int inseridas = jdbc.update("""
                INSERT INTO boleto_linha_digitavel (tenant_id, linha_digitavel, boleto_id) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id, linha_digitavel) DO NOTHING""",
                tenantId.valor(), linha.numero(), boletoId.valor());
        if (inseridas == 1) {
            return;
        }
        UUID existente = jdbc.queryForObject(
                "SELECT boleto_id FROM boleto_linha_digitavel WHERE tenant_id = ? AND linha_digitavel = ?",
                UUID.class, tenantId.valor(), linha.numero());
        if (boletoId.valor().equals(existente)) {
            return;
        }
        throw new DomainException(ErrorKind.CONFLITO, BOLETO_DUPLICADO,
                "Já existe um boleto com esta linha digitável (" + existente + ")",
                Map.of("boletoExistenteId", String.valueOf(existente)));
    }
}
