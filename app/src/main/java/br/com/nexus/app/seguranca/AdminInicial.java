package br.com.nexus.app.seguranca;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first tenant and its administrator when there is no user at all. No password ships
 * with the product: it comes from {@code NEXUS_ADMIN_PASSWORD} or is drawn at random and shown
 * once in the log, the only place it ever appears.
 */
@Component
class AdminInicial implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminInicial.class);
    /** Serializes the check-then-create of nodes starting together on an empty database. */
    private static final long TRAVA = 7_431_002_905_001L;

    private final AdminInicialProperties properties;
    private final UsuarioRepository usuarios;
    private final CadastroDeUsuarios cadastro;
    private final JdbcClient jdbc;
    private final TransactionTemplate transacao;
    private final SecureRandom random = new SecureRandom();

    AdminInicial(AdminInicialProperties properties, UsuarioRepository usuarios, CadastroDeUsuarios cadastro,
            JdbcClient jdbc, TransactionTemplate transacao) {
        this.properties = properties;
        this.usuarios = usuarios;
        this.cadastro = cadastro;
        this.jdbc = jdbc;
        this.transacao = transacao;
    }

    @Override
    public void run(ApplicationArguments args) {
        transacao.executeWithoutResult(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(TRAVA).query(Integer.class).single();
            criarSeNaoHaUsuarios();
        });
    }

    void criarSeNaoHaUsuarios() {
        if (usuarios.existeAlgum()) {
            return;
        }
        boolean gerada = properties.password() == null || properties.password().isEmpty();
        String senha = gerada ? senhaAleatoria() : properties.password();
        try {
            PoliticaDeSenha.validar(senha, properties.email());
            Emails.normalizar(properties.email());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Invalid first administrator (NEXUS_ADMIN_EMAIL / NEXUS_ADMIN_PASSWORD): "
                    + e.getMessage(), e);
        }
        String tenant = properties.tenant() == null || properties.tenant().isBlank() ? "Nexus" : properties.tenant();
        CadastroDeUsuarios.TenantCriado criado = cadastro.criarTenant(tenant, true, properties.email(),
                "Administrador", senha);
        if (gerada) {
            log.warn("First administrator created: e-mail {} password {} (shown only this once; change it, or set "
                    + "NEXUS_ADMIN_PASSWORD before the first start)", properties.email(), senha);
        } else {
            log.info("First administrator {} created in tenant {}", properties.email(), criado.tenantId());
        }
    }

    private String senhaAleatoria() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
