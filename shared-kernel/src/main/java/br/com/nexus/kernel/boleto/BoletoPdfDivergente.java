package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Set;

/**
 * The PDF attached to the boleto (identified by {@code sha256}) disagrees with the registered
 * boleto: its value or due date differ, it is another slip, or no linha digitável could be read
 * from it ({@code linhaDoPdf} null). The boleto stays as registered; a human decides.
 */
public record BoletoPdfDivergente(
        BoletoId boletoId,
        TenantId tenantId,
        String sha256,
        LinhaDigitavel linhaDoPdf,
        Set<DivergenciaPdf> divergencias) {
}
