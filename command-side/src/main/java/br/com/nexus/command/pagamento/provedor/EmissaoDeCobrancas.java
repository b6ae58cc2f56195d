package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.command.comum.HistoricoDeAgregados.BoletoConhecido;
import br.com.nexus.command.comum.HistoricoDeAgregados.ClienteConhecido;
import br.com.nexus.command.pagamento.provedor.EmissorDeCobranca.CobrancaEmitida;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.CancelarBoletoCommand;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Opens a charge at a provider and the Pagamento that expects it. When the provider issued a slip
 * for a charge not tied to a boleto of ours, the slip is registered as a boleto (origem PROVEDOR),
 * so it is dispatched and followed like any other. If the Pagamento cannot be created, what was
 * opened is withdrawn: the reference, the boleto, and (best effort) the provider's charge.
 */
@Service
public class EmissaoDeCobrancas {

    private static final Logger log = LoggerFactory.getLogger(EmissaoDeCobrancas.class);

    private final Map<Provedor, EmissorDeCobranca> emissores = new EnumMap<>(Provedor.class);
    private final HistoricoDeAgregados historico;
    private final CobrancasNoProvedor cobrancas;
    private final CommandGateway commandGateway;

    public EmissaoDeCobrancas(List<EmissorDeCobranca> emissores, HistoricoDeAgregados historico,
            CobrancasNoProvedor cobrancas, CommandGateway commandGateway) {
        emissores.forEach(e -> this.emissores.put(e.provedor(), e));
        this.historico = historico;
        this.cobrancas = cobrancas;
        this.commandGateway = commandGateway;
    }

    /** What to charge, already parsed; null fields are taken from the boleto when there is one. */
    public record Pedido(Provedor provedor, BoletoId boletoId, ClienteId clienteId, MetodoPagamento metodo,
                         Dinheiro valor, LocalDate vencimento, String descricao, String txid) {
    }

    public record Emitida(PagamentoId pagamentoId, BoletoId boletoId, ClienteId clienteId, Provedor provedor,
                          MetodoPagamento metodo, Dinheiro valor, LocalDate vencimento, CobrancaEmitida cobranca) {
    }

    public Emitida emitir(TenantId tenant, Pedido pedido) {
        Provedor provedor = pedido.provedor() == null ? Provedor.ASAAS : pedido.provedor();
        EmissorDeCobranca emissor = emissores.get(provedor);
        if (emissor == null) {
            throw DomainException.invalido("PROVEDOR_NAO_SUPORTADO", "Cobranças são emitidas pelo ASAAS ou pela EFI");
        }
        if (pedido.metodo() == null) {
            throw DomainException.invalido("METODO_OBRIGATORIO", "Informe o método: PIX ou BOLETO");
        }
        BoletoConhecido boleto = pedido.boletoId() == null ? null
                : historico.exigirBoleto(pedido.boletoId(), tenant).exigirEmAberto();
        ClienteId clienteId = pedido.clienteId() != null ? pedido.clienteId() : boleto != null ? boleto.clienteId() : null;
        if (clienteId == null) {
            throw DomainException.invalido("CLIENTE_OBRIGATORIO", "Informe o cliente ou o boleto a cobrar");
        }
        if (boleto != null && !boleto.clienteId().equals(clienteId)) {
            throw DomainException.regraViolada("BOLETO_DE_OUTRO_CLIENTE", "O boleto pertence a outro cliente");
        }
        ClienteConhecido cliente = clienteCobravel(tenant, clienteId);
        Dinheiro valor = pedido.valor() != null ? pedido.valor() : boleto != null ? boleto.valor() : null;
        if (valor == null || valor.ehZero()) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor deve ser maior que zero");
        }
        LocalDate vencimento = pedido.vencimento() != null ? pedido.vencimento() : boleto != null ? boleto.vencimento() : null;
        String descricao = pedido.descricao() != null ? pedido.descricao() : boleto != null ? boleto.descricao() : null;

        PagamentoId pagamentoId = PagamentoId.novo();
        CobrancaEmitida emitida = emissor.emitir(new EmissorDeCobranca.Pedido(tenant, pagamentoId, cliente,
                pedido.boletoId(), pedido.metodo(), valor, vencimento, descricao, pedido.txid()));
        BoletoId boletoDoProvedor = pedido.boletoId() == null && emitida.codigoBarras() != null
                ? registrarBoleto(tenant, clienteId, emitida, valor, vencimento, descricao) : null;
        BoletoId boletoId = pedido.boletoId() != null ? pedido.boletoId() : boletoDoProvedor;
        boolean referenciaRegistrada = false;
        try {
            cobrancas.registrar(new CobrancaNoProvedor(tenant, provedor, emitida.referenciaExterna(), pagamentoId,
                    boletoId), vencimento);
            referenciaRegistrada = true;
            commandGateway.sendAndWait(new CriarPagamentoCommand(pagamentoId, tenant, boletoId, clienteId, provedor,
                    emitida.referenciaExterna(), valor, pedido.metodo()));
        } catch (RuntimeException e) {
            desfazer(tenant, provedor, emissor, emitida, boletoDoProvedor, referenciaRegistrada);
            throw e;
        }
        return new Emitida(pagamentoId, boletoId, clienteId, provedor, pedido.metodo(), valor, vencimento, emitida);
    }

    /** A slip the provider could not describe consistently is not worth failing the charge over. */
    private BoletoId registrarBoleto(TenantId tenant, ClienteId clienteId, CobrancaEmitida emitida, Dinheiro valor,
            LocalDate vencimento, String descricao) {
        BoletoId boletoId = BoletoId.novo();
        try {
            commandGateway.sendAndWait(new RegistrarBoletoCommand(boletoId, tenant, clienteId, OrigemBoleto.PROVEDOR,
                    emitida.nossoNumero(), emitida.linhaDigitavel(), emitida.codigoBarras(), valor, vencimento, null,
                    null, descricao));
            return boletoId;
        } catch (RuntimeException e) {
            log.warn("Slip of charge {} not registered as a boleto: {}", emitida.referenciaExterna(), e.getMessage());
            return null;
        }
    }

    private void desfazer(TenantId tenant, Provedor provedor, EmissorDeCobranca emissor, CobrancaEmitida emitida,
            BoletoId boletoDoProvedor, boolean referenciaRegistrada) {
        if (referenciaRegistrada) {
            cobrancas.remover(tenant, provedor, emitida.referenciaExterna());
        }
        if (boletoDoProvedor != null) {
            try {
                commandGateway.sendAndWait(new CancelarBoletoCommand(boletoDoProvedor, tenant,
                        "Cobrança no provedor não concluída"));
            } catch (RuntimeException e) {
                log.error("Boleto {} of an unfinished charge not cancelled: {}", boletoDoProvedor, e.getMessage());
            }
        }
        emissor.desfazer(tenant, emitida.referenciaExterna());
    }

    /** The payer: a cliente of this tenant with a CPF, still active. */
    private ClienteConhecido clienteCobravel(TenantId tenant, ClienteId clienteId) {
        ClienteConhecido cliente = historico.exigirCliente(clienteId, tenant);
        if (cliente.cpf() == null) {
            throw DomainException.naoEncontrado("CLIENTE_NAO_ENCONTRADO", "Cliente " + clienteId + " não encontrado");
        }
        if (cliente.inativo()) {
            throw DomainException.conflito("CLIENTE_INATIVO", "Cliente inativo não pode ser cobrado");
        }
        return cliente;
    }
}
