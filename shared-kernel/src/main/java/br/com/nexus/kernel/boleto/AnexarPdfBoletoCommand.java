package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches the boleto's PDF, stored elsewhere, by its hash. */
public record AnexarPdfBoletoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
        TenantId tenantId,
        String sha256,
        long tamanho,
        String local) {
}
