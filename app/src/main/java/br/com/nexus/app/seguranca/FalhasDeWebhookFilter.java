package br.com.nexus.app.seguranca;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Webhooks authenticate by a secret in the request, so a stranger could try secrets one after
 * another. Each 401 a webhook answers costs the caller's address a token; an address with none
 * left gets 429 before its secret is even looked at, whatever it sends. Providers calling with the
 * right secret never pay.
 */
@Component
class FalhasDeWebhookFilter extends OncePerRequestFilter {

    static final String PREFIXO = "/api/webhooks/";

    private final Baldes falhas;
    private final EnderecoDoCliente enderecos;
    private final Set<String> enderecosIsentos;
    private final ObjectMapper json;

    FalhasDeWebhookFilter(SegurancaProperties properties, EnderecoDoCliente enderecos, ObjectMapper json,
            ArmazemDeBaldes armazem,
            @Value("${nexus.seguranca.webhooks.falhas-por-endereco:20}") int falhasPorEndereco,
            @Value("${nexus.seguranca.webhooks.janela:1m}") Duration janela) {
        this.falhas = new Baldes("webhook-falhas", falhasPorEndereco, janela, armazem);
        this.enderecos = enderecos;
        this.enderecosIsentos = properties.login().ipsIsentos().stream().map(String::strip)
                .collect(Collectors.toSet());
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PREFIXO);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String endereco = enderecos.de(request);
        if (enderecosIsentos.contains(endereco)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> espera = falhas.esgotado(endereco);
        if (espera.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, espera.get().toSeconds())));
            Problemas.escrever(response, json, HttpStatus.TOO_MANY_REQUESTS, RecusaDeAcesso.MUITAS_TENTATIVAS,
                    "Muitas chamadas sem o segredo certo; tente novamente mais tarde", request);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            falhas.consumir(endereco);
        }
    }
}
