package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import java.time.LocalDate;

/**
 * The payment that settled the boleto was refunded in full (or charged back): the boleto is owed
 * again, {@code saldo} to pay, overdue when it had been before. Carries what its collection needs
 * to start over (cliente, origem, vencimento).
 */
public record BoletoReaberto(
        BoletoId boletoId,
        TenantId tenantId,
        ClienteId clienteId,
        OrigemBoleto origem,
        LocalDate vencimento,
        PagamentoId pagamentoId,
        String motivo,
        Dinheiro saldo,
        boolean vencido) {
}
