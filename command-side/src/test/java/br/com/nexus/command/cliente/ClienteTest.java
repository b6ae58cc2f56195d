package br.com.nexus.command.cliente;

import static br.com.nexus.command.TestData.CPF;
import static br.com.nexus.command.TestData.OUTRO_TELEFONE;
import static br.com.nexus.command.TestData.TELEFONE;
import static br.com.nexus.command.TestData.TELEFONE_DIGITADO_DIFERENTE;
import static br.com.nexus.command.TestData.erro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import br.com.nexus.command.PostgresDeTeste;
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
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ClienteTest {

    private static final Endereco ENDERECO = new Endereco("Rua A", "10", null, "Centro", "Campinas", "SP", "13010000");
    private static final DadosConsorcio CONSORCIO = new DadosConsorcio("1234", "56", "C-789", "Rui", "PV Campinas");

    private final TenantId tenant = TenantId.novo();
    private final TenantId outroTenant = TenantId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private final LeadId leadOrigem = LeadId.novo();
    private final JdbcTemplate jdbc = PostgresDeTeste.jdbcTemplate();
    private ClienteCpfLookup cpfs;
    private AggregateTestFixture<Cliente> fixture;

    @BeforeEach
    void configurar() {
        cpfs = new ClienteCpfLookup(jdbc);
        fixture = novaFixture();
    }

    private AggregateTestFixture<Cliente> novaFixture() {
        AggregateTestFixture<Cliente> nova = new AggregateTestFixture<>(Cliente.class);
        nova.registerAnnotatedCommandHandler(new ClienteCommandHandler(nova.getRepository(), cpfs));
        return nova;
    }

    @Test
    void cadastraClienteEReservaOCpf() {
        fixture.givenNoPriorActivity()
                .when(cadastrar())
                .expectSuccessfulHandlerExecution()
                .expectEvents(cadastrado());
        assertEquals(clienteId.valor(), donoDoCpf(tenant));
    }

    @Test
    void importaClienteEReservaOCpf() {
        fixture.givenNoPriorActivity()
                .when(new ImportarClienteCommand(clienteId, tenant, CPF, "Carla", TELEFONE, null, null, CONSORCIO))
                .expectEvents(new ClienteImportado(clienteId, tenant, CPF, "Carla", TELEFONE, null, null, CONSORCIO));
        assertEquals(clienteId.valor(), donoDoCpf(tenant));
    }

    @Test
    void recusaCpfJaCadastradoNoTenant() {
        ClienteId outro = ClienteId.novo();
        cpfs.reservar(tenant, CPF, outro);
        fixture.givenNoPriorActivity()
                .when(cadastrar())
                .expectException(erro(ErrorKind.CONFLITO, "CPF_DUPLICADO"))
                .expectNoEvents();
        assertEquals(outro.valor(), donoDoCpf(tenant));
    }

    @Test
    void recusaImportarCpfJaCadastradoNoTenant() {
        cpfs.reservar(tenant, CPF, ClienteId.novo());
        fixture.givenNoPriorActivity()
                .when(new ImportarClienteCommand(clienteId, tenant, CPF, "Carla", TELEFONE, null, null, null))
                .expectException(erro(ErrorKind.CONFLITO, "CPF_DUPLICADO"))
                .expectNoEvents();
    }

    @Test
    void aceitaMesmoCpfEmOutroTenant() {
        cpfs.reservar(outroTenant, CPF, ClienteId.novo());
        fixture.givenNoPriorActivity()
                .when(cadastrar())
                .expectEvents(cadastrado());
    }

    @Test
    void recusaCadastroSemCpf() {
        fixture.givenNoPriorActivity()
                .when(new CadastrarClienteCommand(clienteId, tenant, null, "Carla", TELEFONE, null, null, null, null))
                .expectException(erro(ErrorKind.INVALIDO, "CPF_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaCadastroSemNome() {
        fixture.givenNoPriorActivity()
                .when(new CadastrarClienteCommand(clienteId, tenant, CPF, "", TELEFONE, null, null, null, null))
                .expectException(erro(ErrorKind.INVALIDO, "NOME_OBRIGATORIO"))
                .expectNoEvents();
        assertNull(donoDoCpf(tenant));
    }

    @Test
    void recusaCadastroComIdJaUsado() {
        fixture.given(cadastrado())
                .when(cadastrar())
                .expectException(erro(ErrorKind.CONFLITO, "CLIENTE_JA_EXISTE"))
                .expectNoEvents();
        assertNull(donoDoCpf(tenant));
    }

    @Test
    void atualizaDadosDoCliente() {
        fixture.given(cadastrado())
                .when(new AtualizarClienteCommand(clienteId, tenant, "Carla Dias", OUTRO_TELEFONE, "c@exemplo.com",
                        ENDERECO, CONSORCIO))
                .expectEvents(new ClienteAtualizado(clienteId, tenant, "Carla Dias", OUTRO_TELEFONE, "c@exemplo.com",
                        ENDERECO, CONSORCIO));
    }

    @Test
    void atualizacaoSemMudancaNaoGeraEvento() {
        fixture.given(cadastrado())
                .when(new AtualizarClienteCommand(clienteId, tenant, "Carla", TELEFONE_DIGITADO_DIFERENTE,
                        "carla@exemplo.com", ENDERECO, CONSORCIO))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaAtualizarSemNome() {
        fixture.given(cadastrado())
                .when(new AtualizarClienteCommand(clienteId, tenant, null, TELEFONE, null, null, null))
                .expectException(erro(ErrorKind.INVALIDO, "NOME_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void registraOptOut() {
        fixture.given(cadastrado())
                .when(new RegistrarOptOutWhatsappCommand(clienteId, tenant, "pediu para parar"))
                .expectEvents(new WhatsappOptOutRegistrado(clienteId, tenant, "pediu para parar"));
    }

    @Test
    void optOutRepetidoNaoGeraEvento() {
        fixture.given(cadastrado(), new WhatsappOptOutRegistrado(clienteId, tenant, null))
                .when(new RegistrarOptOutWhatsappCommand(clienteId, tenant, "de novo"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void registraOptInDepoisDeOptOut() {
        fixture.given(cadastrado(), new WhatsappOptOutRegistrado(clienteId, tenant, null))
                .when(new RegistrarOptInWhatsappCommand(clienteId, tenant))
                .expectEvents(new WhatsappOptInRegistrado(clienteId, tenant));
    }

    @Test
    void optInDeQuemNuncaSaiuNaoGeraEvento() {
        fixture.given(cadastrado())
                .when(new RegistrarOptInWhatsappCommand(clienteId, tenant))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void registraRespostaDoClienteMesmoInativo() {
        Instant recebidaEm = Instant.parse("2026-03-09T14:00:00Z");
        fixture.given(cadastrado(), new ClienteInativado(clienteId, tenant, null))
                .when(new RegistrarRespostaWhatsappCommand(clienteId, tenant, "WA1", "conversation", "já paguei", recebidaEm))
                .expectEvents(new RespostaWhatsappRecebida(clienteId, tenant, "WA1", "conversation", "já paguei", recebidaEm));
    }

    @Test
    void recusaRespostaSemIdDaMensagem() {
        fixture.given(cadastrado())
                .when(new RegistrarRespostaWhatsappCommand(clienteId, tenant, null, "conversation", "oi", Instant.EPOCH))
                .expectException(erro(ErrorKind.INVALIDO, "MESSAGE_ID_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void inativaCliente() {
        fixture.given(cadastrado())
                .when(new InativarClienteCommand(clienteId, tenant, "contrato encerrado"))
                .expectEvents(new ClienteInativado(clienteId, tenant, "contrato encerrado"));
    }

    @Test
    void inativacaoRepetidaNaoGeraEvento() {
        fixture.given(cadastrado(), new ClienteInativado(clienteId, tenant, null))
                .when(new InativarClienteCommand(clienteId, tenant, "de novo"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void clienteInativoRecusaAlteracoes() {
        List<Object> comandos = List.of(
                new AtualizarClienteCommand(clienteId, tenant, "Outra", TELEFONE, null, null, null),
                new RegistrarOptOutWhatsappCommand(clienteId, tenant, null),
                new RegistrarOptInWhatsappCommand(clienteId, tenant));
        for (Object comando : comandos) {
            novaFixture().given(cadastrado(), new ClienteInativado(clienteId, tenant, null))
                    .when(comando)
                    .expectException(erro(ErrorKind.CONFLITO, "CLIENTE_INATIVO"))
                    .expectNoEvents();
        }
    }

    @Test
    void comandosDeOutroTenantRespondemNaoEncontrado() {
        List<Object> comandos = List.of(
                new AtualizarClienteCommand(clienteId, outroTenant, "Outra", TELEFONE, null, null, null),
                new RegistrarOptOutWhatsappCommand(clienteId, outroTenant, null),
                new RegistrarOptInWhatsappCommand(clienteId, outroTenant),
                new InativarClienteCommand(clienteId, outroTenant, null),
                new RegistrarRespostaWhatsappCommand(clienteId, outroTenant, "WA1", "conversation", "oi", Instant.EPOCH));
        for (Object comando : comandos) {
            novaFixture().given(cadastrado())
                    .when(comando)
                    .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                    .expectNoEvents();
        }
    }

    private CadastrarClienteCommand cadastrar() {
        return new CadastrarClienteCommand(clienteId, tenant, CPF, "Carla", TELEFONE, "carla@exemplo.com", ENDERECO,
                CONSORCIO, leadOrigem);
    }

    private ClienteCadastrado cadastrado() {
        return new ClienteCadastrado(clienteId, tenant, CPF, "Carla", TELEFONE, "carla@exemplo.com", ENDERECO, CONSORCIO,
                leadOrigem);
    }

    private UUID donoDoCpf(TenantId tenantId) {
        return jdbc.query("SELECT cliente_id FROM cliente_cpf WHERE tenant_id = ? AND cpf = ?",
                rs -> rs.next() ? rs.getObject(1, UUID.class) : null, tenantId.valor(), CPF.numero());
    }
}
