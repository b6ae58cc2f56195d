package br.com.nexus.command.whatsapp;

import br.com.nexus.kernel.comum.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenant's instance as the gateway last reported it (table {@code whatsapp_instancia}). */
@Component
public class InstanciasWhatsapp {

    private final JdbcTemplate jdbc;

    public InstanciasWhatsapp(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last known state; {@code qrcode} is the latest pairing image Evolution pushed, if any. */
    public record Situacao(String instancia, String estado, Integer motivo, String qrcode, Instant qrcodeEm,
                           Instant atualizadoEm) {
    }

    public void registrarEstado(TenantId tenantId, String instancia, String estado, Integer motivo, Instant quando) {
        jdbc.update("""
                INSERT INTO whatsapp_instancia (tenant_id, instancia, estado, motivo, atualizado_em) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET instancia = EXCLUDED.instancia, estado = EXCLUDED.estado,
                  motivo = EXCLUDED.motivo, atualizado_em = EXCLUDED.atualizado_em,
                  qrcode = CASE WHEN EXCLUDED.estado = 'open' THEN NULL ELSE whatsapp_instancia.qrcode END""",
                tenantId.valor(), instancia, estado, motivo, Timestamp.from(quando));
    }

    public void registrarQrcode(TenantId tenantId, String instancia, String qrcode, Instant quando) {
        jdbc.update("""
                INSERT INTO whatsapp_instancia (tenant_id, instancia, qrcode, qrcode_em, atualizado_em) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET instancia = EXCLUDED.instancia, qrcode = EXCLUDED.qrcode,
                  qrcode_em = EXCLUDED.qrcode_em, atualizado_em = EXCLUDED.atualizado_em""",
                tenantId.valor(), instancia, qrcode, Timestamp.from(quando), Timestamp.from(quando));
    }

    public Optional<Situacao> situacao(TenantId tenantId) {
        List<Situacao> linhas = jdbc.query("""
                SELECT instancia, estado, motivo, qrcode, qrcode_em, atualizado_em FROM whatsapp_instancia
                WHERE tenant_id = ?""",
                (rs, i) -> new Situacao(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant()),
                tenantId.valor());
        return linhas.stream().findFirst();
    }
}
