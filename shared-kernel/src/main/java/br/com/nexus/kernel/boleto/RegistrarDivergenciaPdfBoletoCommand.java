package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Flags the boleto's attached PDF (by its hash) as disagreeing with the registered boleto, for a
 * human to check. {@code linhaDoPdf} is null when none could be read. Ignored when that PDF is no
 * longer the attached one or was already flagged.
 */
public record RegistrarDivergenciaPdfBoletoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
        TenantId tenantId,
        String sha256,
        LinhaDigitavel linhaDoPdf,
        Set<DivergenciaPdf> divergencias) {
}
