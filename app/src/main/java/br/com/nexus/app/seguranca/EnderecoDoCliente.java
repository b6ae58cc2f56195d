package br.com.nexus.app.seguranca;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The caller's network address, for rate limits. {@code X-Forwarded-For} is trusted only when the
 * app is known to sit behind a proxy, since any client can send that header; the last entry is the
 * one the proxy itself appended, the earlier ones are whatever the client claimed.
 */
@Component
class EnderecoDoCliente {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern ENDERECO_IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final boolean trustedProxy;

    @Autowired
    EnderecoDoCliente(SegurancaProperties properties) {
        this(properties.trustedProxy());
    }

    EnderecoDoCliente(boolean trustedProxy) {
        this.trustedProxy = trustedProxy;
    }

    String de(HttpServletRequest request) {
        if (trustedProxy) {
            String encaminhado = ultimoEncaminhado(request.getHeader(X_FORWARDED_FOR));
            if (encaminhado != null) {
                return encaminhado;
            }
        }
        return request.getRemoteAddr();
    }

    private static String ultimoEncaminhado(String cabecalho) {
        if (cabecalho == null || cabecalho.isBlank()) {
            return null;
        }
        String[] partes = cabecalho.split(",");
        String ultimo = partes[partes.length - 1].strip();
        return ENDERECO_IP.matcher(ultimo).matches() ? ultimo : null;
    }
}
