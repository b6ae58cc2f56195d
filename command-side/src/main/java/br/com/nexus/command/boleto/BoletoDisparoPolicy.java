package br.com.nexus.command.boleto;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * "No dispatch once the boleto is cancelled or paid", asked of the Boleto aggregate itself (read
 * only) by the handler that creates a Disparo. Loading the boleto locks it for the rest of the
 * unit of work, so a payment cannot slip in between this check and the dispatch request.
 */
@Component
public class BoletoDisparoPolicy {

    private final Repository<Boleto> boletos;

    BoletoDisparoPolicy(Repository<Boleto> boletos) {
        this.boletos = boletos;
    }

    /**
     * Returns the boleto's cliente; 404 when the boleto does not exist in this tenant, 409
     * {@code BOLETO_NAO_DISPARAVEL} when it is paid or cancelled.
     */
    public ClienteId exigirDisparavel(BoletoId boletoId, TenantId tenantId) {
        Aggregate<Boleto> boleto;
        try {
            boleto = boletos.load(boletoId.toString());
        } catch (AggregateNotFoundException e) {
            throw TenantGuard.naoEncontrado(boletoId);
        }
        TenantGuard.exigirMesmoTenant(boleto.invoke(Boleto::tenantId), tenantId, boletoId);
        if (!boleto.invoke(Boleto::podeSerDisparado)) {
            throw DomainException.conflito("BOLETO_NAO_DISPARAVEL", "Boleto pago ou cancelado não pode ser enviado");
        }
        return boleto.invoke(Boleto::clienteId);
    }
}
