package br.com.nexus.command.comum;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.cliente.WhatsappOptInRegistrado;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The command side's one answer to "what do we know of this cliente or boleto", folded from the
 * aggregate's own event stream: current the moment a command commits (no projection lag), read from
 * sequence 0 so snapshots never hide an event. Another tenant's aggregate reads exactly like a
 * missing one, so ids do not leak. Every handler, endpoint and gateway that needs these facts asks here.
 */
@Component
public class HistoricoDeAgregados {

    private final EventStore eventStore;

    public HistoricoDeAgregados(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A cliente: whom to address, whom to charge, and whether it may be messaged. */
    public record ClienteConhecido(ClienteId clienteId, String nome, Cpf cpf, TelefoneWhatsapp whatsapp,
                                   boolean optOut, boolean inativo) {

        ClienteConhecido com(String outroNome, TelefoneWhatsapp outroWhatsapp, boolean outroOptOut,
                boolean outroInativo) {
            return new ClienteConhecido(clienteId, outroNome, cpf, outroWhatsapp, outroOptOut, outroInativo);
        }
    }

    /**
     * A boleto: {@code valor} as registered, {@code saldo} what is still owed (what the next message
     * asks for), and {@code pdfLocal} the latest attached PDF, if any.
     */
    public record BoletoConhecido(BoletoId boletoId, ClienteId clienteId, OrigemBoleto origem, Dinheiro valor,
                                  Dinheiro saldo, LocalDate vencimento, LinhaDigitavel linhaDigitavel,
                                  String descricao, String pdfLocal, String pdfSha256, boolean pago,
                                  boolean cancelado) {

        BoletoConhecido comSaldo(Dinheiro novoSaldo, boolean estaPago) {
            return new BoletoConhecido(boletoId, clienteId, origem, valor, novoSaldo, vencimento, linhaDigitavel,
                    descricao, pdfLocal, pdfSha256, estaPago, cancelado);
        }

        BoletoConhecido comPdf(String local, String sha256) {
            return new BoletoConhecido(boletoId, clienteId, origem, valor, saldo, vencimento, linhaDigitavel,
                    descricao, local, sha256, pago, cancelado);
        }

        /** This boleto if it still awaits payment: 409 {@code BOLETO_PAGO} or {@code BOLETO_CANCELADO} otherwise. */
        public BoletoConhecido exigirEmAberto() {
            if (pago) {
                throw DomainException.conflito("BOLETO_PAGO", "Boleto já pago");
            }
            if (cancelado) {
                throw DomainException.conflito("BOLETO_CANCELADO", "Boleto cancelado");
            }
            return this;
        }

        BoletoConhecido comoCancelado() {
            return new BoletoConhecido(boletoId, clienteId, origem, valor, saldo, vencimento, linhaDigitavel,
                    descricao, pdfLocal, pdfSha256, pago, true);
        }
    }

    public Optional<ClienteConhecido> cliente(ClienteId clienteId, TenantId tenantId) {
        DomainEventStream eventos = eventStore.readEvents(clienteId.toString(), 0);
        ClienteConhecido atual = null;
        while (eventos.hasNext()) {
            Object evento = eventos.next().getPayload();
            if (evento instanceof ClienteCadastrado e) {
                if (!tenantId.equals(e.tenantId())) {
                    return Optional.empty();
                }
                atual = new ClienteConhecido(clienteId, e.nome(), e.cpf(), e.whatsapp(), false, false);
            } else if (evento instanceof ClienteImportado e) {
                if (!tenantId.equals(e.tenantId())) {
                    return Optional.empty();
                }
                atual = new ClienteConhecido(clienteId, e.nome(), e.cpf(), e.whatsapp(), false, false);
            } else if (atual == null) {
                return Optional.empty();
            } else if (evento instanceof ClienteAtualizado e) {
                atual = atual.com(e.nome() != null ? e.nome() : atual.nome(), e.whatsapp(), atual.optOut(),
                        atual.inativo());
            } else if (evento instanceof WhatsappOptOutRegistrado) {
                atual = atual.com(atual.nome(), atual.whatsapp(), true, atual.inativo());
            } else if (evento instanceof WhatsappOptInRegistrado) {
                atual = atual.com(atual.nome(), atual.whatsapp(), false, atual.inativo());
            } else if (evento instanceof ClienteInativado) {
                atual = atual.com(atual.nome(), atual.whatsapp(), atual.optOut(), true);
            }
        }
        return Optional.ofNullable(atual);
    }

    public Optional<BoletoConhecido> boleto(BoletoId boletoId, TenantId tenantId) {
        DomainEventStream eventos = eventStore.readEvents(boletoId.toString(), 0);
        BoletoConhecido atual = null;
        while (eventos.hasNext()) {
            Object evento = eventos.next().getPayload();
            if (evento instanceof BoletoRegistrado e) {
                if (!tenantId.equals(e.tenantId())) {
                    return Optional.empty();
                }
                atual = new BoletoConhecido(boletoId, e.clienteId(), e.origem(), e.valor(), e.valor(), e.vencimento(),
                        e.linhaDigitavel(), e.descricao(), null, null, false, false);
            } else if (atual == null) {
                return Optional.empty();
            } else if (evento instanceof BoletoPdfAnexado e) {
                atual = atual.comPdf(e.local(), e.sha256());
            } else if (evento instanceof BoletoPagoParcialmente e) {
                atual = atual.comSaldo(e.saldo(), atual.pago());
            } else if (evento instanceof BoletoPago) {
                atual = atual.comSaldo(atual.saldo(), true);
            } else if (evento instanceof BoletoReaberto e) {
                // Its payment was refunded: owed again, the balance the refund left.
                atual = atual.comSaldo(e.saldo(), false);
            } else if (evento instanceof EstornoNoBoletoRegistrado e && !atual.pago()) {
                atual = atual.comSaldo(e.saldo(), false);
            } else if (evento instanceof BoletoCancelado) {
                atual = atual.comoCancelado();
            }
        }
        return Optional.ofNullable(atual);
    }

    /** 404 {@code CLIENTE_NAO_ENCONTRADO} unless the cliente exists in this tenant. */
    public ClienteConhecido exigirCliente(ClienteId clienteId, TenantId tenantId) {
        return cliente(clienteId, tenantId).orElseThrow(() -> DomainException.naoEncontrado("CLIENTE_NAO_ENCONTRADO",
                "Cliente " + clienteId + " não encontrado"));
    }

    /** 404 {@code BOLETO_NAO_ENCONTRADO} unless the boleto exists in this tenant. */
    public BoletoConhecido exigirBoleto(BoletoId boletoId, TenantId tenantId) {
        return boleto(boletoId, tenantId).orElseThrow(() -> DomainException.naoEncontrado("BOLETO_NAO_ENCONTRADO",
                "Boleto " + boletoId + " não encontrado"));
    }

}
