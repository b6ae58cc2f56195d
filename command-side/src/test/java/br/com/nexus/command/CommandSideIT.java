package br.com.nexus.command;

import static br.com.nexus.command.TestData.CPF;
import static br.com.nexus.command.TestData.TELEFONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.MarcarBoletoPagoCommand;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.SolicitarDisparoCommand;
import br.com.nexus.kernel.lead.CapturarLeadCommand;
import br.com.nexus.kernel.lead.ContatarLeadCommand;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.lead.PerderLeadCommand;
import br.com.nexus.kernel.lead.ReabrirLeadCommand;
import br.com.nexus.kernel.pagamento.PagamentoId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The command side wired by Spring and Axon as the app wires it: repositories found by type,
 * lookups inside Axon's transaction, rejections translated by the interceptor.
 */
@SpringBootTest(classes = CommandSideIT.Contexto.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "axon.axonserver.enabled=false",
                "axon.serializer.general=jackson",
                "axon.serializer.events=jackson",
                "axon.serializer.messages=jackson"
        })
class CommandSideIT {

    private static final String FALHAR_DEPOIS = "falharDepoisDoHandler";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    // Only the event-sourced core: gateways and endpoints living in the same packages need beans this test lacks.
    @ComponentScan(basePackages = "br.com.nexus.command", useDefaultFilters = false, includeFilters = @Filter(
            type = FilterType.REGEX,
            pattern = "br\\.com\\.nexus\\.command\\.(comum\\.CommandSideConfiguration"
                    + "|lead\\.(Lead|LeadCommandHandler|LeadTelefoneLookup)"
                    + "|cliente\\.(Cliente|ClienteCommandHandler|ClienteCpfLookup)"
                    + "|boleto\\.(Boleto|BoletoDisparoPolicy|BoletoLinhaDigitavelLookup)"
                    + "|disparo\\.(Disparo|DisparoCommandHandler)"
                    + "|pagamento\\.Pagamento)"))
    static class Contexto {

        @Bean
        static DataSource dataSource() {
            return PostgresDeTeste.dataSource();
        }

        @Bean
        static EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }

        @Autowired
        void registrarFalhaSimulada(CommandBus commandBus) {
            MessageHandlerInterceptor<CommandMessage<?>> falhaSimulada = (unitOfWork, chain) -> {
                Object resultado = chain.proceed();
                if (unitOfWork.getMessage().getMetaData().containsKey(FALHAR_DEPOIS)) {
                    throw new IllegalStateException("falha simulada depois do handler");
                }
                return resultado;
            };
            commandBus.registerHandlerInterceptor(falhaSimulada);
        }
    }

    @Autowired
    private CommandGateway gateway;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    @Qualifier("leadRepository")
    private Repository<?> leadRepository;

    private final TenantId tenant = TenantId.novo();

    @Test
    void cadastrosConcorrentesDoMesmoCpfDeixamUmSoVencer() throws Exception {
        int concorrentes = 8;
        CountDownLatch largada = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(concorrentes);
        List<ClienteId> ids = new ArrayList<>();
        List<Future<String>> resultados = new ArrayList<>();
        for (int i = 0; i < concorrentes; i++) {
            ClienteId id = ClienteId.novo();
            ids.add(id);
            resultados.add(executor.submit(() -> {
                largada.await();
                try {
                    gateway.sendAndWait(cadastrar(id));
                    return "cadastrou";
                } catch (CommandExecutionException e) {
                    return erroDe(e).code();
                }
            }));
        }
        largada.countDown();
        List<String> codigos = new ArrayList<>();
        for (Future<String> resultado : resultados) {
            codigos.add(resultado.get());
        }
        executor.shutdown();

        assertEquals(1, codigos.stream().filter("cadastrou"::equals).count(), codigos.toString());
        assertEquals(concorrentes - 1, codigos.stream().filter("CPF_DUPLICADO"::equals).count(), codigos.toString());
        assertEquals(1, ids.stream().filter(id -> eventStore.readEvents(id.toString()).hasNext()).count());
        assertEquals(1, cpfsReservados());
    }

    @Test
    void reservaDoCpfEDesfeitaQuandoOComandoFalhaDepoisDoHandler() {
        ClienteId primeiro = ClienteId.novo();
        CommandMessage<?> comFalha = GenericCommandMessage.asCommandMessage(cadastrar(primeiro))
                .andMetaData(Map.of(FALHAR_DEPOIS, true));

        assertThrows(IllegalStateException.class, () -> gateway.sendAndWait(comFalha));

        assertEquals(0, cpfsReservados());
        assertEquals(false, eventStore.readEvents(primeiro.toString()).hasNext());
        gateway.sendAndWait(cadastrar(ClienteId.novo()));
        assertEquals(1, cpfsReservados());
    }

    @Test
    void cadastroRecusadoPodeSerRefeitoComOMesmoId() {
        ClienteId id = ClienteId.novo();
        CommandExecutionException e = assertThrows(CommandExecutionException.class, () -> gateway.sendAndWait(
                new CadastrarClienteCommand(id, tenant, CPF, " ", TELEFONE, null, null, null, null)));
        assertEquals("NOME_OBRIGATORIO", erroDe(e).code());

        gateway.sendAndWait(cadastrar(id));

        assertEquals(1, eventStore.readEvents(id.toString()).asStream().count());
        assertEquals(1, cpfsReservados());
    }

    @Test
    void reaberturaComTelefoneTomadoNaoGravaOEvento() {
        LeadId primeiro = LeadId.novo();
        gateway.sendAndWait(capturar(primeiro));
        gateway.sendAndWait(new PerderLeadCommand(primeiro, tenant, "sumiu"));
        gateway.sendAndWait(capturar(LeadId.novo()));

        CommandExecutionException e = assertThrows(CommandExecutionException.class,
                () -> gateway.sendAndWait(new ReabrirLeadCommand(primeiro, tenant, null)));

        assertEquals(new ErroDominio(ErrorKind.CONFLITO, "TELEFONE_DUPLICADO", e.getMessage()), erroDe(e));
        assertEquals(2, eventStore.readEvents(primeiro.toString()).asStream().count());
    }

    @Test
    void agregadoInexistenteEDeOutroTenantRespondemNaoEncontrado() {
        LeadId lead = LeadId.novo();
        CommandExecutionException inexistente = assertThrows(CommandExecutionException.class,
                () -> gateway.sendAndWait(new ContatarLeadCommand(lead, tenant, null)));
        gateway.sendAndWait(capturar(lead));
        CommandExecutionException deOutroTenant = assertThrows(CommandExecutionException.class,
                () -> gateway.sendAndWait(new ContatarLeadCommand(lead, TenantId.novo(), null)));

        assertEquals(erroDe(inexistente), erroDe(deOutroTenant));
        assertEquals(ErrorKind.NAO_ENCONTRADO, erroDe(inexistente).kind());
    }

    @Test
    void boletoPagoNaoAceitaNovoDisparo() {
        BoletoId boleto = BoletoId.novo();
        ClienteId cliente = ClienteId.novo();
        LocalDate vencimento = LocalDate.of(2026, 6, 15);
        Dinheiro valor = Dinheiro.parse("99.90");
        CodigoBarras codigo = CodigoBarras.gerar("001", vencimento, valor, "0000000000000000000000001");
        gateway.sendAndWait(new RegistrarBoletoCommand(boleto, tenant, cliente, OrigemBoleto.GERADO, "1", null, codigo,
                valor, vencimento, 1, null, null));
        gateway.sendAndWait(solicitarDisparo(boleto));
        gateway.sendAndWait(new MarcarBoletoPagoCommand(boleto, tenant, PagamentoId.novo()));

        CommandExecutionException e = assertThrows(CommandExecutionException.class,
                () -> gateway.sendAndWait(solicitarDisparo(boleto)));

        assertEquals("BOLETO_NAO_DISPARAVEL", erroDe(e).code());
    }

    @Test
    void repositorioDeAgregadoUsaOCache() {
        assertInstanceOf(CachingEventSourcingRepository.class, leadRepository);
    }

    private CadastrarClienteCommand cadastrar(ClienteId id) {
        return new CadastrarClienteCommand(id, tenant, CPF, "Carla", TELEFONE, null, null, null, null);
    }

    private CapturarLeadCommand capturar(LeadId id) {
        return new CapturarLeadCommand(id, tenant, "Ana", Telefone.of(TELEFONE.original()), null, OrigemLead.WHATSAPP, null);
    }

    private SolicitarDisparoCommand solicitarDisparo(BoletoId boleto) {
        return new SolicitarDisparoCommand(DisparoId.novo(), tenant, boleto, null, "5511987654321", "Seu boleto", null);
    }

    private int cpfsReservados() {
        return jdbc.queryForObject("SELECT count(*) FROM cliente_cpf WHERE tenant_id = ?", Integer.class, tenant.valor());
    }

    private static ErroDominio erroDe(CommandExecutionException e) {
        return e.<ErroDominio>getDetails().orElseThrow();
    }
}
