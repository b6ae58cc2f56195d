package br.com.nexus.app.seguranca;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login, renewal and logout. */
@Service
class AutenticacaoService {

    private static final Logger log = LoggerFactory.getLogger(AutenticacaoService.class);

    private final UsuarioRepository usuarios;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder senhas;
    private final EmissorDeTokens emissor;
    private final LimitadorDeTentativas limitador;
    /** Checked against when the e-mail is unknown, so that case costs as much as a wrong password. */
    private final String hashFicticio;

    AutenticacaoService(UsuarioRepository usuarios, RefreshTokenRepository refreshTokens, PasswordEncoder senhas,
            EmissorDeTokens emissor, LimitadorDeTentativas limitador) {
        this.usuarios = usuarios;
        this.refreshTokens = refreshTokens;
        this.senhas = senhas;
        this.emissor = emissor;
        this.limitador = limitador;
        byte[] aleatorio = new byte[24];
        new SecureRandom().nextBytes(aleatorio);
        this.hashFicticio = senhas.encode(Base64.getEncoder().encodeToString(aleatorio));
    }

    /** Unknown e-mail, wrong password and inactive user get the same answer. */
    public Tokens login(String email, String senha, String endereco) {
        return emissor.emitir(conferir(email, senha, endereco), Instant.now());
    }

    /**
     * The user these credentials prove, under the same per-address and per-account limits as the
     * API's login; the console's sign-in uses it to open a session instead of issuing tokens.
     */
    Usuario conferir(String email, String senha, String endereco) {
        limitador.tentativaDoEndereco(endereco);
        String normalizado = email.strip().toLowerCase(Locale.ROOT);
        limitador.reservarFalhaDaConta(normalizado, endereco);
        Optional<Usuario> usuario = usuarios.porEmail(normalizado);
        boolean confere = confere(senha, usuario.map(Usuario::senhaHash).orElse(hashFicticio));
        if (!confere || usuario.isEmpty() || !usuario.get().ativo()) {
            throw RecusaDeAcesso.credenciaisInvalidas();
        }
        limitador.sucessoDaConta(normalizado, endereco);
        return usuario.get();
    }

    /**
     * Trades a refresh token for a new pair; the old one is spent. A spent token presented again
     * means it leaked, or its holder is replaying it: every session of that user is ended.
     */
    @Transactional(noRollbackFor = RecusaDeAcesso.class)
    public Tokens renovar(String refreshToken, String endereco) {
        limitador.tentativaDoEndereco(endereco);
        String hash = EmissorDeTokens.hash(refreshToken);
        RefreshTokenRepository.Registro registro = refreshTokens.bloquear(hash)
                .orElseThrow(RecusaDeAcesso::refreshTokenInvalido);
        Instant agora = Instant.now();
        if (registro.usadoEm() != null) {
            refreshTokens.revogarTodos(registro.usuarioId(), agora);
            log.warn("Spent refresh token presented again for user {}; all its sessions were ended",
                    registro.usuarioId());
            throw RecusaDeAcesso.refreshTokenInvalido();
        }
        refreshTokens.marcarUsado(hash, agora);
        if (!registro.expiraEm().isAfter(agora)) {
            throw RecusaDeAcesso.refreshTokenInvalido();
        }
        Usuario usuario = usuarios.porId(registro.usuarioId())
                .filter(Usuario::ativo)
                .orElseThrow(RecusaDeAcesso::refreshTokenInvalido);
        return emissor.emitir(usuario, agora);
    }

    @Transactional
    public void sair(String refreshToken) {
        refreshTokens.marcarUsado(EmissorDeTokens.hash(refreshToken), Instant.now());
    }

    private boolean confere(String senha, String hash) {
        if (!PoliticaDeSenha.cabeNoBcrypt(senha)) {
            senhas.matches("", hashFicticio);
            return false;
        }
        return senhas.matches(senha, hash);
    }
}
