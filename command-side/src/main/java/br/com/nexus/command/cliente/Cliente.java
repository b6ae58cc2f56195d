package br.com.nexus.command.cliente;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.command.comum.Validacoes;
import br.com.nexus.kernel.cliente.AtualizarClienteCommand;
import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.cliente.ImportarClienteCommand;
import br.com.nexus.kernel.cliente.InativarClienteCommand;
import br.com.nexus.kernel.cliente.RegistrarOptInWhatsappCommand;
import br.com.nexus.kernel.cliente.RegistrarOptOutWhatsappCommand;
import br.com.nexus.kernel.cliente.RegistrarRespostaWhatsappCommand;
import br.com.nexus.kernel.cliente.RespostaWhatsappRecebida;
import br.com.nexus.kernel.cliente.WhatsappOptInRegistrado;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A cliente of the tenant. Registration goes through {@link ClienteCommandHandler}, which claims
 * the CPF in {@link ClienteCpfLookup}; an inactive cliente refuses every other change.
 */
@Aggregate(cache = "clienteAggregateCache")
class Cliente {

    @AggregateIdentifier
    private ClienteId clienteId;
    private TenantId tenantId;
    private String nome;
    private TelefoneWhatsapp whatsapp;
    private String email;
    private Endereco endereco;
    private DadosConsorcio consorcio;
    private boolean optOutWhatsapp;
    private boolean inativo;

    Cliente() {
    }

    void cadastrar(CadastrarClienteCommand comando) {
        validarCadastro(comando.clienteId(), comando.cpf(), comando.nome());
        apply(new ClienteCadastrado(comando.clienteId(), comando.tenantId(), comando.cpf(), comando.nome().strip(),
                comando.whatsapp(), comando.email(), comando.endereco(), comando.consorcio(), comando.leadOrigem()));
    }

    void importar(ImportarClienteCommand comando) {
        validarCadastro(comando.clienteId(), comando.cpf(), comando.nome());
        apply(new ClienteImportado(comando.clienteId(), comando.tenantId(), comando.cpf(), comando.nome().strip(),
                comando.whatsapp(), comando.email(), comando.endereco(), comando.consorcio()));
    }

    private void validarCadastro(ClienteId novoId, Cpf cpf, String nome) {
        if (clienteId != null) {
            throw DomainException.conflito("CLIENTE_JA_EXISTE", "Já existe um cliente com o id " + novoId);
        }
        Validacoes.obrigatorio(cpf, "CPF_OBRIGATORIO", "CPF do cliente é obrigatório");
        Validacoes.textoObrigatorio(nome, "NOME_OBRIGATORIO", "Nome do cliente é obrigatório");
    }

    @CommandHandler
    void handle(AtualizarClienteCommand comando) {
        exigirAtivo(comando.tenantId());
        String novoNome = Validacoes.textoObrigatorio(comando.nome(), "NOME_OBRIGATORIO", "Nome do cliente é obrigatório");
        boolean mudou = !novoNome.equals(nome)
                || !mesmoNumero(comando.whatsapp(), whatsapp)
                || !Objects.equals(comando.email(), email)
                || !Objects.equals(comando.endereco(), endereco)
                || !Objects.equals(comando.consorcio(), consorcio);
        if (mudou) {
            apply(new ClienteAtualizado(clienteId, tenantId, novoNome, comando.whatsapp(), comando.email(),
                    comando.endereco(), comando.consorcio()));
        }
    }

    /** The same number typed differently ({@code original}) is no change. */
    private static boolean mesmoNumero(TelefoneWhatsapp a, TelefoneWhatsapp b) {
        return a == null ? b == null : b != null && a.numero().equals(b.numero());
    }

    @CommandHandler
    void handle(RegistrarOptOutWhatsappCommand comando) {
        exigirAtivo(comando.tenantId());
        if (!optOutWhatsapp) {
            apply(new WhatsappOptOutRegistrado(clienteId, tenantId, comando.motivo()));
        }
    }

    @CommandHandler
    void handle(RegistrarOptInWhatsappCommand comando) {
        exigirAtivo(comando.tenantId());
        if (optOutWhatsapp) {
            apply(new WhatsappOptInRegistrado(clienteId, tenantId));
        }
    }

    /** A message the cliente sent is a fact: recorded even for an inactive cliente. */
    @CommandHandler
    void handle(RegistrarRespostaWhatsappCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), clienteId);
        Validacoes.textoObrigatorio(comando.messageId(), "MESSAGE_ID_OBRIGATORIO", "Id da mensagem é obrigatório");
        Validacoes.obrigatorio(comando.recebidaEm(), "RECEBIDA_EM_OBRIGATORIO", "Momento do recebimento é obrigatório");
        apply(new RespostaWhatsappRecebida(clienteId, tenantId, comando.messageId(), comando.tipo(), comando.texto(),
                comando.recebidaEm()));
    }

    @CommandHandler
    void handle(InativarClienteCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), clienteId);
        if (!inativo) {
            apply(new ClienteInativado(clienteId, tenantId, comando.motivo()));
        }
    }

    private void exigirAtivo(TenantId tenantDoComando) {
        TenantGuard.exigirMesmoTenant(tenantId, tenantDoComando, clienteId);
        if (inativo) {
            throw DomainException.conflito("CLIENTE_INATIVO", "Cliente inativo não aceita alterações");
        }
    }

    @EventSourcingHandler
    void on(ClienteCadastrado evento) {
        registrar(evento.clienteId(), evento.tenantId(), evento.nome(), evento.whatsapp(), evento.email(),
                evento.endereco(), evento.consorcio());
    }

    @EventSourcingHandler
    void on(ClienteImportado evento) {
        registrar(evento.clienteId(), evento.tenantId(), evento.nome(), evento.whatsapp(), evento.email(),
                evento.endereco(), evento.consorcio());
    }

    private void registrar(ClienteId clienteId, TenantId tenantId, String nome, TelefoneWhatsapp whatsapp,
            String email, Endereco endereco, DadosConsorcio consorcio) {
        this.clienteId = clienteId;
        this.tenantId = tenantId;
        this.nome = nome;
        this.whatsapp = whatsapp;
        this.email = email;
        this.endereco = endereco;
        this.consorcio = consorcio;
    }

    @EventSourcingHandler
    void on(ClienteAtualizado evento) {
        nome = evento.nome();
        whatsapp = evento.whatsapp();
        email = evento.email();
        endereco = evento.endereco();
        consorcio = evento.consorcio();
    }

    @EventSourcingHandler
    void on(WhatsappOptOutRegistrado evento) {
        optOutWhatsapp = true;
    }

    @EventSourcingHandler
    void on(WhatsappOptInRegistrado evento) {
        optOutWhatsapp = false;
    }

    @EventSourcingHandler
    void on(ClienteInativado evento) {
        inativo = true;
    }
}
