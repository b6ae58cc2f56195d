package br.com.nexus.command.whatsapp;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.cliente.WhatsappOptInRegistrado;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What dispatching needs to know about a cliente or a boleto, folded from the aggregate's own
 * event stream: always current (no projection lag), read from sequence 0 so snapshots never hide
 * an event. Another tenant's aggregate reads as absent.
 */
@Component
public class HistoricoDeAgregados {

    private final EventStore eventStore;

    public HistoricoDeAgregados(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A cliente as the WhatsApp side sees it. */
    public record ClienteWhatsapp(ClienteId clienteId, String nome, TelefoneWhatsapp whatsapp, boolean optOut,
                                  boolean inativo) {
    }

    /** A boleto with what a message about it shows; {@code pdfLocal} is the latest attached PDF, if any. */
    public record BoletoWhatsapp(BoletoId boletoId, ClienteId clienteId, OrigemBoleto origem, Dinheiro valor,
                                 LocalDate vencimento,
                                 LinhaDigitavel linhaDigitavel, String descricao, String pdfLocal, String pdfSha256,
                                 boolean pago, boolean cancelado) {
    }

    public Optional<ClienteWhatsapp> cliente(ClienteId clienteId, TenantId tenantId) {
        DomainEventStream eventos = eventStore.readEvents(clienteId.toString(), 0);
        ClienteWhatsapp atual = null;
        while (eventos.hasNext()) {
            Object evento = eventos.next().getPayload();
            if (evento instanceof ClienteCadastrado e) {
                if (!tenantId.equals(e.tenantId())) {
                    return Optional.empty();
                }
                atual = new ClienteWhatsapp(clienteId, e.nome(), e.whatsapp(), false, false);
            } else if (evento instanceof ClienteImportado e) {
                if (!tenantId.equals(e.tenantId())) {
                    return Optional.empty();
                }
                atual = new ClienteWhatsapp(clienteId, e.nome(), e.whatsapp(), false, false);
            } else if (atual == null) {
                return Optional.empty();
            } else if (evento instanceof ClienteAtualizado e) {
                atual = new ClienteWhatsapp(clienteId, e.nome(), e.whatsapp(), atual.optOut(), atual.inativo());
            } else if (evento instanceof WhatsappOptOutRegistrado) {
                atual = new ClienteWhatsapp(clienteId, atual.nome(), atual.whatsapp(), true, atual.inativo());
            } else if (evento instanceof WhatsappOptInRegistrado) {
                atual = new ClienteWhatsapp(clienteId, atual.nome(), atual.whatsapp(), false, atual.inativo());
            } else if (evento instanceof ClienteInativado) {
                atual = new ClienteWhatsapp(clienteId, atual.nome(), atual.whatsapp(), atual.optOut(), true);
            }
        }
        return Optional.ofNullable(atual);
    }

    public Optional<BoletoWhatsapp> boleto(BoletoId boletoId, TenantId tenantId) {
        DomainEventStream eventos = eventStore.readEvents(boletoId.toString(), 0);
        BoletoWhatsapp atual = null;
        while (eventos.hasNext()) {
            Object evento = eventos.next().getPayload();
            if (evento instanceof BoletoRegistrado e) {
                if (!tenantId.equals(e.tenantId())) {
                    return Optional.empty();
                }
                atual = new BoletoWhatsapp(boletoId, e.clienteId(), e.origem(), e.valor(), e.vencimento(), e.linhaDigitavel(),
                        e.descricao(), null, null, false, false);
            } else if (atual == null) {
                return Optional.empty();
            } else if (evento instanceof BoletoPdfAnexado e) {
                atual = new BoletoWhatsapp(boletoId, atual.clienteId(), atual.origem(), atual.valor(), atual.vencimento(),
                        atual.linhaDigitavel(), atual.descricao(), e.local(), e.sha256(), atual.pago(),
                        atual.cancelado());
            } else if (evento instanceof BoletoPagoParcialmente e) {
                // What is still owed is what the next message asks for.
                atual = new BoletoWhatsapp(boletoId, atual.clienteId(), atual.origem(), e.saldo(), atual.vencimento(),
                        atual.linhaDigitavel(), atual.descricao(), atual.pdfLocal(), atual.pdfSha256(), atual.pago(),
                        atual.cancelado());
            } else if (evento instanceof BoletoPago) {
                atual = new BoletoWhatsapp(boletoId, atual.clienteId(), atual.origem(), atual.valor(), atual.vencimento(),
                        atual.linhaDigitavel(), atual.descricao(), atual.pdfLocal(), atual.pdfSha256(), true,
                        atual.cancelado());
            } else if (evento instanceof BoletoReaberto e) {
                // Its payment was refunded: owed again, the balance the refund left.
                atual = new BoletoWhatsapp(boletoId, atual.clienteId(), atual.origem(), e.saldo(), atual.vencimento(),
                        atual.linhaDigitavel(), atual.descricao(), atual.pdfLocal(), atual.pdfSha256(), false,
                        atual.cancelado());
            } else if (evento instanceof EstornoNoBoletoRegistrado e && !atual.pago()) {
                atual = new BoletoWhatsapp(boletoId, atual.clienteId(), atual.origem(), e.saldo(), atual.vencimento(),
                        atual.linhaDigitavel(), atual.descricao(), atual.pdfLocal(), atual.pdfSha256(), false,
                        atual.cancelado());
            } else if (evento instanceof BoletoCancelado) {
                atual = new BoletoWhatsapp(boletoId, atual.clienteId(), atual.origem(), atual.valor(), atual.vencimento(),
                        atual.linhaDigitavel(), atual.descricao(), atual.pdfLocal(), atual.pdfSha256(), atual.pago(),
                        true);
            }
        }
        return Optional.ofNullable(atual);
    }
}
