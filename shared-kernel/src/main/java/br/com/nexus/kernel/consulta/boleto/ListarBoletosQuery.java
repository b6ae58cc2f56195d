package br.com.nexus.kernel.consulta.boleto;

import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import java.time.LocalDate;

/**
 * Lists a tenant's boletos, by vencimento unless sorted otherwise; every filter is optional and the
 * vencimento range is inclusive. Sortable fields: {@code vencimento}, {@code valor},
 * {@code registradoEm}, {@code atualizadoEm}, {@code cliente}. Answered with a {@link PaginaDeBoletos}.
 */
public record ListarBoletosQuery(
        TenantId tenantId,
        SituacaoBoleto situacao,
        LocalDate vencimentoDe,
        LocalDate vencimentoAte,
        ClienteId clienteId,
        OrigemBoleto origem,
        Boolean enviado,
        Ordenacao ordenacao,
        int page,
        int size) {
}
