package br.com.nexus.command.api.comum;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Answers whether an aggregate another command refers to (the cliente of a boleto, the boleto of a
 * payment) exists in the caller's tenant, from the first event of its stream in the event store.
 * Another tenant's aggregate gets the answer a missing one gets, so ids do not leak.
 */
@Component
public class AgregadosDoTenant {

    private final EventStore eventStore;

    AgregadosDoTenant(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void exigirCliente(ClienteId clienteId, TenantId tenantId) {
        Object primeiro = primeiroEvento(clienteId.toString()).orElseThrow(() -> clienteNaoEncontrado(clienteId));
        TenantId doCliente = null;
        if (primeiro instanceof ClienteCadastrado cadastrado) {
            doCliente = cadastrado.tenantId();
        } else if (primeiro instanceof ClienteImportado importado) {
            doCliente = importado.tenantId();
        }
        if (!tenantId.equals(doCliente)) {
            throw clienteNaoEncontrado(clienteId);
        }
    }

    /** What a payment needs to know of a boleto: whose it is, whether it still awaits payment, and how much. */
    public record SituacaoBoleto(ClienteId clienteId, boolean pago, boolean cancelado, Dinheiro saldo) {
    }

    public SituacaoBoleto situacaoDoBoleto(BoletoId boletoId, TenantId tenantId) {
        DomainEventStream stream = eventStore.readEvents(boletoId.toString(), 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof BoletoRegistrado registrado)
                || !tenantId.equals(registrado.tenantId())) {
            throw boletoNaoEncontrado(boletoId);
        }
        boolean pago = false;
        boolean cancelado = false;
        Dinheiro saldo = registrado.valor();
        while (stream.hasNext()) {
            Object evento = stream.next().getPayload();
            if (evento instanceof BoletoPago) {
                pago = true;
            } else if (evento instanceof BoletoReaberto reaberto) {
                pago = false;
                saldo = reaberto.saldo();
            } else if (evento instanceof BoletoPagoParcialmente parcial) {
                saldo = parcial.saldo();
            } else if (evento instanceof EstornoNoBoletoRegistrado estorno && !pago) {
                saldo = estorno.saldo();
            } else if (evento instanceof BoletoCancelado) {
                cancelado = true;
            }
        }
        return new SituacaoBoleto(registrado.clienteId(), pago, cancelado, saldo);
    }

    private Optional<Object> primeiroEvento(String aggregateId) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        return stream.hasNext() ? Optional.of(stream.next().getPayload()) : Optional.empty();
    }

    private static DomainException clienteNaoEncontrado(ClienteId clienteId) {
        return DomainException.naoEncontrado("CLIENTE_NAO_ENCONTRADO", "Cliente " + clienteId + " não encontrado");
    }

    private static DomainException boletoNaoEncontrado(BoletoId boletoId) {
        return DomainException.naoEncontrado("BOLETO_NAO_ENCONTRADO", "Boleto " + boletoId + " não encontrado");
    }
}
