package br.com.nexus.command.api.pagamento;

import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.command.comum.HistoricoDeAgregados.BoletoConhecido;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.ConfirmarPagamentoCommand;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A payment entered by hand (cash, a PIX seen in the bank statement), already confirmed: the rules
 * the API's POST /api/pagamentos and the console's payment form share.
 */
@Component
public class LancamentoDePagamentoManual {

    /** Business dates are those of the firms' clocks, in Brazil. */
    private static final ZoneId FUSO_DO_NEGOCIO = ZoneId.of("America/Sao_Paulo");
    static final String PREFIXO_EVENTO_MANUAL = "manual:";
    private static final Set<Papel> PODEM_ACEITAR_DIVERGENCIA = EnumSet.of(Papel.ADMIN, Papel.SUPERVISOR);

    private final CommandGateway commandGateway;
    private final HistoricoDeAgregados agregados;

    LancamentoDePagamentoManual(CommandGateway commandGateway, HistoricoDeAgregados agregados) {
        this.commandGateway = commandGateway;
        this.agregados = agregados;
    }

    /** What the operator typed; {@code boletoId} and {@code dataPagamento} (today) are optional. */
    public record Lancamento(ClienteId clienteId, BoletoId boletoId, Dinheiro valor, MetodoPagamento metodo,
                             LocalDate dataPagamento, boolean aceitarDivergencia) {
    }

    public static boolean podeAceitarDivergencia(Papel papel) {
        return PODEM_ACEITAR_DIVERGENCIA.contains(papel);
    }

    public PagamentoId lancar(UsuarioAutenticado usuario, Lancamento lancamento) {
        TenantId tenant = usuario.tenantId();
        LocalDate hoje = LocalDate.now(FUSO_DO_NEGOCIO);
        LocalDate data = lancamento.dataPagamento() == null ? hoje : lancamento.dataPagamento();
        if (data.isAfter(hoje)) {
            throw DomainException.regraViolada("DATA_PAGAMENTO_FUTURA", "Data do pagamento não pode ser futura");
        }
        if (lancamento.aceitarDivergencia() && !podeAceitarDivergencia(usuario.papel())) {
            throw new AccessDeniedException("Só ADMIN ou SUPERVISOR aceitam um valor divergente");
        }
        agregados.exigirCliente(lancamento.clienteId(), tenant);
        if (lancamento.boletoId() != null) {
            BoletoConhecido boleto = exigirBoletoEmAberto(lancamento.boletoId(), lancamento.clienteId(), tenant);
            exigirValorDoSaldo(lancamento.valor(), boleto.saldo(), lancamento.aceitarDivergencia());
        }
        PagamentoId id = PagamentoId.novo();
        String eventoManual = PREFIXO_EVENTO_MANUAL + id;
        commandGateway.sendAndWait(new CriarPagamentoCommand(id, tenant, lancamento.boletoId(),
                lancamento.clienteId(), Provedor.MANUAL, eventoManual, lancamento.valor(), lancamento.metodo()));
        commandGateway.sendAndWait(new ConfirmarPagamentoCommand(id, tenant, lancamento.valor(), data, eventoManual));
        return id;
    }

    /**
     * The rule the provider webhooks follow (a received amount other than the one charged waits for
     * a person): here the person is at the keyboard, so a divergent amount is refused unless a
     * supervisor accepts it explicitly.
     */
    private static void exigirValorDoSaldo(Dinheiro valor, Dinheiro saldo, boolean aceitarDivergencia) {
        if (!valor.equals(saldo) && !aceitarDivergencia) {
            throw DomainException.regraViolada("VALOR_DIVERGENTE", "Valor informado (" + valor.formatado()
                    + ") difere do saldo do boleto (" + saldo.formatado() + "); um SUPERVISOR ou ADMIN pode lançá-lo "
                    + "com aceitarDivergencia");
        }
    }

    private BoletoConhecido exigirBoletoEmAberto(BoletoId boletoId, ClienteId clienteId, TenantId tenant) {
        BoletoConhecido boleto = agregados.exigirBoleto(boletoId, tenant);
        if (!boleto.clienteId().equals(clienteId)) {
            throw DomainException.regraViolada("BOLETO_DE_OUTRO_CLIENTE", "O boleto não é deste cliente");
        }
        return boleto.exigirEmAberto();
    }
}
