package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.command.whatsapp.evolution.NumeroWhatsapp;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The JID WhatsApp really knows each cliente's number by. Accounts older than their region's
 * ninth-digit migration often keep a 12-digit JID, so both forms are asked once through the
 * gateway and the answer is kept (table {@code whatsapp_jid}) until the cliente's number changes.
 */
@Component
public class Jids {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public Jids(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    Jids(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The kept JID, or one resolved now; empty when neither form of the number has WhatsApp. */
    public Optional<String> resolver(GatewayEvolution gateway, ConexaoEvolution conexao, TenantId tenantId,
            ClienteId clienteId, TelefoneWhatsapp telefone) {
        if (clienteId != null) {
            Optional<String> guardado = guardado(tenantId, clienteId, telefone);
            if (guardado.isPresent()) {
                return guardado;
            }
        }
        List<NumeroWhatsapp> respostas = gateway.consultarNumeros(conexao, telefone.candidatosJid());
        Optional<String> jid = telefone.candidatosJid().stream()
                .flatMap(candidato -> respostas.stream()
                        .filter(r -> r.existe() && r.jid() != null && candidato.equals(digitos(r.numero()))))
                .map(NumeroWhatsapp::jid)
                .findFirst()
                .or(() -> respostas.stream().filter(r -> r.existe() && r.jid() != null).map(NumeroWhatsapp::jid)
                        .findFirst());
        if (jid.isPresent() && clienteId != null) {
            guardar(tenantId, clienteId, telefone, jid.get());
        }
        return jid;
    }

    public Optional<String> guardado(TenantId tenantId, ClienteId clienteId, TelefoneWhatsapp telefone) {
        return jdbc.queryForList("SELECT jid FROM whatsapp_jid WHERE tenant_id = ? AND cliente_id = ? AND telefone = ?",
                String.class, tenantId.valor(), clienteId.valor(), telefone.numero()).stream().findFirst();
    }

    /** Forgets a JID the gateway no longer accepts, so the next dispatch asks again. */
    public void esquecer(TenantId tenantId, ClienteId clienteId) {
        if (clienteId != null) {
            jdbc.update("DELETE FROM whatsapp_jid WHERE tenant_id = ? AND cliente_id = ?", tenantId.valor(),
                    clienteId.valor());
        }
    }

    private void guardar(TenantId tenantId, ClienteId clienteId, TelefoneWhatsapp telefone, String jid) {
        jdbc.update("""
                INSERT INTO whatsapp_jid (tenant_id, cliente_id, telefone, jid, resolvido_em) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, cliente_id) DO UPDATE
                  SET telefone = EXCLUDED.telefone, jid = EXCLUDED.jid, resolvido_em = EXCLUDED.resolvido_em""",
                tenantId.valor(), clienteId.valor(), telefone.numero(), jid, Timestamp.from(clock.instant()));
    }

    private static String digitos(String texto) {
        return texto == null ? "" : texto.replaceAll("\\D", "");
    }
}
