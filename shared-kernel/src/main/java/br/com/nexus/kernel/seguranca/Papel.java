package br.com.nexus.kernel.seguranca;

/** What a user may do. AUDITOR reads and audits, never writes. */
public enum Papel {
    ADMIN,
    SUPERVISOR,
    OPERADOR,
    AUDITOR
}
