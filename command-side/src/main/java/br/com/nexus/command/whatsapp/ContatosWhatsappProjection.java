package br.com.nexus.command.whatsapp;

import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each cliente's WhatsApp number (table {@code whatsapp_contato}), so that a message arriving from
 * a number finds its cliente. Upserts only: replaying or repeating an event changes nothing.
 */
@Component
@ProcessingGroup(ContatosWhatsappProjection.GRUPO)
class ContatosWhatsappProjection {

    static final String GRUPO = "whatsapp-contatos";

    private final JdbcTemplate jdbc;

    ContatosWhatsappProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClienteCadastrado evento) {
        gravar(evento.tenantId(), evento.clienteId(), evento.whatsapp());
    }

    @EventHandler
    void on(ClienteImportado evento) {
        gravar(evento.tenantId(), evento.clienteId(), evento.whatsapp());
    }

    @EventHandler
    void on(ClienteAtualizado evento) {
        gravar(evento.tenantId(), evento.clienteId(), evento.whatsapp());
    }

    @ResetHandler
    void reiniciar() {
        jdbc.update("DELETE FROM whatsapp_contato");
    }

    private void gravar(TenantId tenantId, ClienteId clienteId, TelefoneWhatsapp whatsapp) {
        if (whatsapp == null) {
            jdbc.update("DELETE FROM whatsapp_contato WHERE tenant_id = ? AND cliente_id = ?", tenantId.valor(),
                    clienteId.valor());
            return;
        }
        jdbc.update("""
                INSERT INTO whatsapp_contato (tenant_id, cliente_id, telefone) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id, cliente_id) DO UPDATE SET telefone = EXCLUDED.telefone""",
                tenantId.valor(), clienteId.valor(), whatsapp.numero());
    }
}
