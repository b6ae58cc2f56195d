package br.com.nexus.query.boleto;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.boleto.BoletoDetalhe;
import br.com.nexus.kernel.consulta.boleto.BuscarBoletoQuery;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.PaginaDeBoletos;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
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

@Tag(name = "Boletos")
@RestController
class BoletosController {

    private final Consultas consultas;

    BoletosController(Consultas consultas) {
        this.consultas = consultas;
    }

    /** Boletos, filtered by situation, vencimento range (inclusive), cliente, origin and whether sent. */
    @Operation(summary = "Lista os boletos")
    @GetMapping("/api/boletos")
    PaginaDeBoletos listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) SituacaoBoleto situacao,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vencimentoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vencimentoAte,
            @RequestParam(required = false) UUID clienteId,
            @RequestParam(required = false) OrigemBoleto origem,
            @RequestParam(required = false) Boolean enviado,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paginacao.TAMANHO_PADRAO) int size) {
        Paginacao.validar(page, size);
        return consultas.buscar(new ListarBoletosQuery(Usuarios.tenant(usuario), situacao, vencimentoDe, vencimentoAte,
                clienteId == null ? null : new ClienteId(clienteId), origem, enviado,
                Paginacao.ordenacao(sort, BoletosProjection.ORDENACOES.keySet()), page, size), PaginaDeBoletos.class);
    }

    @Operation(summary = "Detalha um boleto")
    @GetMapping("/api/boletos/{id}")
    BoletoDetalhe buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        return consultas.buscarOpcional(new BuscarBoletoQuery(Usuarios.tenant(usuario), new BoletoId(id)),
                        BoletoDetalhe.class)
                .orElseThrow(() -> DomainException.naoEncontrado("BOLETO_NAO_ENCONTRADO", "Boleto não encontrado"));
    }
}
