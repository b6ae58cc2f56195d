package br.com.nexus.kernel.seguranca;

import java.util.List;

/**
 * What a user may do. The first four are a firm's (empresa's) roles: AUDITOR reads and audits,
 * never writes. PLATAFORMA belongs only to the platform tenant and runs the installation (tenants,
 * read-model replays, metrics); it sees no firm's business data.
 */
public enum Papel {
    ADMIN,
    SUPERVISOR,
    OPERADOR,
    AUDITOR,
    PLATAFORMA;

    /** The roles a firm's users may have, in order of power. */
    public static final List<Papel> DA_EMPRESA = List.of(ADMIN, SUPERVISOR, OPERADOR, AUDITOR);

    public boolean daEmpresa() {
        return this != PLATAFORMA;
    }
}
