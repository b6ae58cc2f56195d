package br.com.nexus.command.integracao;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-tenant integration settings. Secrets are stored only AES-GCM encrypted (bound to tenant and
 * kind) and, for the ones webhooks present, as SHA-256 hashes that find the tenant of a caller.
 */
@Repository
public class IntegracaoRepository {

    private static final TypeReference<Map<String, String>> MAPA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final Cifrador cifrador;
    private final ObjectMapper json;
    private final Clock clock;

    @Autowired
    public IntegracaoRepository(JdbcTemplate jdbc, Cifrador cifrador, ObjectMapper json) {
        this(jdbc, cifrador, json, Clock.systemUTC());
    }

    IntegracaoRepository(JdbcTemplate jdbc, Cifrador cifrador, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.cifrador = cifrador;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Saves the settings; secrets not given keep their stored value (they are write-only, so a
     * client that cannot read them back can still change the rest). Returns what is now stored.
     */
    @Transactional
    public Integracao salvar(TenantId tenant, TipoIntegracao tipo, Map<String, String> configuracao,
            Map<String, String> segredosNovos) {
        Map<String, String> segredos = new LinkedHashMap<>(buscar(tenant, tipo.tipo())
                .map(Integracao::segredos).orElse(Map.of()));
        segredosNovos.forEach((nome, valor) -> {
            if (valor == null || valor.isBlank()) {
                segredos.remove(nome);
            } else {
                segredos.put(nome, valor);
            }
        });
        tipo.validar(configuracao, segredos);
        Instant agora = clock.instant();
        byte[] cifrados = cifrador.cifrar(escrever(segredos).getBytes(StandardCharsets.UTF_8), dono(tenant, tipo.tipo()));
        jdbc.update("""
                INSERT INTO integracao (tenant_id, tipo, configuracao, segredos_cifrados, atualizado_em)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, tipo) DO UPDATE SET configuracao = EXCLUDED.configuracao,
                  segredos_cifrados = EXCLUDED.segredos_cifrados, atualizado_em = EXCLUDED.atualizado_em""",
                tenant.valor(), tipo.tipo(), escrever(configuracao), cifrados, Timestamp.from(agora));
        jdbc.update("DELETE FROM integracao_segredo_webhook WHERE tenant_id = ? AND tipo = ?", tenant.valor(), tipo.tipo());
        for (String nome : tipo.segredosDeWebhook()) {
            String valor = segredos.get(nome);
            if (valor == null) {
                continue;
            }
            try {
                jdbc.update("INSERT INTO integracao_segredo_webhook (tipo, sha256, tenant_id, nome) VALUES (?, ?, ?, ?)",
                        tipo.tipo(), sha256(valor), tenant.valor(), nome);
            } catch (DuplicateKeyException e) {
                throw DomainException.conflito("SEGREDO_EM_USO",
                        "Este segredo de webhook não pode ser usado; gere um novo, aleatório");
            }
        }
        return new Integracao(tenant, tipo.tipo(), Map.copyOf(configuracao), Map.copyOf(segredos), agora);
    }

    public Optional<Integracao> buscar(TenantId tenant, String tipo) {
        List<Integracao> encontradas = jdbc.query(
                "SELECT configuracao, segredos_cifrados, atualizado_em FROM integracao WHERE tenant_id = ? AND tipo = ?",
                (rs, i) -> new Integracao(tenant, tipo, ler(rs.getString(1)),
                        rs.getBytes(2) == null ? Map.of() : ler(new String(cifrador.decifrar(rs.getBytes(2),
                                dono(tenant, tipo)), StandardCharsets.UTF_8)),
                        rs.getTimestamp(3).toInstant()),
                tenant.valor(), tipo);
        return encontradas.stream().findFirst();
    }

    /**
     * The tenant whose webhook secret is {@code apresentado}. The lookup goes by hash, and the
     * stored hash is compared in constant time, so response times reveal nothing about the secret.
     */
    public Optional<TenantId> tenantPorSegredoDeWebhook(String tipo, String apresentado) {
        if (apresentado == null || apresentado.isEmpty() || apresentado.length() > 4096) {
            return Optional.empty();
        }
        String hash = sha256(apresentado);
        List<Map<String, Object>> linhas = jdbc.queryForList(
                "SELECT sha256, tenant_id FROM integracao_segredo_webhook WHERE tipo = ? AND sha256 = ?", tipo, hash);
        return linhas.stream()
                .filter(l -> MessageDigest.isEqual(((String) l.get("sha256")).getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .map(l -> new TenantId((UUID) l.get("tenant_id")))
                .findFirst();
    }

    /** Every tenant that configured this kind of integration. */
    public List<TenantId> tenantsCom(String tipo) {
        return jdbc.queryForList("SELECT tenant_id FROM integracao WHERE tipo = ?", UUID.class, tipo).stream()
                .map(TenantId::new).toList();
    }

    public static String sha256(String valor) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(valor.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dono(TenantId tenant, String tipo) {
        return tenant + ":" + tipo;
    }

    private String escrever(Map<String, String> mapa) {
        try {
            return json.writeValueAsString(mapa);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> ler(String texto) {
        try {
            return json.readValue(texto, MAPA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
