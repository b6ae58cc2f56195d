package br.com.nexus.saga.conversao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.CadastroDeClienteRecusado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.saga.DadosDeTeste;
import br.com.nexus.saga.DadosDeTeste.Barramentos;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConversaoLeadPolicyTest {

    private final Barramentos barramentos = new Barramentos();
    private final ConversaoLeadPolicy policy = new ConversaoLeadPolicy(barramentos.despacho, barramentos.eventGateway);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final TenantId tenant = TenantId.novo();
    private final LeadConvertido convertido = new LeadConvertido(LeadId.novo(), tenant, ClienteId.novo(),
            Cpf.of(DadosDeTeste.CPF), "Maria Souza", Telefone.of("(11) 98765-4321"), "maria@exemplo.com");

    @BeforeEach
    void capturarLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(ConversaoLeadPolicy.class)).addAppender(log);
    }

    @AfterEach
    void soltarLog() {
        ((Logger) LoggerFactory.getLogger(ConversaoLeadPolicy.class)).detachAppender(log);
        barramentos.despacho.destroy();
    }

    @Test
    void cadastraClienteComOIdEOsDadosDoLeadConvertido() {
        policy.on(convertido);

        assertThat(barramentos.comandosEnviados()).containsExactly(new CadastrarClienteCommand(convertido.clienteId(),
                tenant, convertido.cpf(), "Maria Souza", TelefoneWhatsapp.of("(11) 98765-4321"), "maria@exemplo.com", null,
                null, convertido.leadId()));
        assertThat(barramentos.eventosPublicados()).isEmpty();
    }

    @Test
    void leadComTelefoneFixoViraClienteSemWhatsapp() {
        LeadConvertido fixo = new LeadConvertido(LeadId.novo(), tenant, ClienteId.novo(), Cpf.of(DadosDeTeste.CPF),
                "João Lima", Telefone.of("(11) 3456-7890"), null);

        policy.on(fixo);

        assertThat(barramentos.comandosEnviados()).containsExactly(new CadastrarClienteCommand(fixo.clienteId(),
                tenant, fixo.cpf(), "João Lima", null, null, null, null, fixo.leadId()));
    }

    @Test
    void leadSemTelefoneViraClienteSemWhatsapp() {
        LeadConvertido semTelefone = new LeadConvertido(LeadId.novo(), tenant, ClienteId.novo(),
                Cpf.of(DadosDeTeste.CPF), "Ana Dias", null, "ana@exemplo.com");

        policy.on(semTelefone);

        assertThat(barramentos.comandosEnviados()).containsExactly(new CadastrarClienteCommand(
                semTelefone.clienteId(), tenant, semTelefone.cpf(), "Ana Dias", null, "ana@exemplo.com", null, null,
                semTelefone.leadId()));
    }

    @Test
    void cpfJaCadastradoViraCadastroRecusadoEAvisoSemOCpfInteiro() {
        barramentos.comandos.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.recusa(ErrorKind.CONFLITO, "CPF_DUPLICADO");
        });

        policy.on(convertido);

        assertThat(barramentos.eventosPublicados()).containsExactly(new CadastroDeClienteRecusado(convertido.leadId(),
                tenant, convertido.clienteId(), convertido.cpf(), "CPF_DUPLICADO", "Recusado: CPF_DUPLICADO"));
        assertThat(log.list).singleElement().satisfies(evento -> {
            assertThat(evento.getLevel()).isEqualTo(Level.WARN);
            assertThat(evento.getFormattedMessage()).contains(convertido.leadId().toString(), "CPF_DUPLICADO",
                    DadosDeTeste.CPF_MASCARADO).doesNotContain(DadosDeTeste.CPF);
        });
    }

    @Test
    void clienteJaCadastradoPorEntregaAnteriorNaoEhFalha() {
        barramentos.comandos.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.recusa(ErrorKind.CONFLITO, "CLIENTE_JA_EXISTE");
        });

        policy.on(convertido);

        assertThat(barramentos.eventosPublicados()).isEmpty();
        assertThat(log.list).noneMatch(evento -> evento.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void falhaTecnicaSobeParaOProcessadorTentarDeNovo() {
        barramentos.comandos.setCallbackBehavior((comando, metaData) -> {
            throw DadosDeTeste.falhaTecnica();
        });

        assertThatThrownBy(() -> policy.on(convertido)).isInstanceOf(CommandExecutionException.class);
        assertThat(barramentos.eventosPublicados()).isEmpty();
    }

    @Test
    void cadastroLevaQuemConverteuOLead() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(convertido)
                .andMetaData(Map.of("usuarioId", "usuario-que-converteu", "outra", "nao-repassada")));
        unitOfWork.registerCorrelationDataProvider(new SimpleCorrelationDataProvider("usuarioId"));
        unitOfWork.execute(() -> policy.on(convertido));

        CommandMessage<?> enviado = barramentos.comandos.getDispatchedCommands().get(0);
        assertThat(enviado.getMetaData()).containsEntry("usuarioId", "usuario-que-converteu")
                .doesNotContainKey("outra");
    }
}
