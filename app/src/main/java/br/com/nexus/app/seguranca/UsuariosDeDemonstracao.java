package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioId;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo tenant and one user of each role ({@code <papel>@demo.nexus.local}), created once per
 * database. Their passwords come from {@code NEXUS_DEMO_PASSWORD} or are drawn at random and shown
 * once in the log, as the first administrator's are ({@link AdminInicial}).
 */
@Component
@Profile("demo")
public class UsuariosDeDemonstracao {

    public static final String DOMINIO = "demo.nexus.local";
    public static final String NOME_DA_EMPRESA = "Consórcios Horizonte (demonstração)";

    private static final Logger log = LoggerFactory.getLogger(UsuariosDeDemonstracao.class);
    /** Serializes the check-then-create of nodes starting together on an empty database. */
    private static final long TRAVA = 7_431_002_905_002L;
    private static final Map<Papel, String> NOMES = Map.of(Papel.ADMIN, "Administração Demo",
            Papel.SUPERVISOR, "Supervisão Demo", Papel.OPERADOR, "Operação Demo", Papel.AUDITOR, "Auditoria Demo");

    /** @param criadaAgora false when an earlier start had already created it */
    public record EmpresaDeDemonstracao(TenantId tenantId, UsuarioId adminId, String adminEmail, boolean criadaAgora) {
    }

    private final UsuarioRepository usuarios;
    private final CadastroDeUsuarios cadastro;
    private final JdbcClient jdbc;
    private final TransactionTemplate transacao;
    private final SecureRandom random = new SecureRandom();

    UsuariosDeDemonstracao(UsuarioRepository usuarios, CadastroDeUsuarios cadastro, JdbcClient jdbc,
            TransactionTemplate transacao) {
        this.usuarios = usuarios;
        this.cadastro = cadastro;
        this.jdbc = jdbc;
        this.transacao = transacao;
    }

    public static String email(Papel papel) {
        return papel.name().toLowerCase(Locale.ROOT) + "@" + DOMINIO;
    }

    /** The demo tenant, created with its users when absent; {@code senha} empty means random ones. */
    public EmpresaDeDemonstracao garantir(String senha) {
        Map<Papel, String> senhas = new LinkedHashMap<>();
        EmpresaDeDemonstracao empresa = transacao.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(TRAVA).query(Integer.class).single();
            Optional<Usuario> admin = usuarios.porEmail(email(Papel.ADMIN));
            if (admin.isPresent()) {
                return new EmpresaDeDemonstracao(admin.get().tenantId(), admin.get().id(), admin.get().email(), false);
            }
            for (Papel papel : Papel.DA_EMPRESA) {
                senhas.put(papel, senha == null || senha.isBlank() ? senhaAleatoria() : senha);
            }
            CadastroDeUsuarios.TenantCriado criado = cadastro.criarTenant(NOME_DA_EMPRESA, false,
                    email(Papel.ADMIN), NOMES.get(Papel.ADMIN), senhas.get(Papel.ADMIN));
            senhas.forEach((papel, s) -> {
                if (papel != Papel.ADMIN) {
                    cadastro.criarUsuario(criado.tenantId(), email(papel), NOMES.get(papel), s, papel);
                }
            });
            return new EmpresaDeDemonstracao(criado.tenantId(), criado.adminUsuarioId(), email(Papel.ADMIN), true);
        });
        if (empresa.criadaAgora()) {
            mostrar(senhas, senha == null || senha.isBlank());
        }
        return empresa;
    }

    private static void mostrar(Map<Papel, String> senhas, boolean geradas) {
        StringBuilder texto = new StringBuilder("Demo tenant \"" + NOME_DA_EMPRESA + "\" created. Logins");
        texto.append(geradas ? " (passwords shown only this once):" : " (password from NEXUS_DEMO_PASSWORD):");
        senhas.forEach((papel, s) -> texto.append(String.format(Locale.ROOT, "%n  %-10s %-28s %s", papel,
                email(papel), geradas ? s : "")));
        log.warn(texto.toString());
    }

    private String senhaAleatoria() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
