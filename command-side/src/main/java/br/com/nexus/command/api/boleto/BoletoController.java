package br.com.nexus.command.api.boleto;

import br.com.nexus.command.api.comum.Ids;
import br.com.nexus.command.api.comum.Respostas;
import br.com.nexus.command.api.comum.Textos;
import br.com.nexus.command.api.comum.Valores;
import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.CancelarBoletoCommand;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registers boletos a cliente must pay and cancels them. */
@RestController
@RequestMapping("/api/boletos")
@Tag(name = "Boletos", description = "Registro e cancelamento de boletos (linha digitável e código de barras FEBRABAN)")
class BoletoController {

    private final CommandGateway commandGateway;
    private final HistoricoDeAgregados agregados;

    BoletoController(CommandGateway commandGateway, HistoricoDeAgregados agregados) {
        this.commandGateway = commandGateway;
        this.agregados = agregados;
    }

    record RegistrarBoletoRequest(
            @NotBlank @Size(max = 36) String clienteId,
            @Schema(description = "47 dígitos, com ou sem pontos e espaços; informe esta ou o código de barras")
            @Size(max = 80) String linhaDigitavel,
            @Schema(description = "44 dígitos; informe este ou a linha digitável")
            @Size(max = 60) String codigoBarras,
            @Schema(description = "Valor em reais, ex.: \"150.50\"; deve coincidir com o do código de barras")
            @NotBlank @Size(max = 30) String valor,
            @Schema(description = "Deve coincidir com o fator de vencimento do código de barras")
            @NotNull LocalDate vencimento,
            @Size(max = 50) String nossoNumero,
            @Min(1) @Max(999) Integer parcela,
            @Schema(description = "Mês de referência, ex.: \"2026-11\"", type = "string", example = "2026-11")
            YearMonth referencia,
            @Size(max = 500) String descricao,
            @Schema(description = "De onde veio o boleto; quando omitido, MANUAL: um boleto emitido fora daqui, "
                    + "sem PDF (é enviado só com a linha digitável). GERADO faz o Nexus gerar o PDF; CANOPUS "
                    + "espera o PDF que o robô do portal baixar.")
            OrigemBoleto origem) {
    }

    record CancelarBoletoRequest(@NotBlank @Size(max = 2000) String motivo) {
    }

    record BoletoRegistradoResposta(String id, String linhaDigitavel, String codigoBarras) {
    }

    record BoletoResposta(String id) {
    }

    @PostMapping
    @Operation(summary = "Registra um boleto",
            description = "Exige a linha digitável ou o código de barras (ou ambos, se forem do mesmo boleto) e "
                    + "devolve os dois; valor e vencimento devem coincidir com os do código de barras")
    @ApiResponse(responseCode = "201", description = "Boleto registrado")
    @ApiResponse(responseCode = "404", description = "CLIENTE_NAO_ENCONTRADO")
    @ApiResponse(responseCode = "409", description = "BOLETO_DUPLICADO: a linha digitável já é de outro boleto da empresa, "
            + "cujo id vem em boletoExistenteId")
    @ApiResponse(responseCode = "422", description = "LINHA_DIGITAVEL_DIVERGENTE, VALOR_DIVERGENTE ou VENCIMENTO_DIVERGENTE")
    ResponseEntity<BoletoRegistradoResposta> registrar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody RegistrarBoletoRequest request) {
        ClienteId clienteId = Ids.de(request.clienteId(), ClienteId::de, "clienteId");
        Dinheiro valor = Valores.dinheiro(request.valor(), "valor");
        String linhaInformada = Textos.opcional(request.linhaDigitavel());
        String codigoInformado = Textos.opcional(request.codigoBarras());
        if (linhaInformada == null && codigoInformado == null) {
            throw DomainException.invalido("CODIGO_BARRAS_OBRIGATORIO", "Informe a linha digitável ou o código de barras");
        }
        LinhaDigitavel linha = linhaInformada == null ? null : LinhaDigitavel.of(linhaInformada);
        CodigoBarras codigo = codigoInformado == null ? linha.codigoBarras() : CodigoBarras.of(codigoInformado);
        if (linha == null) {
            linha = codigo.linhaDigitavel();
        } else if (!linha.codigoBarras().equals(codigo)) {
            throw DomainException.regraViolada("LINHA_DIGITAVEL_DIVERGENTE",
                    "Linha digitável e código de barras são de boletos diferentes");
        }
        agregados.exigirCliente(clienteId, usuario.tenantId());
        BoletoId id = BoletoId.novo();
        OrigemBoleto origem = request.origem() == null ? OrigemBoleto.MANUAL : request.origem();
        commandGateway.sendAndWait(new RegistrarBoletoCommand(id, usuario.tenantId(), clienteId, origem,
                Textos.opcional(request.nossoNumero()), linha, codigo, valor, request.vencimento(), request.parcela(),
                request.referencia(), Textos.opcional(request.descricao())));
        return Respostas.criado(id, new BoletoRegistradoResposta(id.toString(), linha.numero(), codigo.numero()));
    }

    @PostMapping("/{id}/cancelamento")
    @Operation(summary = "Cancela um boleto ainda não pago")
    @ApiResponse(responseCode = "202", description = "Boleto cancelado")
    @ApiResponse(responseCode = "409", description = "BOLETO_PAGO")
    ResponseEntity<BoletoResposta> cancelar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id, @Valid @RequestBody CancelarBoletoRequest request) {
        BoletoId boletoId = Ids.de(id, BoletoId::de, "id do boleto");
        commandGateway.sendAndWait(new CancelarBoletoCommand(boletoId, usuario.tenantId(), request.motivo().strip()));
        return Respostas.aceito(new BoletoResposta(boletoId.toString()));
    }
}
