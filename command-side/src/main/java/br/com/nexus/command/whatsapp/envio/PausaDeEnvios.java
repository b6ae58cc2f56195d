package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.whatsapp.PausaProperties;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.Reivindicacao;
import br.com.nexus.command.whatsapp.evolution.EstadoConexao;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.EnviosWhatsappPausados;
import br.com.nexus.kernel.disparo.EnviosWhatsappRetomados;
import br.com.nexus.kernel.disparo.SituacaoDosEnvios;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pauses a tenant's WhatsApp sending while its instance has lost WhatsApp and resumes it once the
 * instance is back (table {@code whatsapp_pausa}, so a restart keeps both the pause and the queue).
 * While paused nothing is claimed for the tenant ({@link FilaDeEnvio#reivindicar}), and the attempt
 * that met the dead instance goes back to the queue unchanged: it is not counted as a failure, so a
 * long outage abandons nothing, and it goes out once after the reconnection. Every change is
 * published ({@link EnviosWhatsappPausados}, {@link EnviosWhatsappRetomados}) in the transaction
 * that stores it.
 */
@Component
public class PausaDeEnvios {

    private static final Logger log = LoggerFactory.getLogger(PausaDeEnvios.class);
    private static final int TAMANHO_MOTIVO = 500;

    /** Prefix of the reason of a pause whose instance said it was not open. */
    public static final String INSTANCIA_DESCONECTADA = MotivosDeFalha.INSTANCIA_DESCONECTADA;
    /** Prefix of the reason of a pause whose instance said it was open while sends found no connection. */
    public static final String INSTANCIA_SEM_RESPOSTA = "instancia_sem_resposta";

    /** Why the tenant is paused, which decides what resumes it. */
    enum Causa {
        /** The instance reported close/connecting: resumes when it reports open. */
        DESCONECTADA,
        /** The instance claimed open but sends found no connection: resumes once a probe send goes out. */
        SEM_RESPOSTA
    }

    /**
     * The tenant's sending as {@code GET /api/whatsapp/envios/estado} shows it; {@code naFila}
     * counts the attempts waiting to go out, due now or at their retry time.
     */
    public record Estado(SituacaoDosEnvios situacao, String motivo, Instant desde, long naFila) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transacao;
    private final FilaDeEnvio fila;
    private final EventGateway eventos;
    private final int falhasParaPausar;

    public PausaDeEnvios(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, FilaDeEnvio fila,
            EventGateway eventos, PausaProperties propriedades) {
        this.jdbc = jdbc;
        this.transacao = new TransactionTemplate(transactionManager);
        this.fila = fila;
        this.eventos = eventos;
        this.falhasParaPausar = Math.max(1, propriedades.falhasSeguidas());
    }

    /**
     * An attempt found no connection. When the instance said it is not open, when the tenant is
     * already paused, or when this is the {@code falhasSeguidas}-th such attempt since the last send
     * that went out, the tenant pauses and the attempt goes back to the queue: true, and it must not
     * be recorded as failed. Otherwise false: a lone blip, recorded and retried as usual.
     */
    boolean semConexao(Reivindicacao r, Resultado.SemConexao sem, Instant agora) {
        TenantId tenant = r.disparo().tenantId();
        return Boolean.TRUE.equals(transacao.execute(status -> {
            Contagem contagem = jdbc.queryForObject("""
                    INSERT INTO whatsapp_pausa (tenant_id, situacao, falhas_seguidas) VALUES (?, 'ATIVO', 1)
                    ON CONFLICT (tenant_id) DO UPDATE SET falhas_seguidas = whatsapp_pausa.falhas_seguidas + 1
                    RETURNING situacao, falhas_seguidas""",
                    (rs, i) -> new Contagem(SituacaoDosEnvios.valueOf(rs.getString(1)), rs.getInt(2)), tenant.valor());
            boolean pausado = contagem.situacao() == SituacaoDosEnvios.PAUSADO;
            if (!pausado && !sem.instanciaFechada() && contagem.falhasSeguidas() < falhasParaPausar) {
                return false;
            }
            if (!pausado) {
                if (sem.instanciaFechada()) {
                    pausar(tenant, Causa.DESCONECTADA, sem.erro(), agora);
                } else {
                    pausar(tenant, Causa.SEM_RESPOSTA, INSTANCIA_SEM_RESPOSTA + ": " + contagem.falhasSeguidas()
                            + " tentativas seguidas sem conexão com o WhatsApp; a última: " + sem.erro(), agora);
                }
            }
            fila.devolver(r, agora, "pausado: " + sem.erro());
            return true;
        }));
    }

    /** A send went out: the connection works. Ends a pause whose instance had stopped answering. */
    void enviou(TenantId tenant, Instant agora) {
        transacao.executeWithoutResult(status -> {
            List<String> causas = jdbc.query("""
                    UPDATE whatsapp_pausa SET falhas_seguidas = 0
                    WHERE tenant_id = ? AND (falhas_seguidas > 0 OR situacao = 'PAUSADO')
                    RETURNING CASE WHEN situacao = 'PAUSADO' THEN causa END""",
                    (rs, i) -> rs.getString(1), tenant.valor());
            if (causas.contains(Causa.SEM_RESPOSTA.name())) {
                retomar(tenant, "envio de teste saiu: a instância voltou a responder", agora);
            }
        });
    }

    /** What the instance reported ({@code connection.update}): open resumes, anything else pauses. */
    public void estadoInformado(TenantId tenant, String estado, Integer codigo, String origem, Instant agora) {
        if (estado == null || estado.isBlank()) {
            return;
        }
        if (EstadoConexao.ABERTA.equals(estado)) {
            transacao.executeWithoutResult(status -> retomar(tenant,
                    "instância reconectada (" + origem + " open)", agora));
        } else {
            transacao.executeWithoutResult(status -> pausar(tenant, Causa.DESCONECTADA, INSTANCIA_DESCONECTADA
                    + ": instância desconectada (" + origem + " " + estado
                    + (codigo == null ? "" : ", código " + codigo) + ")", agora));
        }
    }

    /**
     * The periodic check found the paused instance open. A disconnected one resumes; one that
     * claimed open while dead is only let try a single probe send, which resumes it if it goes out.
     */
    void instanciaAberta(TenantId tenant, Instant agora) {
        transacao.executeWithoutResult(status -> {
            List<String> causas = jdbc.queryForList("""
                    SELECT causa FROM whatsapp_pausa WHERE tenant_id = ? AND situacao = 'PAUSADO' FOR UPDATE""",
                    String.class, tenant.valor());
            if (causas.contains(Causa.DESCONECTADA.name())) {
                retomar(tenant, "instância reconectada (connectionState open)", agora);
            } else if (!causas.isEmpty()) {
                jdbc.update("UPDATE whatsapp_pausa SET sonda = TRUE WHERE tenant_id = ?", tenant.valor());
            }
        });
    }

    List<TenantId> pausados() {
        return jdbc.queryForList("SELECT tenant_id FROM whatsapp_pausa WHERE situacao = 'PAUSADO'", UUID.class)
                .stream().map(TenantId::new).toList();
    }

    public Estado estado(TenantId tenant) {
        long naFila = fila.naFila(tenant);
        return jdbc.query("SELECT situacao, motivo, desde FROM whatsapp_pausa WHERE tenant_id = ?",
                (rs, i) -> new Estado(SituacaoDosEnvios.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), naFila),
                tenant.valor()).stream().findFirst()
                .orElse(new Estado(SituacaoDosEnvios.ATIVO, null, null, naFila));
    }

    /** Only a tenant that is running pauses: the first reason and time stand until it resumes. */
    private void pausar(TenantId tenant, Causa causa, String detalhe, Instant agora) {
        String motivo = detalhe.length() <= TAMANHO_MOTIVO ? detalhe : detalhe.substring(0, TAMANHO_MOTIVO);
        int pausou = jdbc.update("""
                INSERT INTO whatsapp_pausa (tenant_id, situacao, motivo, desde, causa) VALUES (?, 'PAUSADO', ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET situacao = 'PAUSADO', motivo = EXCLUDED.motivo,
                  desde = EXCLUDED.desde, causa = EXCLUDED.causa, sonda = FALSE
                WHERE whatsapp_pausa.situacao = 'ATIVO'""",
                tenant.valor(), motivo, Timestamp.from(agora), causa.name());
        if (pausou > 0) {
            log.warn("WhatsApp sending of tenant {} paused: {}", tenant, motivo);
            eventos.publish(new EnviosWhatsappPausados(tenant, motivo, agora));
        }
    }

    private void retomar(TenantId tenant, String motivo, Instant agora) {
        int retomou = jdbc.update("""
                UPDATE whatsapp_pausa SET situacao = 'ATIVO', motivo = ?, desde = ?, causa = NULL, sonda = FALSE
                WHERE tenant_id = ? AND situacao = 'PAUSADO'""",
                motivo, Timestamp.from(agora), tenant.valor());
        if (retomou > 0) {
            log.info("WhatsApp sending of tenant {} resumed: {}", tenant, motivo);
            eventos.publish(new EnviosWhatsappRetomados(tenant, motivo, agora));
        }
    }

    private record Contagem(SituacaoDosEnvios situacao, int falhasSeguidas) {
    }
}
