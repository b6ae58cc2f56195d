package br.com.nexus.command.api.cliente;

import br.com.nexus.command.api.comum.Ids;
import br.com.nexus.command.api.comum.Respostas;
import br.com.nexus.command.api.comum.Textos;
import br.com.nexus.kernel.cliente.AtualizarClienteCommand;
import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.cliente.InativarClienteCommand;
import br.com.nexus.kernel.cliente.RegistrarOptInWhatsappCommand;
import br.com.nexus.kernel.cliente.RegistrarOptOutWhatsappCommand;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registers clientes and keeps their contact data, WhatsApp consent and activity up to date. */
@RestController
@RequestMapping("/api/clientes")
@Tag(name = "Clientes", description = "Cadastro de clientes, consentimento de WhatsApp e inativação")
class ClienteController {

    private final CommandGateway commandGateway;

    ClienteController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record EnderecoRequest(
            @Size(max = 200) String logradouro,
            @Size(max = 20) String numero,
            @Size(max = 100) String complemento,
            @Size(max = 100) String bairro,
            @Size(max = 100) String cidade,
            @Size(max = 2) String uf,
            @Size(max = 9) String cep) {

        Endereco paraEndereco() {
            return new Endereco(Textos.opcional(logradouro), Textos.opcional(numero), Textos.opcional(complemento),
                    Textos.opcional(bairro), Textos.opcional(cidade), Textos.opcional(uf), Textos.opcional(cep));
        }
    }

    record CadastrarClienteRequest(
            @NotBlank @Size(max = 20) String cpf,
            @NotBlank @Size(max = 200) String nome,
            @NotBlank @Size(max = 40) String whatsapp,
            @Email @Size(max = 254) String email,
            @Valid EnderecoRequest endereco,
            @Size(max = 50) String grupo,
            @Size(max = 50) String cota,
            @Size(max = 50) String contrato,
            @Size(max = 200) String consultor,
            @Size(max = 200) String pontoDeVenda) {
    }

    record AtualizarClienteRequest(
            @NotBlank @Size(max = 200) String nome,
            @NotBlank @Size(max = 40) String whatsapp,
            @Email @Size(max = 254) String email,
            @Valid EnderecoRequest endereco,
            @Size(max = 50) String grupo,
            @Size(max = 50) String cota,
            @Size(max = 50) String contrato,
            @Size(max = 200) String consultor,
            @Size(max = 200) String pontoDeVenda) {
    }

    record MotivoRequest(@NotBlank @Size(max = 2000) String motivo) {
    }

    record ClienteResposta(String id) {
    }

    @PostMapping
    @Operation(summary = "Cadastra um cliente", description = "O CPF deve ser válido e único na empresa; "
            + "o WhatsApp é normalizado para +55 DDD 9XXXXXXXX")
    @ApiResponse(responseCode = "201", description = "Cliente cadastrado")
    @ApiResponse(responseCode = "409", description = "CPF_DUPLICADO: o CPF já é de outro cliente da empresa")
    ResponseEntity<ClienteResposta> cadastrar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody CadastrarClienteRequest request) {
        Cpf cpf = Cpf.of(request.cpf());
        TelefoneWhatsapp whatsapp = TelefoneWhatsapp.of(request.whatsapp());
        ClienteId id = ClienteId.novo();
        commandGateway.sendAndWait(new CadastrarClienteCommand(id, usuario.tenantId(), cpf, request.nome().strip(),
                whatsapp, Textos.opcional(request.email()), endereco(request.endereco()),
                consorcio(request.grupo(), request.cota(), request.contrato(), request.consultor(),
                        request.pontoDeVenda()), null));
        return Respostas.criado(id, new ClienteResposta(id.toString()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Substitui os dados de contato e de contrato do cliente", description = "O CPF não muda")
    @ApiResponse(responseCode = "202", description = "Dados atualizados")
    @ApiResponse(responseCode = "409", description = "CLIENTE_INATIVO")
    ResponseEntity<ClienteResposta> atualizar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id, @Valid @RequestBody AtualizarClienteRequest request) {
        ClienteId clienteId = Ids.de(id, ClienteId::de, "id do cliente");
        TelefoneWhatsapp whatsapp = TelefoneWhatsapp.of(request.whatsapp());
        commandGateway.sendAndWait(new AtualizarClienteCommand(clienteId, usuario.tenantId(), request.nome().strip(),
                whatsapp, Textos.opcional(request.email()), endereco(request.endereco()),
                consorcio(request.grupo(), request.cota(), request.contrato(), request.consultor(),
                        request.pontoDeVenda())));
        return Respostas.aceito(new ClienteResposta(clienteId.toString()));
    }

    @PostMapping("/{id}/opt-out")
    @Operation(summary = "Registra que o cliente não quer mais receber mensagens por WhatsApp")
    @ApiResponse(responseCode = "202", description = "Opt-out registrado")
    ResponseEntity<ClienteResposta> optOut(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id, @Valid @RequestBody MotivoRequest request) {
        ClienteId clienteId = Ids.de(id, ClienteId::de, "id do cliente");
        commandGateway.sendAndWait(new RegistrarOptOutWhatsappCommand(clienteId, usuario.tenantId(),
                request.motivo().strip()));
        return Respostas.aceito(new ClienteResposta(clienteId.toString()));
    }

    @PostMapping("/{id}/opt-in")
    @Operation(summary = "Registra que o cliente voltou a aceitar mensagens por WhatsApp")
    @ApiResponse(responseCode = "202", description = "Opt-in registrado")
    ResponseEntity<ClienteResposta> optIn(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id) {
        ClienteId clienteId = Ids.de(id, ClienteId::de, "id do cliente");
        commandGateway.sendAndWait(new RegistrarOptInWhatsappCommand(clienteId, usuario.tenantId()));
        return Respostas.aceito(new ClienteResposta(clienteId.toString()));
    }

    @PostMapping("/{id}/inativacao")
    @Operation(summary = "Inativa o cliente", description = "Um cliente inativo não aceita mais alterações")
    @ApiResponse(responseCode = "202", description = "Cliente inativado")
    ResponseEntity<ClienteResposta> inativar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable("id") String id, @Valid @RequestBody MotivoRequest request) {
        ClienteId clienteId = Ids.de(id, ClienteId::de, "id do cliente");
        commandGateway.sendAndWait(new InativarClienteCommand(clienteId, usuario.tenantId(), request.motivo().strip()));
        return Respostas.aceito(new ClienteResposta(clienteId.toString()));
    }

    private static Endereco endereco(EnderecoRequest request) {
        if (request == null) {
            return null;
        }
        Endereco endereco = request.paraEndereco();
        return endereco.equals(new Endereco(null, null, null, null, null, null, null)) ? null : endereco;
    }

    private static DadosConsorcio consorcio(String grupo, String cota, String contrato, String consultor,
            String pontoDeVenda) {
        DadosConsorcio dados = new DadosConsorcio(Textos.opcional(grupo), Textos.opcional(cota),
                Textos.opcional(contrato), Textos.opcional(consultor), Textos.opcional(pontoDeVenda));
        return dados.equals(new DadosConsorcio(null, null, null, null, null)) ? null : dados;
    }
}
