package br.com.nexus.kernel.consulta;

/**
 * How a list is sorted: one field the list accepts (each list names its own) and the direction.
 * A null ordenação means the list's default order.
 */
public record Ordenacao(String campo, boolean decrescente) {
}
