package br.com.nexus.command.whatsapp.webhook;

import br.com.nexus.command.whatsapp.ComandosWhatsapp;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.RegistrarRespostaWhatsappCommand;
import br.com.nexus.kernel.comum.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages clientes send the tenant ({@code messages.upsert}, {@code fromMe:false}). The sender is
 * matched to a cliente by the JID we resolved for them, else by phone number (a 12-digit JID gets
 * its ninth digit back); a {@code @lid} sender is matched by the phone WhatsApp may add
 * ({@code remoteJidAlt}/{@code senderPn}). A match goes onto the cliente's timeline
 * ({@link RegistrarRespostaWhatsappCommand}); every message is recorded once (by id), matched or not.
 */
@Component
public class RespostasWhatsapp {

    private static final Logger log = LoggerFactory.getLogger(RespostasWhatsapp.class);
    private static final int MAXIMO_TEXTO = 4000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transacao;
    private final ComandosWhatsapp comandos;
    private final Clock clock;

    public RespostasWhatsapp(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ComandosWhatsapp comandos) {
        this.jdbc = jdbc;
        this.transacao = new TransactionTemplate(transactionManager);
        this.comandos = comandos;
        this.clock = Clock.systemUTC();
    }

    /** One inbound message; {@code jidTelefone} is the sender's phone JID when known (null for a bare @lid). */
    public record Recebida(String messageId, String remoteJid, String jidTelefone, String tipo, String texto,
                           Instant recebidaEm) {
    }

    public void receber(TenantId tenantId, Recebida recebida) {
        Optional<ClienteId> cliente = Optional.ofNullable(recebida.jidTelefone()).flatMap(j -> cliente(tenantId, j));
        String texto = recebida.texto() == null || recebida.texto().length() <= MAXIMO_TEXTO ? recebida.texto()
                : recebida.texto().substring(0, MAXIMO_TEXTO);
        transacao.executeWithoutResult(tx -> {
            int nova = jdbc.update("""
                    INSERT INTO whatsapp_mensagem_recebida (tenant_id, message_id, remote_jid, cliente_id, tipo, texto,
                      recebida_em, registrada_em) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (tenant_id, message_id) DO NOTHING""",
                    tenantId.valor(), recebida.messageId(), recebida.remoteJid(),
                    cliente.map(ClienteId::valor).orElse(null), recebida.tipo(), texto,
                    Timestamp.from(recebida.recebidaEm()), Timestamp.from(clock.instant()));
            if (nova == 0 || cliente.isEmpty()) {
                return;
            }
            ComandosWhatsapp.Desfecho desfecho = comandos.enviar(new RegistrarRespostaWhatsappCommand(cliente.get(),
                    tenantId, recebida.messageId(), recebida.tipo(), texto, recebida.recebidaEm()),
                    StatusDeMensagens.ORIGEM);
            desfecho.recusa().ifPresent(erro -> {
                log.warn("Reply {} could not be recorded on cliente {}: {}", recebida.messageId(), cliente.get(),
                        erro.code());
                jdbc.update("UPDATE whatsapp_mensagem_recebida SET cliente_id = NULL WHERE tenant_id = ? AND message_id = ?",
                        tenantId.valor(), recebida.messageId());
            });
        });
    }

    /** The cliente who owns this phone JID: by the JID we resolved, else by number. */
    Optional<ClienteId> cliente(TenantId tenantId, String jid) {
        List<UUID> porJid = jdbc.queryForList(
                "SELECT cliente_id FROM whatsapp_jid WHERE tenant_id = ? AND jid = ? ORDER BY resolvido_em DESC",
                UUID.class, tenantId.valor(), jid);
        if (!porJid.isEmpty()) {
            return Optional.of(new ClienteId(porJid.get(0)));
        }
        String telefone = telefone(jid);
        if (telefone == null) {
            return Optional.empty();
        }
        List<UUID> porTelefone = jdbc.queryForList(
                "SELECT cliente_id FROM whatsapp_contato WHERE tenant_id = ? AND telefone = ?",
                UUID.class, tenantId.valor(), telefone);
        if (porTelefone.size() == 1) {
            return Optional.of(new ClienteId(porTelefone.get(0)));
        }
        if (porTelefone.isEmpty()) {
            return Optional.empty();
        }
        // Several clientes share the number: the reply most likely answers the last one we wrote to.
        return jdbc.queryForList("""
                SELECT d.cliente_id FROM whatsapp_mensagem m JOIN whatsapp_disparo d ON d.disparo_id = m.disparo_id
                WHERE m.tenant_id = ? AND d.cliente_id IN (SELECT cliente_id FROM whatsapp_contato
                  WHERE tenant_id = ? AND telefone = ?)
                ORDER BY m.enviada_em DESC LIMIT 1""",
                UUID.class, tenantId.valor(), tenantId.valor(), telefone).stream().findFirst().map(ClienteId::new);
    }

    /** The 13-digit number of a phone JID ({@code 55DD9XXXXXXXX}); a 12-digit one gets its ninth digit back. */
    static String telefone(String jid) {
        int arroba = jid.indexOf('@');
        String usuario = arroba < 0 ? jid : jid.substring(0, arroba);
        int dispositivo = usuario.indexOf(':');
        String digitos = (dispositivo < 0 ? usuario : usuario.substring(0, dispositivo)).replaceAll("\\D", "");
        if (!digitos.startsWith("55")) {
            return null;
        }
        if (digitos.length() == 12) {
            return digitos.substring(0, 4) + "9" + digitos.substring(4);
        }
        return digitos.length() == 13 ? digitos : null;
    }
}
