package br.com.nexus.kernel.consulta.disparo;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.disparo.StatusDisparo;
import java.time.Instant;

/**
 * Lists a tenant's dispatches, newest first unless sorted otherwise; every filter is optional and
 * {@code solicitadoDe}/{@code solicitadoAte} bound when they were requested. Sortable fields:
 * {@code solicitadoEm}, {@code atualizadoEm}, {@code status}. Answered with a {@link PaginaDeDisparos}.
 */
public record ListarDisparosQuery(
        TenantId tenantId,
        StatusDisparo status,
        BoletoId boletoId,
        ClienteId clienteId,
        Instant solicitadoDe,
        Instant solicitadoAte,
        Ordenacao ordenacao,
        int page,
        int size) {
}
