package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants and their users. Every lookup is scoped by the caller's tenant. */
@Service
public class CadastroDeUsuarios {

    static final String EMAIL_DUPLICADO = "EMAIL_DUPLICADO";
    static final String USUARIO_NAO_ENCONTRADO = "USUARIO_NAO_ENCONTRADO";
    static final String ULTIMO_ADMINISTRADOR = "ULTIMO_ADMINISTRADOR";
    static final String PAPEL_INVALIDO = "PAPEL_INVALIDO";

    record TenantCriado(TenantId tenantId, UsuarioId adminUsuarioId) {
    }

    /** Changes to a user; null leaves a field as it is. */
    public record Alteracao(String nome, Papel papel, Boolean ativo, String senha) {

        boolean vazia() {
            return nome == null && papel == null && ativo == null && senha == null;
        }

        @Override
        public String toString() {
            return "Alteracao[nome=" + nome + ", papel=" + papel + ", ativo=" + ativo + "]";
        }
    }

    /** E-mails are logins across every firm: refusals for an e-mail in use are few per firm and hour. */
    static final int EMAILS_EM_USO_POR_HORA = 10;

    private final TenantRepository tenants;
    private final UsuarioRepository usuarios;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder senhas;
    private final Baldes emailsEmUso;

    CadastroDeUsuarios(TenantRepository tenants, UsuarioRepository usuarios, RefreshTokenRepository refreshTokens,
            PasswordEncoder senhas, ArmazemDeBaldes armazem) {
        this.tenants = tenants;
        this.usuarios = usuarios;
        this.refreshTokens = refreshTokens;
        this.senhas = senhas;
        this.emailsEmUso = new Baldes("emails-em-uso", EMAILS_EM_USO_POR_HORA, Duration.ofHours(1), armazem);
    }

    @Transactional
    public TenantCriado criarTenant(String nome, boolean plataforma, String adminEmail, String adminNome,
            String adminSenha) {
        Instant agora = Instant.now();
        Tenant tenant = new Tenant(TenantId.novo(), nome.strip(), plataforma, agora);
        tenants.inserir(tenant);
        Usuario admin = criarUsuario(tenant.id(), adminEmail, adminNome, adminSenha, administrador(tenant));
        return new TenantCriado(tenant.id(), admin.id());
    }

    /**
     * The platform tenant has only PLATAFORMA users and a firm only firm roles, so no firm user ever
     * runs the installation and the platform's operators never touch a firm's data. An e-mail is a
     * login across all firms, so "already in use" may speak of another firm's user; to keep that
     * from becoming a way to list who uses the system, a firm that met {@value #EMAILS_EM_USO_POR_HORA}
     * such refusals within the hour gets 429 for any new user until its allowance refills.
     */
    @Transactional
    public Usuario criarUsuario(TenantId tenantId, String email, String nome, String senha, Papel papel) {
        exigirPapelDoTenant(tenantId, papel);
        String normalizado = Emails.normalizar(email);
        PoliticaDeSenha.validar(senha, normalizado);
        emailsEmUso.esgotado(tenantId.toString()).ifPresent(espera -> {
            throw RecusaDeAcesso.muitasTentativas(espera);
        });
        if (usuarios.porEmail(normalizado).isPresent()) {
            emailsEmUso.consumir(tenantId.toString());
            throw emailDuplicado();
        }
        Instant agora = Instant.now();
        Usuario usuario = new Usuario(UsuarioId.novo(), tenantId, normalizado, nome.strip(), senhas.encode(senha),
                papel, true, agora, agora, agora);
        try {
            usuarios.inserir(usuario);
        } catch (DuplicateKeyException e) {
            throw emailDuplicado();
        }
        return usuario;
    }

    public List<Usuario> listar(TenantId tenantId) {
        return usuarios.doTenant(tenantId);
    }

    public Usuario buscar(TenantId tenantId, UsuarioId id) {
        return usuarios.doTenant(tenantId, id).orElseThrow(CadastroDeUsuarios::naoEncontrado);
    }

    /**
     * A deactivated user or one whose password changed loses its sessions at once. A tenant always
     * keeps one active administrator, or nobody could manage its users again.
     */
    @Transactional
    public Usuario alterar(TenantId tenantId, UsuarioId id, Alteracao alteracao) {
        if (alteracao.vazia()) {
            throw DomainException.invalido("REQUISICAO_INVALIDA", "Informe ao menos um de: nome, papel, ativo, senha");
        }
        tenants.bloquear(tenantId);
        if (alteracao.papel() != null) {
            exigirPapelDoTenant(tenantId, alteracao.papel());
        }
        Usuario atual = buscar(tenantId, id);
        String novoHash = null;
        if (alteracao.senha() != null) {
            PoliticaDeSenha.validar(alteracao.senha(), atual.email());
            novoHash = senhas.encode(alteracao.senha());
        }
        String nome = alteracao.nome() == null ? null : alteracao.nome().strip();
        Instant agora = Instant.now();
        Usuario novo = atual.com(nome, alteracao.papel(), alteracao.ativo(), novoHash, agora);
        if (administraAtivo(atual) && !administraAtivo(novo) && usuarios.administradoresAtivos(tenantId) <= 1) {
            throw DomainException.regraViolada(ULTIMO_ADMINISTRADOR,
                    "A empresa precisa de ao menos um administrador ativo");
        }
        usuarios.atualizar(novo);
        if (!novo.ativo() || novoHash != null) {
            refreshTokens.revogarTodos(id, agora);
        }
        return novo;
    }

    private static boolean administraAtivo(Usuario usuario) {
        return usuario.ativo() && (usuario.papel() == Papel.ADMIN || usuario.papel() == Papel.PLATAFORMA);
    }

    private static Papel administrador(Tenant tenant) {
        return tenant.plataforma() ? Papel.PLATAFORMA : Papel.ADMIN;
    }

    private void exigirPapelDoTenant(TenantId tenantId, Papel papel) {
        boolean plataforma = tenants.porId(tenantId).map(Tenant::plataforma).orElse(false);
        if (plataforma && papel != Papel.PLATAFORMA) {
            throw DomainException.regraViolada(PAPEL_INVALIDO,
                    "A empresa da plataforma só tem usuários com o papel PLATAFORMA");
        }
        if (!plataforma && papel == Papel.PLATAFORMA) {
            throw DomainException.regraViolada(PAPEL_INVALIDO,
                    "Papéis de uma empresa: " + Papel.DA_EMPRESA);
        }
    }

    private static DomainException emailDuplicado() {
        return DomainException.conflito(EMAIL_DUPLICADO, "Já existe um usuário com este e-mail");
    }

    private static DomainException naoEncontrado() {
        return DomainException.naoEncontrado(USUARIO_NAO_ENCONTRADO, "Usuário não encontrado");
    }
}
