package br.com.nexus.command.api.lead;

import br.com.nexus.command.api.comum.Ids;
import br.com.nexus.command.api.comum.Respostas;
import br.com.nexus.command.api.comum.Textos;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.AgendarLeadCommand;
import br.com.nexus.kernel.lead.CapturarLeadCommand;
import br.com.nexus.kernel.lead.ContatarLeadCommand;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.lead.PerderLeadCommand;
import br.com.nexus.kernel.lead.QualificarLeadCommand;
import br.com.nexus.kernel.lead.ReabrirLeadCommand;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Captures leads and moves them through the funnel, up to their conversion into clientes. */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads", description = "Captura de leads e avanço no funil até a conversão em cliente")
class LeadController {

    private final CommandGateway commandGateway;
    private final ConversaoDeLead conversao;

    LeadController(CommandGateway commandGateway, ConversaoDeLead conversao) {
        this.commandGateway = commandGateway;
        this.conversao = conversao;
    }

    record CapturarLeadRequest(
            @NotBlank @Size(max = 200) String nome,
            @NotBlank @Size(max = 40) String telefone,
            @Email @Size(max = 254) String email,
            @NotNull OrigemLead origem,
            @Size(max = 500) String interesse) {
    }

    /** Where the funnel may send a lead from here; conversion has its own endpoint. */
    enum EtapaDestino {
        CONTATADO, QUALIFICADO, AGENDADO, PERDIDO, REABERTO
    }

    record MudarEtapaRequest(
            @NotNull EtapaDestino etapa,
            @Size(max = 2000) String observacao,
            @Schema(description = "Obrigatória para AGENDADO (ISO-8601, ex.: 2026-12-01T13:00:00Z)") Instant dataHora,
            @Size(max = 200) String procedimento,
            @Size(max = 2000) String motivo) {
    }

    record ConverterLeadRequest(@NotBlank @Size(max = 20) String cpf) {
    }

    record LeadCriado(String id) {
    }

    record EtapaAlterada(String id, EtapaDestino etapa) {
    }

    record LeadConvertidoResposta(String id, String clienteId) {
    }

    @PostMapping
    @Operation(summary = "Captura um lead", description = "O telefone, fixo ou celular, deve ser único entre os "
            + "leads em aberto da empresa; só um celular vira o WhatsApp do cliente na conversão")
    @ApiResponse(responseCode = "201", description = "Lead capturado")
    @ApiResponse(responseCode = "409", description = "TELEFONE_DUPLICADO: já há um lead em aberto com o telefone")
    ResponseEntity<LeadCriado> capturar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody CapturarLeadRequest request) {
        LeadId id = LeadId.novo();
        commandGateway.sendAndWait(new CapturarLeadCommand(id, usuario.tenantId(), request.nome().strip(),
                Telefone.of(request.telefone()), Textos.opcional(request.email()), request.origem(),
                Textos.opcional(request.interesse())));
        return Respostas.criado(id, new LeadCriado(id.toString()));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move o lead no funil",
            description = "Só para a frente (pular etapas é permitido); PERDIDO e REABERTO exigem motivo; "
                    + "AGENDADO exige dataHora")
    @ApiResponse(responseCode = "202", description = "Etapa registrada")
    @ApiResponse(responseCode = "409", description = "ETAPA_INVALIDA, LEAD_PERDIDO, LEAD_CONVERTIDO ou LEAD_NAO_PERDIDO")
    ResponseEntity<EtapaAlterada> mudarEtapa(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id, @Valid @RequestBody MudarEtapaRequest request) {
        LeadId leadId = Ids.de(id, LeadId::de, "id do lead");
        TenantId tenant = usuario.tenantId();
        String observacao = Textos.opcional(request.observacao());
        Object comando = switch (request.etapa()) {
            case CONTATADO -> new ContatarLeadCommand(leadId, tenant, observacao);
            case QUALIFICADO -> new QualificarLeadCommand(leadId, tenant, observacao);
            case AGENDADO -> new AgendarLeadCommand(leadId, tenant, request.dataHora(),
                    Textos.opcional(request.procedimento()));
            case PERDIDO -> new PerderLeadCommand(leadId, tenant, motivoObrigatorio(request));
            case REABERTO -> new ReabrirLeadCommand(leadId, tenant, motivoObrigatorio(request));
        };
        commandGateway.sendAndWait(comando);
        return Respostas.aceito(new EtapaAlterada(leadId.toString(), request.etapa()));
    }

    @PostMapping("/{id}/conversao")
    @Operation(summary = "Converte o lead em cliente",
            description = "O cliente é cadastrado em seguida com o CPF informado e os dados de contato do lead")
    @ApiResponse(responseCode = "202", description = "Lead convertido; o cadastro do cliente segue")
    @ApiResponse(responseCode = "409", description = "CPF_DUPLICADO: o CPF já é de um cliente da empresa")
    ResponseEntity<LeadConvertidoResposta> converter(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id, @Valid @RequestBody ConverterLeadRequest request) {
        LeadId leadId = Ids.de(id, LeadId::de, "id do lead");
        ClienteId clienteId = conversao.converter(usuario.tenantId(), leadId, request.cpf());
        return Respostas.aceito(new LeadConvertidoResposta(leadId.toString(), clienteId.toString()));
    }

    private static String motivoObrigatorio(MudarEtapaRequest request) {
        String motivo = Textos.opcional(request.motivo());
        if (motivo == null) {
            throw DomainException.invalido("MOTIVO_OBRIGATORIO", "Informe o motivo para " + request.etapa());
        }
        return motivo;
    }
}
