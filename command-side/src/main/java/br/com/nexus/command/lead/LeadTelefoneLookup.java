package br.com.nexus.command.lead;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.LeadId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The phones of a tenant's open leads (table {@code lead_telefone_aberto}), written in the
 * transaction that handles the command, so a phone is claimed and released together with the
 * lead's events. Two concurrent claims of one phone: the second insert waits for the first
 * transaction and then fails on the primary key.
 */
@Component
class LeadTelefoneLookup {

    private final JdbcTemplate jdbc;

    LeadTelefoneLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void reservar(TenantId tenantId, Telefone telefone, LeadId leadId) {
        try {
            jdbc.update("INSERT INTO lead_telefone_aberto (tenant_id, telefone, lead_id) VALUES (?, ?, ?)",
                    tenantId.valor(), telefone.numero(), leadId.valor());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflito("TELEFONE_DUPLICADO",
                    "Já existe um lead em aberto com o telefone " + telefone.mascarado());
        }
    }

    void liberar(TenantId tenantId, Telefone telefone, LeadId leadId) {
        jdbc.update("DELETE FROM lead_telefone_aberto WHERE tenant_id = ? AND telefone = ? AND lead_id = ?",
                tenantId.valor(), telefone.numero(), leadId.valor());
    }
}
