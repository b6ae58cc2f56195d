package br.com.nexus.command.documento;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * PDFs (generated or downloaded) kept in PostgreSQL ({@code documento_pdf}) by tenant and SHA-256,
 * so the same file stored twice is kept once and a boleto names its PDF by hash. Call
 * {@link #guardar} before sending {@code AnexarPdfBoletoCommand} with what it returns.
 */
@Repository
public class ArmazemDePdf {

    public static final long TAMANHO_MAXIMO = 10L * 1024 * 1024;
    static final String PREFIXO_LOCAL = "documento_pdf:";
    private static final byte[] ASSINATURA_PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the signature anywhere in the first kilobyte. */
    private static final int INICIO_MAXIMO_ASSINATURA = 1024;
    private static final RowMapper<PdfArmazenado> METADADOS = (rs, i) -> new PdfArmazenado(rs.getString("sha256"),
            rs.getLong("tamanho"), PREFIXO_LOCAL + rs.getString("sha256"), rs.getString("nome_arquivo"),
            OrigemPdf.valueOf(rs.getString("origem")));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public ArmazemDePdf(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    ArmazemDePdf(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the PDF unless this tenant already has the same bytes (then the first file name
     * stays). Refuses what is empty, oversized or does not start like a PDF.
     */
    public PdfArmazenado guardar(TenantId tenant, byte[] conteudo, String nomeArquivo, OrigemPdf origem) {
        return guardar(tenant, conteudo, nomeArquivo, origem, null);
    }

    /** Stores a PDF generated here, noting which beneficiary it shows ({@link Beneficiario#impressaoDigital()}). */
    PdfArmazenado guardarGerado(TenantId tenant, byte[] conteudo, String nomeArquivo, String beneficiarioImpressao) {
        return guardar(tenant, conteudo, nomeArquivo, OrigemPdf.GERADO, beneficiarioImpressao);
    }

    private PdfArmazenado guardar(TenantId tenant, byte[] conteudo, String nomeArquivo, OrigemPdf origem,
            String beneficiarioImpressao) {
        validar(conteudo);
        String sha256 = sha256(conteudo);
        String nome = nomeArquivo == null || nomeArquivo.isBlank() ? sha256 + ".pdf" : nomeArquivo.strip();
        jdbc.update("""
                INSERT INTO documento_pdf
                  (tenant_id, sha256, conteudo, tamanho, nome_arquivo, origem, criado_em, beneficiario_impressao)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, sha256) DO UPDATE SET beneficiario_impressao =
                  COALESCE(documento_pdf.beneficiario_impressao, EXCLUDED.beneficiario_impressao)""",
                tenant.valor(), sha256, conteudo, (long) conteudo.length, nome, origem.name(),
                Timestamp.from(clock.instant()), beneficiarioImpressao);
        return buscar(tenant, sha256).orElseThrow();
    }

    /** Which beneficiary a generated PDF shows; empty for downloaded PDFs and ones stored before it was noted. */
    Optional<String> beneficiarioImpressao(TenantId tenant, String sha256) {
        List<String> encontrados = jdbc.query(
                "SELECT beneficiario_impressao FROM documento_pdf WHERE tenant_id = ? AND sha256 = ?",
                (rs, i) -> rs.getString(1), tenant.valor(), normalizar(sha256));
        return encontrados.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<PdfArmazenado> buscar(TenantId tenant, String sha256) {
        List<PdfArmazenado> encontrados = jdbc.query(
                "SELECT sha256, tamanho, nome_arquivo, origem FROM documento_pdf WHERE tenant_id = ? AND sha256 = ?",
                METADADOS, tenant.valor(), normalizar(sha256));
        return encontrados.stream().findFirst();
    }

    public Optional<byte[]> conteudo(TenantId tenant, String sha256) {
        List<byte[]> encontrados = jdbc.query("SELECT conteudo FROM documento_pdf WHERE tenant_id = ? AND sha256 = ?",
                (rs, i) -> rs.getBytes(1), tenant.valor(), normalizar(sha256));
        return encontrados.stream().findFirst();
    }

    public static String sha256(byte[] conteudo) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(conteudo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalizar(String sha256) {
        return sha256 == null ? "" : sha256.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void validar(byte[] conteudo) {
        if (conteudo == null || conteudo.length == 0) {
            throw DomainException.invalido("PDF_INVALIDO", "PDF vazio");
        }
        if (conteudo.length > TAMANHO_MAXIMO) {
            throw DomainException.invalido("PDF_GRANDE_DEMAIS",
                    "PDF acima de " + TAMANHO_MAXIMO / (1024 * 1024) + " MB");
        }
        if (!comecaComoPdf(conteudo)) {
            throw DomainException.invalido("PDF_INVALIDO", "Arquivo não é um PDF");
        }
    }

    private static boolean comecaComoPdf(byte[] conteudo) {
        int limite = Math.min(conteudo.length - ASSINATURA_PDF.length, INICIO_MAXIMO_ASSINATURA);
        for (int inicio = 0; inicio <= limite; inicio++) {
            int i = 0;
            while (i < ASSINATURA_PDF.length && conteudo[inicio + i] == ASSINATURA_PDF[i]) {
                i++;
            }
            if (i == ASSINATURA_PDF.length) {
                return true;
            }
        }
        return false;
    }
}
