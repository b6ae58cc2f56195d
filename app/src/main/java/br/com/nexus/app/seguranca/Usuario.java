package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.kernel.seguranca.UsuarioId;
import java.time.Instant;

/** A person who logs in; belongs to exactly one tenant. */
public record Usuario(
        UsuarioId id,
        TenantId tenantId,
        String email,
        String nome,
        String senhaHash,
        Papel papel,
        boolean ativo,
        Instant criadoEm,
        Instant atualizadoEm,
        Instant credenciaisAlteradasEm) {

    UsuarioAutenticado autenticado() {
        return new UsuarioAutenticado(id, tenantId, email, papel);
    }

    Usuario com(String novoNome, Papel novoPapel, Boolean novoAtivo, String novoHash, Instant quando) {
        return new Usuario(id, tenantId, email,
                novoNome != null ? novoNome : nome,
                novoHash != null ? novoHash : senhaHash,
                novoPapel != null ? novoPapel : papel,
                novoAtivo != null ? novoAtivo : ativo,
                criadoEm, quando,
                novoHash != null ? quando : credenciaisAlteradasEm);
    }

    /** A token issued before the password last changed may have been taken with the old one. */
    boolean aceitaTokenEmitidoEm(Instant emitidoEm) {
        return !emitidoEm.isBefore(credenciaisAlteradasEm);
    }

    /** Leaves the password hash out, so the record can be logged or shown in assertion failures. */
    @Override
    public String toString() {
        return "Usuario[id=" + id + ", tenantId=" + tenantId + ", papel=" + papel + ", ativo=" + ativo + "]";
    }
}
