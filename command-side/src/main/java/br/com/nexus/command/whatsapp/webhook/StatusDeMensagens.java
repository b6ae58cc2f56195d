package br.com.nexus.command.whatsapp.webhook;

import br.com.nexus.command.whatsapp.ComandosWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.RegistrarEntregaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarFalhaEntregaDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarLeituraDisparoCommand;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receipts of the messages we sent ({@code messages.update}, flat {@code keyId}): DELIVERY_ACK
 * marks the dispatch delivered, READ/PLAYED read, ERROR failed (retryable); SERVER_ACK, PENDING and
 * DELETED change nothing. Each (message, status) is recorded once in the same transaction as its
 * command, so a repeated receipt does nothing. A receipt for an id we do not know is recorded and
 * not applied; if the id turns out to be ours (the receipt beat our own record of the send), it is
 * applied then ({@link #aplicarPendentes}).
 */
@Component
public class StatusDeMensagens {

    static final String ORIGEM = "evolution-webhook";
    private static final Map<Integer, String> NUMERICOS = Map.of(0, "ERROR", 1, "PENDING", 2, "SERVER_ACK",
            3, "DELIVERY_ACK", 4, "READ", 5, "PLAYED");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transacao;
    private final ComandosWhatsapp comandos;
    private final Clock clock;

    public StatusDeMensagens(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ComandosWhatsapp comandos) {
        this.jdbc = jdbc;
        this.transacao = new TransactionTemplate(transactionManager);
        this.comandos = comandos;
        this.clock = Clock.systemUTC();
    }

    private record Enviada(DisparoId disparoId, int tentativa) {
    }

    /** Evolution's status text (or the numeric ack of older versions) in upper case. */
    static String normalizar(String status) {
        if (status == null || status.isBlank()) {
            return "DELETED";
        }
        String limpo = status.strip();
        if (limpo.chars().allMatch(Character::isDigit) && limpo.length() < 3) {
            return NUMERICOS.getOrDefault(Integer.parseInt(limpo), "DELETED");
        }
        return limpo.toUpperCase(Locale.ROOT);
    }

    /** Records one receipt and applies it when the message is ours and the status is new for it. */
    public void receber(TenantId tenantId, String messageId, String status) {
        String normalizado = normalizar(status);
        transacao.executeWithoutResult(tx -> {
            int novo = jdbc.update("""
                    INSERT INTO whatsapp_status_recebido (tenant_id, message_id, status, recebido_em, aplicado)
                    VALUES (?, ?, ?, ?, FALSE) ON CONFLICT (tenant_id, message_id, status) DO NOTHING""",
                    tenantId.valor(), messageId, normalizado, Timestamp.from(clock.instant()));
            if (novo == 1) {
                enviada(tenantId, messageId).ifPresent(enviada -> aplicar(tenantId, messageId, normalizado, enviada));
            }
        });
    }

    /** Applies receipts that arrived before our record of the send, in the order they arrived. */
    public void aplicarPendentes(TenantId tenantId, String messageId) {
        transacao.executeWithoutResult(tx -> {
            Optional<Enviada> enviada = enviada(tenantId, messageId);
            if (enviada.isEmpty()) {
                return;
            }
            List<String> pendentes = jdbc.queryForList("""
                    SELECT status FROM whatsapp_status_recebido WHERE tenant_id = ? AND message_id = ? AND NOT aplicado
                    ORDER BY recebido_em FOR UPDATE""", String.class, tenantId.valor(), messageId);
            pendentes.forEach(status -> aplicar(tenantId, messageId, status, enviada.get()));
        });
    }

    /** {@code send.message}: Evolution confirms a message we sent; unknown ids are someone else's. */
    public boolean confirmarEnvio(TenantId tenantId, String messageId) {
        return jdbc.update("""
                UPDATE whatsapp_mensagem SET confirmada_em = ? WHERE tenant_id = ? AND message_id = ?
                AND confirmada_em IS NULL""", Timestamp.from(clock.instant()), tenantId.valor(), messageId) == 1;
    }

    private void aplicar(TenantId tenantId, String messageId, String status, Enviada enviada) {
        Object comando = switch (status) {
            case "DELIVERY_ACK" -> new RegistrarEntregaDisparoCommand(enviada.disparoId(), tenantId);
            case "READ", "PLAYED" -> new RegistrarLeituraDisparoCommand(enviada.disparoId(), tenantId);
            case "ERROR" -> ultimaTentativa(enviada.disparoId()) == enviada.tentativa()
                    ? new RegistrarFalhaEntregaDisparoCommand(enviada.disparoId(), tenantId,
                            "falha_na_entrega: WhatsApp informou erro no envio da mensagem", true)
                    : null;
            default -> null;
        };
        String resultado = "sem efeito";
        if (comando != null) {
            ComandosWhatsapp.Desfecho desfecho = comandos.enviar(comando, ORIGEM);
            resultado = desfecho.recusa().map(e -> "recusado: " + e.code()).orElse("aplicado");
        }
        jdbc.update("""
                UPDATE whatsapp_status_recebido SET aplicado = TRUE, resultado = ?
                WHERE tenant_id = ? AND message_id = ? AND status = ?""",
                resultado, tenantId.valor(), messageId, status);
    }

    private Optional<Enviada> enviada(TenantId tenantId, String messageId) {
        return jdbc.query("SELECT disparo_id, tentativa FROM whatsapp_mensagem WHERE tenant_id = ? AND message_id = ?",
                (rs, i) -> new Enviada(new DisparoId(rs.getObject(1, UUID.class)), rs.getInt(2)),
                tenantId.valor(), messageId).stream().findFirst();
    }

    /** A late ERROR for an earlier attempt must not fail the attempt that replaced it. */
    private int ultimaTentativa(DisparoId disparoId) {
        Integer ultima = jdbc.queryForObject("SELECT MAX(tentativa) FROM whatsapp_mensagem WHERE disparo_id = ?",
                Integer.class, disparoId.valor());
        return ultima == null ? 0 : ultima;
    }
}
