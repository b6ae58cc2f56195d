package br.com.nexus.app.seguranca;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator and its tenant, created when there is no user at all
 * ({@code NEXUS_ADMIN_EMAIL}, {@code NEXUS_ADMIN_PASSWORD}, {@code NEXUS_ADMIN_TENANT}).
 *
 * @param password empty means a random one, shown once in the log
 */
@ConfigurationProperties("nexus.admin")
public record AdminInicialProperties(
        @DefaultValue("admin@nexus.local") String email,
        String password,
        @DefaultValue("Nexus") String tenant) {
}
