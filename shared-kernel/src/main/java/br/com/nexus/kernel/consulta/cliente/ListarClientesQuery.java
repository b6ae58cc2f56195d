package br.com.nexus.kernel.consulta.cliente;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;

/**
 * Lists a tenant's clientes, by name unless sorted otherwise; every filter is optional.
 * {@code busca} matches part of the name, or the CPF's or WhatsApp's digits. Sortable fields:
 * {@code nome}, {@code cadastradoEm}, {@code atualizadoEm}. Answered with a {@link PaginaDeClientes}.
 */
public record ListarClientesQuery(
        TenantId tenantId,
        String busca,
        String pontoDeVenda,
        String consultor,
        Boolean ativo,
        Ordenacao ordenacao,
        int page,
        int size) {
}
