package br.com.nexus.app;

import java.util.Locale;

/**
 * What a node runs. In the distributed deployment the same jar is started once per role and Axon
 * Server routes commands, events and queries between them; the embedded default runs {@link #ALL}.
 */
public enum Role {
    ALL, COMMAND, QUERY, SAGA;

    static final String PROPERTY = "nexus.role";

    static Role parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("nexus.role must be one of all, command, query, saga; got '" + value + "'");
        }
    }

    boolean runs(String packageName) {
        if (this == ALL) {
            return true;
        }
        if (packageName.startsWith("br.com.nexus.command")) {
            return this == COMMAND;
        }
        // The console's pages read through the query side's beans; their commands reach the command nodes.
        if (packageName.startsWith("br.com.nexus.query") || packageName.startsWith("br.com.nexus.app.console")) {
            return this == QUERY;
        }
        if (packageName.startsWith("br.com.nexus.saga")) {
            return this == SAGA;
        }
        return true;
    }
}
