package br.com.nexus.app.seguranca;

import static br.com.nexus.kernel.seguranca.Papel.ADMIN;
import static br.com.nexus.kernel.seguranca.Papel.OPERADOR;
import static br.com.nexus.kernel.seguranca.Papel.SUPERVISOR;

import br.com.nexus.app.console.ItemDoMenu;
import br.com.nexus.kernel.seguranca.Papel;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The operator's console: pages signed in through a form, kept in an HttpOnly, SameSite=Strict
 * session cookie (server.servlet.session.cookie), with CSRF tokens on every form post. Ordered
 * before the API's stateless chain, which still answers everything outside these paths.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSegurancaConfiguration {

    static final String[] CAMINHOS = {"/", "/entrar", "/sair", "/acesso-negado", "/console/**", "/webjars/**",
            "/painel", "/painel/**",
            "/clientes", "/clientes/**",
            "/boletos", "/boletos/**",
            "/pagamentos", "/pagamentos/**",
            "/leads", "/leads/**",
            "/importacao", "/importacao/**",
            "/downloads", "/downloads/**",
            "/whatsapp", "/whatsapp/**",
            "/relatorios", "/relatorios/**",
            "/auditoria", "/auditoria/**",
            "/administracao", "/administracao/**"};

    /** No inline script or style at all; the boleto PDF is the only thing framed, and only by us. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    private static final Duration HSTS = Duration.ofDays(365);

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, LoginDoConsole login, EnderecoDoCliente enderecos,
            UsuarioRepository usuarios) throws Exception {
        String[] escritores = {ADMIN.name(), SUPERVISOR.name(), OPERADOR.name()};
        String[] gestores = {ADMIN.name(), SUPERVISOR.name()};
        String[] daEmpresa = Papel.DA_EMPRESA.stream().map(Papel::name).toArray(String[]::new);
        http.securityMatcher(CAMINHOS)
                .headers(h -> h
                        .httpStrictTransportSecurity(hsts -> hsts
                                .requestMatcher(AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(HSTS.toSeconds())
                                .includeSubDomains(true))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(AbstractHttpConfigurer::disable)
                .authenticationProvider(login)
                .formLogin(f -> f
                        .loginPage("/entrar")
                        .usernameParameter("email")
                        .passwordParameter("senha")
                        .authenticationDetailsSource(enderecos::de)
                        .defaultSuccessUrl("/painel")
                        .failureUrl("/entrar?erro")
                        .permitAll())
                .logout(l -> l
                        .logoutUrl("/sair")
                        .logoutSuccessUrl("/entrar?saiu")
                        .deleteCookies("NEXUS_SESSAO"))
                .exceptionHandling(e -> e.accessDeniedPage("/acesso-negado"))
                .addFilterBefore(new SessaoRevalidadaFilter(usuarios), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC)
                            .permitAll();
                    a.requestMatchers("/entrar", "/console/**", "/webjars/**", "/acesso-negado").permitAll();
                    a.requestMatchers(HttpMethod.POST, "/clientes/**").hasAnyRole(escritores);
                    a.requestMatchers(HttpMethod.POST, "/boletos/**").hasAnyRole(escritores);
                    a.requestMatchers(HttpMethod.POST, "/pagamentos/**").hasAnyRole(gestores);
                    a.requestMatchers(HttpMethod.POST, "/leads", "/leads/**").hasAnyRole(escritores);
                    a.requestMatchers(HttpMethod.POST, "/downloads", "/downloads/**").hasAnyRole(gestores);
                    a.requestMatchers(HttpMethod.POST, "/whatsapp/conexao").hasRole(ADMIN.name());
                    a.requestMatchers(HttpMethod.POST, "/whatsapp/**").hasAnyRole(gestores);
                    // Reading a page, and what lies under it, is for the roles its menu item names.
                    for (ItemDoMenu pagina : ItemDoMenu.TODOS) {
                        a.requestMatchers(pagina.caminho(), pagina.caminho() + "/**")
                                .hasAnyRole(pagina.nomesDosPapeis());
                    }
                    a.anyRequest().hasAnyRole(daEmpresa);
                });
        return http.build();
    }
}
