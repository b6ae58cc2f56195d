package br.com.nexus.command.pagamento.provedor.asaas;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reconciliation with Asaas ({@code nexus.asaas.conciliacao.*}).
 *
 * @param intervalo                     how often the task runs (on one node)
 * @param semNoticiasHa                 a charge heard from (or opened) more recently is left to its webhook
 * @param semNoticiasAntesDoVencimento  the same for an unpaid charge not yet due
 * @param janelaDeEstorno               how long after its receipt a paid charge is checked for refunds and chargebacks
 * @param rodadasPorDia                 runs that call Asaas per tenant and Brasília day
 * @param paginas                       pages of the listing per run
 * @param consultasIndividuais          charges absent from the listing asked for alone per run
 * @param pausaSemRetryAfter            the pause after a 429 that came without a Retry-After
 */
@ConfigurationProperties("nexus.asaas.conciliacao")
public record ConciliacaoAsaasProperties(
        @DefaultValue("6h") Duration intervalo,
        @DefaultValue("6h") Duration semNoticiasHa,
        @DefaultValue("3d") Duration semNoticiasAntesDoVencimento,
        @DefaultValue("30d") Duration janelaDeEstorno,
        @DefaultValue("4") int rodadasPorDia,
        @DefaultValue("50") int paginas,
        @DefaultValue("10") int consultasIndividuais,
        @DefaultValue("1h") Duration pausaSemRetryAfter) {
}
