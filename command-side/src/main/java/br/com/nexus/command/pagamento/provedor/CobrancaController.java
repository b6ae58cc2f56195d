package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Charges opened at a payment provider (Asaas PIX/BOLETO, Efí PIX), each with the Pagamento that expects it. */
@RestController
@Tag(name = "Pagamentos", description = "Cobranças nos provedores e eventos recebidos deles")
class CobrancaController {

    private final EmissaoDeCobrancas emissao;

    CobrancaController(EmissaoDeCobrancas emissao) {
        this.emissao = emissao;
    }

    record CobrancaRequest(
            Provedor provedor,
            @Size(max = 36) String boletoId,
            @Size(max = 36) String clienteId,
            @NotNull MetodoPagamento metodo,
            @Size(max = 24) String valor,
            LocalDate vencimento,
            @Size(max = 500) String descricao,
            @Size(max = 35) String txid) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CobrancaResponse(String pagamentoId, String boletoId, String clienteId, Provedor provedor,
                            String referenciaExterna, MetodoPagamento metodo, Dinheiro valor, LocalDate vencimento,
                            String linhaDigitavel, String codigoBarras, String nossoNumero, String urlFatura,
                            String urlBoleto, String chavePix, String txid) {

        static CobrancaResponse de(EmissaoDeCobrancas.Emitida e) {
            EmissorDeCobranca.CobrancaEmitida c = e.cobranca();
            return new CobrancaResponse(e.pagamentoId().toString(), texto(e.boletoId()), e.clienteId().toString(),
                    e.provedor(), c.referenciaExterna(), e.metodo(), e.valor(), e.vencimento(),
                    c.linhaDigitavel() == null ? null : c.linhaDigitavel().numero(),
                    c.codigoBarras() == null ? null : c.codigoBarras().numero(), c.nossoNumero(), c.urlFatura(),
                    c.urlBoleto(), c.chavePix(), e.provedor() == Provedor.EFI ? c.referenciaExterna() : null);
        }

        private static String texto(Object id) {
            return id == null ? null : id.toString();
        }
    }

    @PostMapping("/api/pagamentos/cobrancas")
    @Operation(summary = "Emite uma cobrança PIX ou BOLETO no Asaas, ou registra um PIX esperado na Efí (por txid)")
    @ApiResponse(responseCode = "201", description = "Cobrança emitida; Location aponta o pagamento")
    ResponseEntity<CobrancaResponse> emitir(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody CobrancaRequest request) {
        EmissaoDeCobrancas.Emitida emitida = emissao.emitir(usuario.tenantId(), new EmissaoDeCobrancas.Pedido(
                request.provedor(), id(request.boletoId(), BoletoId::de, "boletoId"),
                id(request.clienteId(), ClienteId::de, "clienteId"), request.metodo(),
                request.valor() == null ? null : Dinheiro.parse(request.valor()), request.vencimento(),
                vazioComoNulo(request.descricao()), vazioComoNulo(request.txid())));
        return ResponseEntity.created(URI.create("/api/pagamentos/" + emitida.pagamentoId()))
                .body(CobrancaResponse.de(emitida));
    }

    private static <T> T id(String texto, Function<String, T> conversor, String campo) {
        if (texto == null || texto.isBlank()) {
            return null;
        }
        try {
            return conversor.apply(texto.strip());
        } catch (IllegalArgumentException | DomainException e) {
            throw DomainException.invalido("ID_INVALIDO", campo + " deve ser um UUID");
        }
    }

    private static String vazioComoNulo(String texto) {
        return texto == null || texto.isBlank() ? null : texto.strip();
    }
}
