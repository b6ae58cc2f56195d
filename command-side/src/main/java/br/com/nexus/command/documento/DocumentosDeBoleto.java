package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Boletos and the PDFs attached to them, plus the record of side effects already carried out. */
@Repository
class DocumentosDeBoleto {

    enum Efeito {
        GERACAO,
        CONFERENCIA
    }

    /** What a PDF is checked against. */
    record BoletoRegistradoAqui(TenantId tenantId, LinhaDigitavel linhaDigitavel, Dinheiro valor,
                                LocalDate vencimento) {
    }

    private final JdbcTemplate jdbc;

    DocumentosDeBoleto(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void salvar(BoletoRegistrado evento) {
        jdbc.update("""
                INSERT INTO documento_boleto
                  (boleto_id, tenant_id, cliente_id, origem, linha_digitavel, valor_centavos, vencimento)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (boleto_id) DO NOTHING""",
                evento.boletoId().valor(), evento.tenantId().valor(), evento.clienteId().valor(),
                evento.origem().name(), evento.linhaDigitavel().numero(), evento.valor().centavos(),
                Date.valueOf(evento.vencimento()));
    }

    Optional<BoletoRegistradoAqui> buscar(BoletoId boletoId) {
        List<BoletoRegistradoAqui> encontrados = jdbc.query(
                """
                SELECT tenant_id, linha_digitavel, valor_centavos, vencimento
                FROM documento_boleto WHERE boleto_id = ?""",
                (rs, i) -> new BoletoRegistradoAqui(new TenantId(rs.getObject(1, UUID.class)),
                        LinhaDigitavel.of(rs.getString(2)), Dinheiro.deCentavos(rs.getLong(3)),
                        rs.getDate(4).toLocalDate()),
                boletoId.valor());
        return encontrados.stream().findFirst();
    }

    void anexar(BoletoId boletoId, TenantId tenant, String sha256, Instant quando) {
        jdbc.update("""
                INSERT INTO documento_boleto_pdf (boleto_id, sha256, tenant_id, anexado_em) VALUES (?, ?, ?, ?)
                ON CONFLICT (boleto_id, sha256) DO NOTHING""",
                boletoId.valor(), sha256, tenant.valor(), Timestamp.from(quando));
    }

    /** The PDF to serve for a boleto: the latest downloaded original, else the latest generated one. */
    Optional<PdfArmazenado> pdfPreferido(TenantId tenant, BoletoId boletoId) {
        List<PdfArmazenado> encontrados = jdbc.query("""
                SELECT p.sha256, p.tamanho, p.nome_arquivo, p.origem
                FROM documento_boleto_pdf b
                JOIN documento_pdf p ON p.tenant_id = b.tenant_id AND p.sha256 = b.sha256
                WHERE b.tenant_id = ? AND b.boleto_id = ?
                ORDER BY (p.origem = 'BAIXADO') DESC, b.anexado_em DESC
                LIMIT 1""",
                (rs, i) -> new PdfArmazenado(rs.getString(1), rs.getLong(2),
                        ArmazemDePdf.PREFIXO_LOCAL + rs.getString(1), rs.getString(3),
                        OrigemPdf.valueOf(rs.getString(4))),
                tenant.valor(), boletoId.valor());
        return encontrados.stream().findFirst();
    }

    /** Claims a side effect; false when it was already carried out (a redelivered event). */
    boolean registrarEfeito(BoletoId boletoId, Efeito efeito, String alvo, Instant quando) {
        return jdbc.update("""
                INSERT INTO documento_efeito (boleto_id, efeito, alvo, feito_em) VALUES (?, ?, ?, ?)
                ON CONFLICT (boleto_id, efeito, alvo) DO NOTHING""",
                boletoId.valor(), efeito.name(), alvo, Timestamp.from(quando)) == 1;
    }

    void apagarProjecao() {
        jdbc.update("DELETE FROM documento_boleto_pdf");
        jdbc.update("DELETE FROM documento_boleto");
    }
}
