package br.com.nexus.command.api.pagamento;

import br.com.nexus.command.api.comum.Ids;
import br.com.nexus.command.api.comum.Respostas;
import br.com.nexus.command.api.comum.Textos;
import br.com.nexus.command.api.comum.Valores;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.pagamento.EstornarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Payments entered by hand (cash, a PIX seen in the bank statement) and their refunds. */
@RestController
@RequestMapping("/api/pagamentos")
@Tag(name = "Pagamentos", description = "Pagamentos lançados manualmente e estornos")
class PagamentoController {

    private final CommandGateway commandGateway;
    private final LancamentoDePagamentoManual lancamentos;

    PagamentoController(CommandGateway commandGateway, LancamentoDePagamentoManual lancamentos) {
        this.commandGateway = commandGateway;
        this.lancamentos = lancamentos;
    }

    record LancarPagamentoRequest(
            @Schema(description = "Boleto quitado por este pagamento, se houver; deve ser do mesmo cliente")
            @Size(max = 36) String boletoId,
            @NotBlank @Size(max = 36) String clienteId,
            @Schema(description = "Valor em reais, ex.: \"150.50\"") @NotBlank @Size(max = 30) String valor,
            @NotNull MetodoPagamento metodo,
            @Schema(description = "Data em que o dinheiro entrou; hoje quando omitida") LocalDate dataPagamento,
            @Schema(description = "Aceita um valor diferente do saldo do boleto (só SUPERVISOR ou ADMIN): abaixo "
                    + "dele o boleto fica pago em parte, acima ele é quitado e o excedente registrado")
            Boolean aceitarDivergencia) {
    }

    record EstornarPagamentoRequest(
            @Schema(description = "Valor estornado; o valor pago inteiro quando omitido") @Size(max = 30) String valor,
            @NotBlank @Size(max = 2000) String motivo) {
    }

    record PagamentoResposta(String id) {
    }

    @PostMapping
    @Operation(summary = "Lança um pagamento manual, já confirmado",
            description = "Quando informa um boleto, o boleto é baixado como pago em seguida")
    @ApiResponse(responseCode = "201", description = "Pagamento lançado e confirmado")
    @ApiResponse(responseCode = "404", description = "CLIENTE_NAO_ENCONTRADO ou BOLETO_NAO_ENCONTRADO")
    @ApiResponse(responseCode = "403", description = "ACESSO_NEGADO: aceitarDivergencia enviado por quem não é SUPERVISOR ou ADMIN")
    @ApiResponse(responseCode = "409", description = "BOLETO_PAGO ou BOLETO_CANCELADO")
    @ApiResponse(responseCode = "422", description = "BOLETO_DE_OUTRO_CLIENTE, DATA_PAGAMENTO_FUTURA ou VALOR_DIVERGENTE "
            + "(valor diferente do saldo do boleto, sem aceitarDivergencia)")
    ResponseEntity<PagamentoResposta> lancar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody LancarPagamentoRequest request) {
        ClienteId clienteId = Ids.de(request.clienteId(), ClienteId::de, "clienteId");
        BoletoId boletoId = Textos.opcional(request.boletoId()) == null ? null
                : Ids.de(request.boletoId().strip(), BoletoId::de, "boletoId");
        Dinheiro valor = Valores.dinheiro(request.valor(), "valor");
        PagamentoId id = lancamentos.lancar(usuario, new LancamentoDePagamentoManual.Lancamento(clienteId, boletoId,
                valor, request.metodo(), request.dataPagamento(), Boolean.TRUE.equals(request.aceitarDivergencia())));
        return Respostas.criado(id, new PagamentoResposta(id.toString()));
    }

    @PostMapping("/{id}/estorno")
    @Operation(summary = "Estorna um pagamento confirmado, no todo ou em parte",
            description = "Estornos parciais somam-se enquanto não passam do valor pago; sem valor, estorna o que "
                    + "resta. O estorno que completa o valor pago do pagamento que quitou um boleto reabre o boleto")
    @ApiResponse(responseCode = "202", description = "Estorno registrado")
    @ApiResponse(responseCode = "409", description = "PAGAMENTO_NAO_CONFIRMADO")
    @ApiResponse(responseCode = "422", description = "ESTORNO_MAIOR_QUE_PAGO: a soma dos estornos passaria do valor pago")
    ResponseEntity<PagamentoResposta> estornar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id, @Valid @RequestBody EstornarPagamentoRequest request) {
        PagamentoId pagamentoId = Ids.de(id, PagamentoId::de, "id do pagamento");
        Dinheiro valor = Textos.opcional(request.valor()) == null ? null : Valores.dinheiro(request.valor(), "valor");
        commandGateway.sendAndWait(new EstornarPagamentoCommand(pagamentoId, usuario.tenantId(), valor,
                request.motivo().strip(), "manual-estorno:" + UUID.randomUUID()));
        return Respostas.aceito(new PagamentoResposta(pagamentoId.toString()));
    }
}
