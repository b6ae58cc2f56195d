package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.UsuarioId;
import java.time.Instant;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid token into the caller. The user is read back on every request, so deactivating a
 * user, changing its role or its password takes effect at once rather than when its token expires.
 */
@Component
class ConversorDeJwt implements Converter<Jwt, AbstractAuthenticationToken> {

    private final UsuarioRepository usuarios;

    ConversorDeJwt(UsuarioRepository usuarios) {
        this.usuarios = usuarios;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UsuarioId id;
        try {
            id = UsuarioId.de(jwt.getSubject());
        } catch (RuntimeException e) {
            throw new InvalidBearerTokenException("Token sem usuário");
        }
        String tenant = jwt.getClaimAsString(EmissorDeTokens.CLAIM_TENANT);
        return usuarios.porId(id)
                .filter(Usuario::ativo)
                .filter(u -> u.tenantId().toString().equals(tenant))
                .filter(u -> u.aceitaTokenEmitidoEm(emitidoEm(jwt)))
                .map(u -> new UsuarioAutenticacao(u.autenticado(), jwt))
                .orElseThrow(() -> new InvalidBearerTokenException("Usuário inexistente ou inativo"));
    }

    private static Instant emitidoEm(Jwt jwt) {
        Object ms = jwt.getClaim(EmissorDeTokens.CLAIM_EMITIDO_EM_MS);
        if (ms instanceof Number numero) {
            return Instant.ofEpochMilli(numero.longValue());
        }
        return jwt.getIssuedAt() != null ? jwt.getIssuedAt() : Instant.EPOCH;
    }
}
