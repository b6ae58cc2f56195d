package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What a charge needs to know about a cliente or a boleto, read from their own event streams: the
 * event store is the command side's source of truth and is current the moment a command commits,
 * unlike any projection. Another tenant's aggregate reads exactly like a missing one.
 */
@Component
public class DadosParaCobranca {

    private final EventStore eventStore;

    public DadosParaCobranca(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The payer data of an active cliente of this tenant. */
    public record DadosCliente(ClienteId clienteId, String nome, Cpf cpf) {
    }

    /** An open boleto of this tenant. */
    public record DadosBoleto(BoletoId boletoId, ClienteId clienteId, Dinheiro valor, LocalDate vencimento,
                              String descricao) {
    }

    public DadosCliente cliente(TenantId tenant, ClienteId clienteId) {
        String nome = null;
        Cpf cpf = null;
        boolean inativo = false;
        for (Object evento : eventos(clienteId.toString())) {
            if (evento instanceof ClienteCadastrado c && c.tenantId().equals(tenant)) {
                nome = c.nome();
                cpf = c.cpf();
            } else if (evento instanceof ClienteImportado c && c.tenantId().equals(tenant)) {
                nome = c.nome();
                cpf = c.cpf();
            } else if (evento instanceof ClienteAtualizado c && c.tenantId().equals(tenant) && c.nome() != null) {
                nome = c.nome();
            } else if (evento instanceof ClienteInativado c && c.tenantId().equals(tenant)) {
                inativo = true;
            }
        }
        if (cpf == null) {
            throw DomainException.naoEncontrado("CLIENTE_NAO_ENCONTRADO", "Cliente " + clienteId + " não encontrado");
        }
        if (inativo) {
            throw DomainException.conflito("CLIENTE_INATIVO", "Cliente inativo não pode ser cobrado");
        }
        return new DadosCliente(clienteId, nome, cpf);
    }

    public DadosBoleto boleto(TenantId tenant, BoletoId boletoId) {
        BoletoRegistrado registrado = null;
        boolean pago = false;
        boolean cancelado = false;
        for (Object evento : eventos(boletoId.toString())) {
            if (evento instanceof BoletoRegistrado b && b.tenantId().equals(tenant)) {
                registrado = b;
            } else if (evento instanceof BoletoPago b && b.tenantId().equals(tenant)) {
                pago = true;
            } else if (evento instanceof BoletoReaberto b && b.tenantId().equals(tenant)) {
                pago = false;
            } else if (evento instanceof BoletoCancelado b && b.tenantId().equals(tenant)) {
                cancelado = true;
            }
        }
        if (registrado == null) {
            throw DomainException.naoEncontrado("BOLETO_NAO_ENCONTRADO", "Boleto " + boletoId + " não encontrado");
        }
        if (pago) {
            throw DomainException.conflito("BOLETO_PAGO", "Boleto já pago");
        }
        if (cancelado) {
            throw DomainException.conflito("BOLETO_CANCELADO", "Boleto cancelado");
        }
        return new DadosBoleto(boletoId, registrado.clienteId(), registrado.valor(), registrado.vencimento(),
                registrado.descricao());
    }

    private List<Object> eventos(String agregado) {
        return eventStore.readEvents(agregado).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast)
                .toList();
    }
}
