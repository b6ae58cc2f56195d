package br.com.nexus.query.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.pagamento.BuscarPagamentoQuery;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.consulta.pagamento.PagamentoResumo;
import br.com.nexus.kernel.consulta.pagamento.PaginaDePagamentos;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Paginacao;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Pagamentos")
@RestController
class PagamentosController {

    private final Consultas consultas;

    PagamentosController(Consultas consultas) {
        this.consultas = consultas;
    }

    /** Payments, filtered by status, method, provider, boleto, cliente and payment date (inclusive). */
    @Operation(summary = "Lista os pagamentos")
    @GetMapping("/api/pagamentos")
    PaginaDePagamentos listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) StatusPagamento status,
            @RequestParam(required = false) MetodoPagamento metodo,
            @RequestParam(required = false) Provedor provedor,
            @RequestParam(required = false) UUID boletoId,
            @RequestParam(required = false) UUID clienteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pagoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pagoAte,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paginacao.TAMANHO_PADRAO) int size) {
        Paginacao.validar(page, size);
        return consultas.buscar(new ListarPagamentosQuery(Usuarios.tenant(usuario), status, metodo, provedor,
                boletoId == null ? null : new BoletoId(boletoId),
                clienteId == null ? null : new ClienteId(clienteId), pagoDe, pagoAte,
                Paginacao.ordenacao(sort, PagamentosProjection.ORDENACOES.keySet()), page, size),
                PaginaDePagamentos.class);
    }

    @Operation(summary = "Detalha um pagamento")
    @GetMapping("/api/pagamentos/{id}")
    PagamentoResumo buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        return consultas.buscarOpcional(new BuscarPagamentoQuery(Usuarios.tenant(usuario), new PagamentoId(id)),
                PagamentoResumo.class).orElseThrow(
                        () -> DomainException.naoEncontrado("PAGAMENTO_NAO_ENCONTRADO", "Pagamento não encontrado"));
    }
}
