package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reports and long pages cost the database far more than an ordinary read, so one user (and one
 * firm) may ask for only so many of them per window; past that, 429 with {@code Retry-After}, and
 * the other firms keep their latency. Runs after authentication: the caller is known.
 */
@Component
class LeiturasPesadasFilter extends OncePerRequestFilter {

    static final String MUITAS_LEITURAS_PESADAS = "MUITAS_LEITURAS_PESADAS";
    /** Pages up to this size are ordinary reads. */
    static final int PAGINA_LEVE = 50;
    private static final List<String> PARAMETROS_DE_TAMANHO = List.of("size", "limite");
    private static final List<String> RELATORIOS = List.of("/api/relatorios/", "/relatorios/");

    private final Baldes porUsuario;
    private final Baldes porEmpresa;
    private final ObjectMapper json;

    LeiturasPesadasFilter(ObjectMapper json, ArmazemDeBaldes armazem,
            @Value("${nexus.seguranca.leituras-pesadas.por-usuario:30}") int limitePorUsuario,
            @Value("${nexus.seguranca.leituras-pesadas.por-empresa:120}") int limitePorEmpresa,
            @Value("${nexus.seguranca.leituras-pesadas.janela:1m}") Duration janela) {
        this.porUsuario = new Baldes("leituras-usuario", limitePorUsuario, janela, armazem);
        this.porEmpresa = new Baldes("leituras-empresa", limitePorEmpresa, janela, armazem);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !pesada(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<UsuarioAutenticado> autenticado = UsuarioAtual.daRequisicao();
        if (autenticado.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        UsuarioAutenticado usuario = autenticado.get();
        Optional<Duration> espera = porUsuario.consumir(usuario.usuarioId().toString())
                .or(() -> porEmpresa.consumir(usuario.tenantId().toString()));
        if (espera.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, espera.get().toSeconds())));
            Problemas.escrever(response, json, HttpStatus.TOO_MANY_REQUESTS, MUITAS_LEITURAS_PESADAS,
                    "Muitos relatórios ou páginas grandes em pouco tempo; tente novamente mais tarde", request);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean pesada(HttpServletRequest request) {
        for (String relatorios : RELATORIOS) {
            if (request.getRequestURI().startsWith(request.getContextPath() + relatorios)) {
                return true;
            }
        }
        for (String parametro : PARAMETROS_DE_TAMANHO) {
            String valor = request.getParameter(parametro);
            if (valor != null && tamanhoAcimaDoLeve(valor.strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean tamanhoAcimaDoLeve(String valor) {
        if (!valor.matches("\\d{1,9}")) {
            return valor.matches("\\d+");
        }
        return Integer.parseInt(valor) > PAGINA_LEVE;
    }
}
