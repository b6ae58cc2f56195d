package br.com.nexus.app.seguranca;

import static br.com.nexus.kernel.seguranca.Papel.ADMIN;
import static br.com.nexus.kernel.seguranca.Papel.AUDITOR;
import static br.com.nexus.kernel.seguranca.Papel.OPERADOR;
import static br.com.nexus.kernel.seguranca.Papel.PLATAFORMA;
import static br.com.nexus.kernel.seguranca.Papel.SUPERVISOR;

import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Stateless bearer-token security and the role of each endpoint (the README's role matrix). Reads
 * are open to every role of a firm; AUDITOR never writes; OPERADOR writes leads, clientes, boletos,
 * pagamentos and disparos; SUPERVISOR also imports, runs portal downloads, reads reports and refunds;
 * ADMIN does everything in its firm, including users and integrations. PLATAFORMA runs the
 * installation (tenants, read-model replays, metrics) and sees no firm's data. A write to a path
 * not listed here is ADMIN-only until it is given a rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({SegurancaProperties.class, AdminInicialProperties.class})
@SecurityScheme(name = SegurancaConfiguration.ESQUEMA, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
class SegurancaConfiguration {

    static final String ESQUEMA = "bearer";

    /** Open to anyone; webhook callers authenticate by their provider's own scheme. */
    static final String[] PUBLICOS = {
            "/api/auth/**", "/api/webhooks/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /** Paths whose Authorization header is not ours to read: a webhook may carry its provider's own JWT. */
    private static final String[] SEM_BEARER = {"/api/auth/", "/api/webhooks/"};

    private static final Duration TOLERANCIA_DE_RELOGIO = Duration.ofSeconds(30);
    /**
     * Sent on every answer: browsers ignore it over plain http, and behind a TLS proxy the request
     * may look like http to us (unless NEXUS_FORWARD_HEADERS=native).
     */
    private static final Duration HSTS = Duration.ofDays(365);
    /** Nothing from elsewhere; the API docs page (Swagger UI) needs its own inline styles and data: images. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, ConversorDeJwt conversor, ObjectMapper json)
            throws Exception {
        AuthenticationEntryPoint naoAutenticado = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            String detalhe = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    ? "Autenticação necessária: envie Authorization: Bearer <accessToken>"
                    : "Token inválido, expirado ou de usuário inativo";
            Problemas.escrever(response, json, HttpStatus.UNAUTHORIZED, Problemas.NAO_AUTENTICADO, detalhe, request);
        };
        AccessDeniedHandler negado = (request, response, e) -> Problemas.escrever(response, json,
                HttpStatus.FORBIDDEN, RecusaDeAcesso.ACESSO_NEGADO, "Seu papel não permite esta operação", request);

        http.headers(h -> h
                        .httpStrictTransportSecurity(hsts -> hsts
                                .requestMatcher(AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(HSTS.toSeconds())
                                .includeSubDomains(true))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(SegurancaConfiguration::regras)
                .oauth2ResourceServer(o -> o
                        .bearerTokenResolver(bearerTokenResolver())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(conversor))
                        .authenticationEntryPoint(naoAutenticado)
                        .accessDeniedHandler(negado))
                .exceptionHandling(e -> e.authenticationEntryPoint(naoAutenticado).accessDeniedHandler(negado));
        return http.build();
    }

    private static void regras(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        // Error and async dispatches re-enter the chain after the request itself was authorized.
        a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
        a.requestMatchers(PUBLICOS).permitAll();
        a.requestMatchers("/api/admin/**", "/actuator/**").hasRole(PLATAFORMA.name());
        a.requestMatchers("/api/conta", "/api/conta/**").authenticated();
        a.requestMatchers("/api/usuarios", "/api/usuarios/**").hasAnyRole(papeis(ADMIN, PLATAFORMA));
        a.requestMatchers("/api/integracoes/**").hasRole(ADMIN.name());
        a.requestMatchers("/api/configuracoes/**").hasAnyRole(papeis(ADMIN, SUPERVISOR));
        a.requestMatchers(HttpMethod.GET, "/api/whatsapp/instancia/qrcode").hasRole(ADMIN.name());
        a.requestMatchers(HttpMethod.GET, "/api/whatsapp/envios/**").hasAnyRole(papeis(ADMIN, SUPERVISOR, OPERADOR));
        for (HttpMethod leitura : new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD}) {
            a.requestMatchers(leitura, "/api/auditoria/**").hasAnyRole(papeis(ADMIN, AUDITOR));
            a.requestMatchers(leitura, "/api/relatorios/**", "/api/execucoes-download/**")
                    .hasAnyRole(papeis(ADMIN, SUPERVISOR, AUDITOR));
            a.requestMatchers(leitura, "/api/**").hasAnyRole(papeis(Papel.DA_EMPRESA.toArray(Papel[]::new)));
        }
        a.requestMatchers("/api/*/importacao", "/api/*/importacao/**", "/api/execucoes-download/**",
                "/api/relatorios/**", "/api/whatsapp/modelos", "/api/whatsapp/modelos/**",
                "/api/pagamentos/*/estorno").hasAnyRole(papeis(ADMIN, SUPERVISOR));
        a.requestMatchers("/api/leads/**", "/api/clientes/**", "/api/boletos/**", "/api/pagamentos/**",
                "/api/disparos/**").hasAnyRole(papeis(ADMIN, SUPERVISOR, OPERADOR));
        a.requestMatchers("/api/**").hasRole(ADMIN.name());
        a.anyRequest().authenticated();
    }

    private static String[] papeis(Papel... papeis) {
        return Arrays.stream(papeis).map(Papel::name).toArray(String[]::new);
    }

    private static BearerTokenResolver bearerTokenResolver() {
        DefaultBearerTokenResolver padrao = new DefaultBearerTokenResolver();
        return request -> semBearer(request) ? null : padrao.resolve(request);
    }

    private static boolean semBearer(HttpServletRequest request) {
        String caminho = request.getRequestURI().substring(request.getContextPath().length());
        return Arrays.stream(SEM_BEARER)
                .anyMatch(prefixo -> caminho.startsWith(prefixo)
                        || caminho.equals(prefixo.substring(0, prefixo.length() - 1)));
    }

    @Bean
    ChaveJwt chaveJwt(SegurancaProperties properties, @Value("${NEXUS_JWT_SECRET:}") String variavel, JdbcClient jdbc) {
        String configurada = properties.jwtSecret() != null && !properties.jwtSecret().isBlank()
                ? properties.jwtSecret() : variavel;
        return ChaveJwt.resolver(configurada, jdbc);
    }

    @Bean
    JwtEncoder jwtEncoder(ChaveJwt chave) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(chave.chave()));
    }

    @Bean
    JwtDecoder jwtDecoder(ChaveJwt chave) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(chave.chave())
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(
                new JwtTimestampValidator(TOLERANCIA_DE_RELOGIO),
                new JwtIssuerValidator(EmissorDeTokens.EMISSOR),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, Objects::nonNull),
                new JwtClaimValidator<Object>(EmissorDeTokens.CLAIM_TENANT, Objects::nonNull)));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder(SegurancaProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptCusto());
    }

    @Bean
    OpenApiCustomizer bearerEmTodaOperacao() {
        return openApi -> openApi.addSecurityItem(
                new io.swagger.v3.oas.models.security.SecurityRequirement().addList(ESQUEMA));
    }
}
