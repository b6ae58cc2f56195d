package br.com.nexus.query.disparo;

import br.com.nexus.kernel.consulta.disparo.AcompanharDisparosQuery;
import br.com.nexus.kernel.consulta.disparo.ProgressoDisparos;
import br.com.nexus.query.comum.FluxosAoVivo;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * A tenant's dispatch progress as it changes: the current figures first, then one per change, until
 * the follower leaves or the application stops. The API's stream and the console's painel both follow it.
 */
@Component
public class ProgressoAoVivo {

    private final QueryGateway gateway;
    private final FluxosAoVivo fluxos;

    ProgressoAoVivo(QueryGateway gateway, FluxosAoVivo fluxos) {
        this.gateway = gateway;
        this.fluxos = fluxos;
    }

    public Flux<ProgressoDisparos> acompanhar(AcompanharDisparosQuery consulta) {
        return Flux.defer(() -> {
            SubscriptionQueryResult<ProgressoDisparos, ProgressoDisparos> assinatura = gateway.subscriptionQuery(
                    consulta, ResponseTypes.instanceOf(ProgressoDisparos.class),
                    ResponseTypes.instanceOf(ProgressoDisparos.class));
            return fluxos.ateOEncerramento(Flux.concat(assinatura.initialResult(), assinatura.updates()))
                    .doFinally(sinal -> assinatura.cancel());
        });
    }
}
