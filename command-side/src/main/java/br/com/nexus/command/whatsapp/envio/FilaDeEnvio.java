package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attempts table ({@code whatsapp_envio}) and the per-tenant pacing row ({@code whatsapp_ritmo}).
 * Attempts are inserted idempotently (primary key disparo + tentativa) and claimed with row locks
 * that skip what another node holds, so each attempt goes out at most once.
 */
@Component
public class FilaDeEnvio {

    static final String PENDENTE = "PENDENTE";
    static final String ENVIANDO = "ENVIANDO";
    static final String ENVIADO = "ENVIADO";
    static final String FALHOU = "FALHOU";
    static final String ABANDONAR = "ABANDONAR";
    static final String ABANDONADO = "ABANDONADO";
    static final String CANCELADO = "CANCELADO";

    private static final int TAMANHO_RESULTADO = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transacao;

    public FilaDeEnvio(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transacao = new TransactionTemplate(transactionManager);
    }

    /** What a dispatch sends, as requested. */
    public record DadosDisparo(DisparoId disparoId, TenantId tenantId, BoletoId boletoId, ClienteId clienteId,
                               String destino, String mensagem, String anexo, Instant solicitadoEm) {
    }

    /** One attempt taken by this node: send it (or, when {@code abandonar}, give the dispatch up). */
    public record Reivindicacao(DadosDisparo disparo, int tentativa, boolean abandonar, Duration digitacao) {
    }

    public void registrarSolicitacao(DisparoSolicitado evento, Instant quando) {
        registrarSolicitacao(evento, quando, quando);
    }

    /** The dispatch as requested at {@code quando}, its first attempt due at {@code primeiraTentativa}. */
    public void registrarSolicitacao(DisparoSolicitado evento, Instant quando, Instant primeiraTentativa) {
        jdbc.update("""
                INSERT INTO whatsapp_disparo (disparo_id, tenant_id, boleto_id, cliente_id, destino, mensagem, anexo,
                  solicitado_em) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (disparo_id) DO NOTHING""",
                evento.disparoId().valor(), evento.tenantId().valor(),
                evento.boletoId() == null ? null : evento.boletoId().valor(),
                evento.clienteId() == null ? null : evento.clienteId().valor(),
                evento.destino(), evento.mensagem(), evento.anexo(), Timestamp.from(quando));
        agendar(evento.disparoId(), evento.tenantId(), 1, PENDENTE, primeiraTentativa);
    }

    /** The boleto's PDF is attached: attempts of its dispatches that wait for it ({@link PdfAguardado}) are due. */
    public void anteciparPdfAguardado(TenantId tenantId, BoletoId boletoId, Instant quando) {
        jdbc.update("""
                UPDATE whatsapp_envio e SET agendado_para = ? FROM whatsapp_disparo d
                WHERE d.disparo_id = e.disparo_id AND d.tenant_id = ? AND d.boleto_id = ? AND d.anexo = ?
                  AND e.estado = 'PENDENTE' AND e.agendado_para > ?""",
                Timestamp.from(quando), tenantId.valor(), boletoId.valor(), PdfAguardado.ANEXO,
                Timestamp.from(quando));
    }

    public void agendarTentativa(DisparoId disparoId, TenantId tenantId, int tentativa, Instant quando) {
        agendar(disparoId, tenantId, tentativa, PENDENTE, quando);
    }

    public void agendarAbandono(DisparoId disparoId, TenantId tenantId, int tentativa, Instant quando) {
        agendar(disparoId, tenantId, tentativa, ABANDONAR, quando);
    }

    private void agendar(DisparoId disparoId, TenantId tenantId, int tentativa, String estado, Instant quando) {
        jdbc.update("""
                INSERT INTO whatsapp_envio (disparo_id, tentativa, tenant_id, estado, agendado_para)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (disparo_id, tentativa) DO NOTHING""",
                disparoId.valor(), tentativa, tenantId.valor(), estado, Timestamp.from(quando));
    }

    /** Nothing more to send for this dispatch (sent, abandoned, permanently failed). */
    public void cancelarPendentes(DisparoId disparoId, String motivo) {
        jdbc.update("""
                UPDATE whatsapp_envio SET estado = 'CANCELADO', resultado = ?
                WHERE disparo_id = ? AND estado IN ('PENDENTE', 'ABANDONAR')""",
                limitar(motivo), disparoId.valor());
    }

    /** Tenants with attempts due now, oldest first; a paused tenant only when it may try its probe send. */
    public List<TenantId> tenantsComTrabalho(Instant agora, int limite) {
        return jdbc.queryForList("""
                SELECT e.tenant_id FROM whatsapp_envio e
                WHERE e.estado IN ('PENDENTE', 'ABANDONAR') AND e.agendado_para <= ?
                  AND NOT EXISTS (SELECT 1 FROM whatsapp_pausa p
                                  WHERE p.tenant_id = e.tenant_id AND p.situacao = 'PAUSADO' AND NOT p.sonda)
                GROUP BY e.tenant_id ORDER BY MIN(e.agendado_para) LIMIT ?""",
                UUID.class, Timestamp.from(agora), limite).stream().map(TenantId::new).toList();
    }

    /**
     * The next instant after {@code agora} at which a sweep may find more to claim: the earliest
     * attempt due later, or the earliest tenant's next slot. Both come from indexes (the ritmo table
     * has a row per tenant), so asking after every sweep costs little; it may be early, never late.
     */
    public Optional<Instant> proximoTrabalho(Instant agora) {
        Timestamp proximo = jdbc.queryForObject("""
                SELECT LEAST(
                  (SELECT MIN(agendado_para) FROM whatsapp_envio
                    WHERE estado IN ('PENDENTE', 'ABANDONAR') AND agendado_para > ?),
                  (SELECT MIN(proximo_envio_em) FROM whatsapp_ritmo WHERE proximo_envio_em > ?))""",
                Timestamp.class, Timestamp.from(agora), Timestamp.from(agora));
        return Optional.ofNullable(proximo).map(Timestamp::toInstant);
    }

    /** Attempts waiting to be sent, now or at their retry time. */
    public long naFila(TenantId tenantId) {
        Long total = jdbc.queryForObject(
                "SELECT COUNT(*) FROM whatsapp_envio WHERE tenant_id = ? AND estado = 'PENDENTE'", Long.class,
                tenantId.valor());
        return total == null ? 0 : total;
    }

    /**
     * Takes what this tenant may do now: every due abandonment, and at most one due send when the
     * tenant's pacing allows one (window open, gap since the previous send elapsed). A send is
     * marked {@code ENVIANDO} and the next slot stored before the transaction commits; a tenant
     * another node is serving is skipped. A paused tenant ({@link PausaDeEnvios}) gets nothing but,
     * when allowed, the one probe send that tells whether its instance answers again.
     */
    public List<Reivindicacao> reivindicar(TenantId tenantId, Instant agora, RitmoDeEnvio ritmo, Duration pausa) {
        return transacao.execute(status -> {
            jdbc.update("""
                    INSERT INTO whatsapp_ritmo (tenant_id, proximo_envio_em, envios_na_sequencia) VALUES (?, ?, 0)
                    ON CONFLICT (tenant_id) DO NOTHING""", tenantId.valor(), Timestamp.from(agora));
            List<Object[]> ritmos = jdbc.query("""
                    SELECT proximo_envio_em, envios_na_sequencia FROM whatsapp_ritmo WHERE tenant_id = ?
                    FOR UPDATE SKIP LOCKED""",
                    (rs, i) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getInt(2)}, tenantId.valor());
            if (ritmos.isEmpty()) {
                return List.of();
            }
            List<Boolean> sonda = jdbc.queryForList(
                    "SELECT sonda FROM whatsapp_pausa WHERE tenant_id = ? AND situacao = 'PAUSADO'",
                    Boolean.class, tenantId.valor());
            boolean pausado = !sonda.isEmpty();
            if (pausado && !sonda.get(0)) {
                return List.of();
            }
            List<Reivindicacao> reivindicadas = pausado ? new ArrayList<>() : new ArrayList<>(jdbc.query("""
                    SELECT e.tentativa, d.* FROM whatsapp_envio e JOIN whatsapp_disparo d ON d.disparo_id = e.disparo_id
                    WHERE e.tenant_id = ? AND e.estado = 'ABANDONAR' AND e.agendado_para <= ?
                    ORDER BY e.agendado_para LIMIT 20""",
                    (rs, i) -> new Reivindicacao(dados(rs), rs.getInt("tentativa"), true, Duration.ZERO),
                    tenantId.valor(), Timestamp.from(agora)));
            Instant proximo = (Instant) ritmos.get(0)[0];
            int enviosNaSequencia = (Integer) ritmos.get(0)[1];
            if (proximo.isAfter(agora)) {
                return reivindicadas;
            }
            if (!ritmo.janelaAberta(agora)) {
                jdbc.update("UPDATE whatsapp_ritmo SET proximo_envio_em = ? WHERE tenant_id = ?",
                        Timestamp.from(ritmo.proximaAbertura(agora)), tenantId.valor());
                return reivindicadas;
            }
            List<Reivindicacao> envios = jdbc.query("""
                    SELECT e.tentativa, d.* FROM whatsapp_envio e JOIN whatsapp_disparo d ON d.disparo_id = e.disparo_id
                    WHERE e.tenant_id = ? AND e.estado = 'PENDENTE' AND e.agendado_para <= ?
                    ORDER BY e.agendado_para, e.tentativa LIMIT 1 FOR UPDATE OF e SKIP LOCKED""",
                    (rs, i) -> new Reivindicacao(dados(rs), rs.getInt("tentativa"), false, ritmo.digitacao()),
                    tenantId.valor(), Timestamp.from(agora));
            if (envios.isEmpty()) {
                return reivindicadas;
            }
            Reivindicacao envio = envios.get(0);
            jdbc.update("""
                    UPDATE whatsapp_envio SET estado = 'ENVIANDO', iniciado_em = ? WHERE disparo_id = ? AND tentativa = ?""",
                    Timestamp.from(agora), envio.disparo().disparoId().valor(), envio.tentativa());
            // A tenant idle for longer than the long pause has rested already: a new run starts.
            int sequencia = Duration.between(proximo, agora).compareTo(pausa) >= 0 ? 0 : enviosNaSequencia;
            RitmoDeEnvio.Proximo seguinte = ritmo.aposEnvio(agora, sequencia);
            jdbc.update("UPDATE whatsapp_ritmo SET proximo_envio_em = ?, envios_na_sequencia = ? WHERE tenant_id = ?",
                    Timestamp.from(seguinte.quando()), seguinte.enviosNaSequencia(), tenantId.valor());
            if (pausado) {
                jdbc.update("UPDATE whatsapp_pausa SET sonda = FALSE WHERE tenant_id = ?", tenantId.valor());
            }
            reivindicadas.add(envio);
            return reivindicadas;
        });
    }

    /** The attempt went out: keeps WhatsApp's id of the message, to map receipts back to the dispatch. */
    public void registrarEnviado(Reivindicacao r, String messageId, String remoteJid, Instant agora) {
        transacao.executeWithoutResult(status -> {
            concluir(r, ENVIADO, messageId, null, agora);
            jdbc.update("""
                    INSERT INTO whatsapp_mensagem (tenant_id, message_id, disparo_id, tentativa, remote_jid, enviada_em)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, message_id) DO NOTHING""",
                    r.disparo().tenantId().valor(), messageId, r.disparo().disparoId().valor(), r.tentativa(), remoteJid,
                    Timestamp.from(agora));
        });
    }

    public void registrarFalha(Reivindicacao r, String erro, Instant agora) {
        concluir(r, FALHOU, null, erro, agora);
    }

    public void registrarAbandono(Reivindicacao r, String resultado, Instant agora) {
        concluir(r, ABANDONADO, null, resultado, agora);
    }

    /** The outcome could not be recorded: nothing went out, so the same attempt is simply due again later. */
    public void devolver(Reivindicacao r, Instant quando, String motivo) {
        jdbc.update("""
                UPDATE whatsapp_envio SET estado = 'PENDENTE', agendado_para = ?, iniciado_em = NULL, resultado = ?
                WHERE disparo_id = ? AND tentativa = ? AND estado = 'ENVIANDO'""",
                Timestamp.from(quando), limitar(motivo), r.disparo().disparoId().valor(), r.tentativa());
    }

    /** Sends still marked in flight since before {@code antesDe}: the node died mid-call. */
    public List<Reivindicacao> interrompidas(Instant antesDe) {
        return jdbc.query("""
                SELECT e.tentativa, d.* FROM whatsapp_envio e JOIN whatsapp_disparo d ON d.disparo_id = e.disparo_id
                WHERE e.estado = 'ENVIANDO' AND e.iniciado_em < ? LIMIT 50""",
                (rs, i) -> new Reivindicacao(dados(rs), rs.getInt("tentativa"), false, Duration.ZERO),
                Timestamp.from(antesDe));
    }

    public Optional<String> estado(DisparoId disparoId, int tentativa) {
        return jdbc.queryForList("SELECT estado FROM whatsapp_envio WHERE disparo_id = ? AND tentativa = ?",
                String.class, disparoId.valor(), tentativa).stream().findFirst();
    }

    private void concluir(Reivindicacao r, String estado, String messageId, String resultado, Instant agora) {
        jdbc.update("""
                UPDATE whatsapp_envio SET estado = ?, concluido_em = ?, message_id = ?, resultado = ?
                WHERE disparo_id = ? AND tentativa = ?""",
                estado, Timestamp.from(agora), messageId, limitar(resultado), r.disparo().disparoId().valor(),
                r.tentativa());
    }

    private static DadosDisparo dados(ResultSet rs) throws SQLException {
        UUID boleto = rs.getObject("boleto_id", UUID.class);
        UUID cliente = rs.getObject("cliente_id", UUID.class);
        return new DadosDisparo(new DisparoId(rs.getObject("disparo_id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                boleto == null ? null : new BoletoId(boleto),
                cliente == null ? null : new ClienteId(cliente),
                rs.getString("destino"), rs.getString("mensagem"), rs.getString("anexo"),
                rs.getTimestamp("solicitado_em").toInstant());
    }

    private static String limitar(String texto) {
        return texto == null || texto.length() <= TAMANHO_RESULTADO ? texto : texto.substring(0, TAMANHO_RESULTADO);
    }
}
