package br.com.nexus.kernel.consulta.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import java.time.LocalDate;

/**
 * Lists a tenant's payments, newest first unless sorted otherwise; every filter is optional and
 * {@code pagoDe}/{@code pagoAte} bound the payment date (inclusive). Sortable fields:
 * {@code criadoEm}, {@code atualizadoEm}, {@code dataPagamento}, {@code valor}. Answered with a
 * {@link PaginaDePagamentos}.
 */
public record ListarPagamentosQuery(
        TenantId tenantId,
        StatusPagamento status,
        MetodoPagamento metodo,
        Provedor provedor,
        BoletoId boletoId,
        ClienteId clienteId,
        LocalDate pagoDe,
        LocalDate pagoAte,
        Ordenacao ordenacao,
        int page,
        int size) {
}
