package br.com.nexus.kernel.comum;

/** How the API answers a {@link DomainException}: the kind decides the HTTP status. */
public enum ErrorKind {
    /** The input is malformed or fails validation: 400. */
    INVALIDO,
    /** The target does not exist, or belongs to another tenant: 404. */
    NAO_ENCONTRADO,
    /** The request clashes with the current state or a uniqueness rule: 409. */
    CONFLITO,
    /** The input is well formed but a business rule forbids it: 422. */
    REGRA_VIOLADA
}
