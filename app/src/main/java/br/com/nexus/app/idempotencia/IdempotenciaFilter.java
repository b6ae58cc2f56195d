package br.com.nexus.app.idempotencia;

import br.com.nexus.app.web.ProblemHandler;
import br.com.nexus.app.seguranca.UsuarioAtual;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code Idempotency-Key} on the requests that create money or messages: the same request sent again
 * with the same key (a retry after a timeout, a double click) gets the first answer again, marked
 * {@code Idempotent-Replayed: true}, instead of a second boleto, payment, charge or dispatch. The same
 * key with another method, path or body is refused (422); a retry while the first is still running
 * is refused too (409), never run alongside it. A 5xx is not kept, so the client may retry it.
 *
 * <p>Runs after Spring Security (this filter has the default, lowest order), so the key is scoped
 * to the caller's tenant and user. Without the header nothing changes.
 */
@Component
class IdempotenciaFilter extends OncePerRequestFilter {

    static final String CABECALHO = "Idempotency-Key";
    static final String REPETIDA = "Idempotent-Replayed";
    static final String CHAVE_INVALIDA = "CHAVE_DE_IDEMPOTENCIA_INVALIDA";
    static final String CHAVE_REUTILIZADA = "CHAVE_DE_IDEMPOTENCIA_REUTILIZADA";
    static final String EM_ANDAMENTO = "REQUISICAO_EM_ANDAMENTO";
    static final int TAMANHO_MAXIMO = 255;

    /** The POSTs that create a boleto, a payment, a provider charge, a refund or a WhatsApp dispatch. */
    static final List<String> OPERACOES = List.of(
            "/api/boletos", "/api/boletos/{id}/disparos", "/api/pagamentos", "/api/pagamentos/cobrancas",
            "/api/pagamentos/{id}/estorno");

    private static final Logger log = LoggerFactory.getLogger(IdempotenciaFilter.class);
    private static final List<PathPattern> PADROES = OPERACOES.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    private final RequisicoesIdempotentes requisicoes;
    private final IdempotenciaProperties propriedades;
    private final ObjectMapper json;

    IdempotenciaFilter(RequisicoesIdempotentes requisicoes, IdempotenciaProperties propriedades, ObjectMapper json) {
        this.requisicoes = requisicoes;
        this.propriedades = propriedades;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!HttpMethod.POST.matches(request.getMethod()) || request.getHeader(CABECALHO) == null) {
            return true;
        }
        PathContainer caminho = PathContainer.parsePath(caminho(request));
        return PADROES.stream().noneMatch(p -> p.matches(caminho));
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
        List<String> valores = Collections.list(request.getHeaders(CABECALHO));
        if (valores.size() != 1 || !valida(valores.get(0))) {
            recusar(request, response, HttpStatus.BAD_REQUEST, CHAVE_INVALIDA, CABECALHO
                    + " deve ser um único valor de 1 a " + TAMANHO_MAXIMO + " caracteres ASCII imprimíveis");
            return;
        }
        long maximo = propriedades.corpoMaximo().toBytes();
        byte[] corpo = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximo + 1));
        if (corpo.length > maximo) {
            recusar(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "CONTEUDO_GRANDE_DEMAIS",
                    "Conteúdo grande demais para uma requisição com " + CABECALHO);
            return;
        }
        RequisicoesIdempotentes.Chave chave = new RequisicoesIdempotentes.Chave(usuario.tenantId(),
                usuario.usuarioId(), valores.get(0));
        Reserva reserva = requisicoes.reservar(chave, impressao(request, corpo));
        if (reserva instanceof Reserva.Obtida obtida) {
            executar(new CorpoLido(request, corpo), response, chain, chave, obtida);
        } else if (reserva instanceof Reserva.Concluida concluida) {
            repetir(response, concluida.resposta());
        } else if (reserva instanceof Reserva.EmAndamento) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            recusar(request, response, HttpStatus.CONFLICT, EM_ANDAMENTO,
                    "Uma requisição com esta " + CABECALHO + " ainda está em andamento; tente novamente em instantes");
        } else {
            recusar(request, response, HttpStatus.UNPROCESSABLE_ENTITY, CHAVE_REUTILIZADA,
                    "Esta " + CABECALHO + " já foi usada em outra requisição (outro caminho ou outro corpo)");
        }
    }

    private void executar(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            RequisicoesIdempotentes.Chave chave, Reserva.Obtida reserva) throws ServletException, IOException {
        RespostaCapturada capturada = new RespostaCapturada(response);
        boolean guardada = false;
        try {
            chain.doFilter(request, capturada);
            if (capturada.guardavel()) {
                requisicoes.concluir(chave, reserva.id(), capturada.guardada());
                guardada = true;
            }
        } finally {
            if (!guardada) {
                liberar(chave, reserva);
            }
        }
        capturada.copyBodyToResponse();
    }

    private void liberar(RequisicoesIdempotentes.Chave chave, Reserva.Obtida reserva) {
        try {
            requisicoes.liberar(chave, reserva.id());
        } catch (RuntimeException e) {
            // The claim then lapses after abandono-apos, and a retry runs the request.
            log.warn("Could not release an idempotency key of tenant {}: {}", chave.tenant(), e.getMessage());
        }
    }

    private static void repetir(HttpServletResponse response, RespostaGuardada resposta) throws IOException {
        response.setStatus(resposta.status());
        response.setHeader(REPETIDA, "true");
        if (resposta.contentType() != null) {
            response.setContentType(resposta.contentType());
        }
        if (resposta.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, resposta.location());
        }
        byte[] corpo = resposta.corpo() == null ? new byte[0] : resposta.corpo();
        response.setContentLength(corpo.length);
        response.getOutputStream().write(corpo);
    }

    private void recusar(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String detalhe) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(),
                ProblemHandler.problem(status, code, detalhe, request, null).getBody());
    }

    static boolean valida(String chave) {
        if (chave.isEmpty() || chave.length() > TAMANHO_MAXIMO) {
            return false;
        }
        return chave.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    /** Method, path with query and body: what must be equal for a request to be the same one. */
    private static String impressao(HttpServletRequest request, byte[] corpo) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String linha = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            sha256.update(linha.getBytes(StandardCharsets.UTF_8));
            sha256.update(corpo);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String caminho(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
