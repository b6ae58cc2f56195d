package br.com.nexus.command.whatsapp.modelo;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates per tenant (table {@code whatsapp_modelo}), each with a rotation counter advanced
 * atomically, so two dispatches in a row (even on two nodes) take different variants.
 */
@Repository
public class ModeloRepository {

    static final String NOME_PADRAO = "Padrão do sistema";
    private static final TypeReference<List<String>> LISTA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public ModeloRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** One rendering of a template: which variant and its text. */
    public record Variante(UUID modeloId, int indice, String texto) {
    }

    @Transactional
    public ModeloMensagem criar(TenantId tenantId, String nome, List<String> variantes, boolean padrao) {
        Instant agora = clock.instant();
        UUID id = UUID.randomUUID();
        if (padrao) {
            desmarcarPadrao(tenantId);
        }
        try {
            jdbc.update("""
                    INSERT INTO whatsapp_modelo (id, tenant_id, nome, variantes, padrao, criado_em, atualizado_em)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    id, tenantId.valor(), nome, escrever(variantes), padrao, Timestamp.from(agora), Timestamp.from(agora));
        } catch (DuplicateKeyException e) {
            throw nomeEmUso(nome);
        }
        return new ModeloMensagem(id, nome, variantes, padrao, agora, agora);
    }

    @Transactional
    public ModeloMensagem atualizar(TenantId tenantId, UUID id, String nome, List<String> variantes, boolean padrao) {
        ModeloMensagem atual = buscar(tenantId, id).orElseThrow(() -> naoEncontrado(id));
        if (padrao) {
            desmarcarPadrao(tenantId);
        }
        Instant agora = clock.instant();
        try {
            jdbc.update("""
                    UPDATE whatsapp_modelo SET nome = ?, variantes = ?, padrao = ?, proxima_variante = 0, atualizado_em = ?
                    WHERE id = ? AND tenant_id = ?""",
                    nome, escrever(variantes), padrao, Timestamp.from(agora), id, tenantId.valor());
        } catch (DuplicateKeyException e) {
            throw nomeEmUso(nome);
        }
        return new ModeloMensagem(id, nome, variantes, padrao, atual.criadoEm(), agora);
    }

    public void excluir(TenantId tenantId, UUID id) {
        if (jdbc.update("DELETE FROM whatsapp_modelo WHERE id = ? AND tenant_id = ?", id, tenantId.valor()) == 0) {
            throw naoEncontrado(id);
        }
    }

    public List<ModeloMensagem> listar(TenantId tenantId) {
        return jdbc.query("""
                SELECT id, nome, variantes, padrao, criado_em, atualizado_em FROM whatsapp_modelo WHERE tenant_id = ?
                ORDER BY padrao DESC, nome""", this::modelo, tenantId.valor());
    }

    public Optional<ModeloMensagem> buscar(TenantId tenantId, UUID id) {
        return jdbc.query("""
                SELECT id, nome, variantes, padrao, criado_em, atualizado_em FROM whatsapp_modelo
                WHERE id = ? AND tenant_id = ?""", this::modelo, id, tenantId.valor()).stream().findFirst();
    }

    /**
     * The next variant of the named template (404 when it is not the tenant's), or of the tenant's
     * default; a tenant with no default gets the system one, created on first use.
     *
     * <p>In a transaction of its own: the template's row stays locked for the moment of the update,
     * not for the whole dispatch that asked, which would line up every dispatch of a template behind
     * the one before it. A dispatch that fails afterwards leaves its variant used; the rotation only
     * spreads the texts, so nothing is lost by that.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Variante proximaVariante(TenantId tenantId, UUID modeloId) {
        if (modeloId == null && jdbc.queryForObject(
                "SELECT COUNT(*) FROM whatsapp_modelo WHERE tenant_id = ? AND padrao", Integer.class,
                tenantId.valor()) == 0) {
            Instant agora = clock.instant();
            jdbc.update("""
                    INSERT INTO whatsapp_modelo (id, tenant_id, nome, variantes, padrao, criado_em, atualizado_em)
                    VALUES (?, ?, ?, ?, TRUE, ?, ?) ON CONFLICT DO NOTHING""",
                    UUID.randomUUID(), tenantId.valor(), NOME_PADRAO, escrever(Modelos.PADRAO), Timestamp.from(agora),
                    Timestamp.from(agora));
        }
        List<Variante> variantes = jdbc.query("""
                UPDATE whatsapp_modelo SET proxima_variante = (proxima_variante + 1) % 1000000000
                WHERE tenant_id = ? AND (id = ? OR (CAST(? AS UUID) IS NULL AND padrao))
                RETURNING id, proxima_variante - 1 AS usada, variantes""",
                (rs, i) -> {
                    List<String> textos = ler(rs.getString("variantes"));
                    int indice = Math.floorMod(rs.getInt("usada"), textos.size());
                    return new Variante(rs.getObject("id", UUID.class), indice, textos.get(indice));
                },
                tenantId.valor(), modeloId, modeloId);
        if (!variantes.isEmpty()) {
            return variantes.get(0);
        }
        if (modeloId != null) {
            throw naoEncontrado(modeloId);
        }
        return new Variante(null, 0, Modelos.PADRAO.get(0));
    }

    private void desmarcarPadrao(TenantId tenantId) {
        jdbc.update("UPDATE whatsapp_modelo SET padrao = FALSE WHERE tenant_id = ? AND padrao", tenantId.valor());
    }

    private ModeloMensagem modelo(ResultSet rs, int linha) throws SQLException {
        return new ModeloMensagem(rs.getObject("id", UUID.class), rs.getString("nome"), ler(rs.getString("variantes")),
                rs.getBoolean("padrao"), rs.getTimestamp("criado_em").toInstant(),
                rs.getTimestamp("atualizado_em").toInstant());
    }

    private String escrever(List<String> variantes) {
        try {
            return json.writeValueAsString(variantes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> ler(String texto) {
        try {
            return json.readValue(texto, LISTA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DomainException naoEncontrado(UUID id) {
        return DomainException.naoEncontrado("MODELO_NAO_ENCONTRADO", "Modelo " + id + " não encontrado");
    }

    private static DomainException nomeEmUso(String nome) {
        return DomainException.conflito("MODELO_DUPLICADO", "Já existe um modelo chamado " + nome);
    }
}
