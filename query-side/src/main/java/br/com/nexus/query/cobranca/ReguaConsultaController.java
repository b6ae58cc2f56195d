package br.com.nexus.query.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cobranca.BuscarReguaDeCobrancaQuery;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaProposta;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.cobranca.BuscarReguaDoBoletoQuery;
import br.com.nexus.kernel.consulta.cobranca.EtapaDoBoleto;
import br.com.nexus.kernel.consulta.cobranca.ReguaDoBoleto;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The régua in force, a boleto's collection timeline, and the plan a hypothetical boleto would follow. */
@RestController
@Tag(name = "Régua de cobrança", description = "Etapas de cobrança por WhatsApp relativas ao vencimento")
class ReguaConsultaController {

    private final Consultas consultas;
    private final ReguaDoBoletoConsulta planos;

    ReguaConsultaController(Consultas consultas, ReguaDoBoletoConsulta planos) {
        this.consultas = consultas;
        this.planos = planos;
    }

    /** What a simulation asks: a vencimento and, optionally, a régua to try instead of the one in force. */
    record SimulacaoRequest(LocalDate vencimento, ReguaProposta regua) {
    }

    record Simulacao(LocalDate vencimento, Instant vencidoEm, ReguaDeCobranca regua, List<EtapaDoBoleto> etapas) {
    }

    @GetMapping("/api/configuracoes/regua")
    @Operation(summary = "A régua de cobrança em vigor (a padrão enquanto a empresa não definir outra)")
    ReguaDeCobranca regua(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        return consultas.buscar(new BuscarReguaDeCobrancaQuery(Usuarios.tenant(usuario)), ReguaDeCobranca.class);
    }

    @PostMapping("/api/configuracoes/regua/simulacao")
    @Operation(summary = "Quando sairia cada etapa para um boleto com este vencimento (com a régua em vigor ou outra)")
    Simulacao simular(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestBody(required = false) SimulacaoRequest request) {
        if (request == null || request.vencimento() == null) {
            throw DomainException.invalido("VENCIMENTO_OBRIGATORIO", "Informe o vencimento a simular");
        }
        ReguaDeCobranca regua = request.regua() != null ? request.regua().regua().validada() : regua(usuario);
        return new Simulacao(request.vencimento(), planos.vencidoEm(regua, request.vencimento()), regua,
                planos.simular(regua, request.vencimento()));
    }

    @GetMapping("/api/boletos/{id}/regua")
    @Operation(summary = "A cobrança do boleto: etapas já tratadas, com o resultado, e as previstas, com o horário")
    ReguaDoBoleto doBoleto(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        return consultas.buscarOpcional(new BuscarReguaDoBoletoQuery(Usuarios.tenant(usuario), new BoletoId(id)),
                        ReguaDoBoleto.class)
                .orElseThrow(() -> DomainException.naoEncontrado("BOLETO_NAO_ENCONTRADO", "Boleto não encontrado"));
    }
}
