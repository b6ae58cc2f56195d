package br.com.nexus.app.demo;

import br.com.nexus.app.demo.simulador.Simulado;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Demo mode ({@code ./run.sh --demo}, profile {@code demo}): simulators of the external services
 * under {@code /simulador/**} and a seeded demo tenant. It refuses an external database, so a demo
 * never writes into data people keep.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoConfiguration {

    DemoConfiguration(Environment ambiente) {
        if (!ambiente.getProperty("spring.datasource.url", "").isBlank()) {
            throw new IllegalStateException("Demo mode runs only on the embedded PostgreSQL: unset "
                    + "SPRING_DATASOURCE_URL (its data goes to NEXUS_DATA_DIR, ./data-demo by default)");
        }
    }

    /** The simulators stand for servers outside: they authenticate callers their own way, never by our JWT. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain simuladores(HttpSecurity http) throws Exception {
        return http.securityMatcher(Simulado.RAIZ + "/**")
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cabecalhoSimulado() {
        FilterRegistrationBean<OncePerRequestFilter> registro = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                response.setHeader(Simulado.CABECALHO, "true");
                chain.doFilter(request, response);
            }
        });
        registro.addUrlPatterns(Simulado.RAIZ + "/*");
        return registro;
    }
}
