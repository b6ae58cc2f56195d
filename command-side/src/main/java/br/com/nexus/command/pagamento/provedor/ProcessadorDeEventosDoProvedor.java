package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.boleto.CancelarBoletoCommand;
import br.com.nexus.kernel.boleto.MarcarBoletoVencidoCommand;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.pagamento.ConciliarPagamentoCommand;
import br.com.nexus.kernel.pagamento.EstornarPagamentoCommand;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.ResultadoConciliacao;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.github.resilience4j.core.IntervalFunction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Applies stored provider events to our aggregates, oldest first, outside the webhook request (the
 * provider has long had its 200). A row is marked only after its command went through, so a crash
 * in between re-sends the command on restart; the aggregates ignore a provider event id they
 * already applied, which makes the effect exactly-once. Failures that may pass (database, a
 * Pagamento not created yet) are retried with exponential backoff and jitter; refusals by our rules
 * are recorded and not retried. It runs as a db-scheduler task, once at a time across nodes (and
 * under a PostgreSQL advisory lock, for direct calls too), which keeps each charge's arrival order.
 *
 * <p>A batch holds at most one event per charge (the oldest still pending, {@link EventosDoProvedor#pendentes}),
 * so the batch's events are applied side by side on {@code paralelismo} threads: most of each one's time
 * is spent waiting for the provider's confirmation and for the command, not computing.
 */
@Component
public class ProcessadorDeEventosDoProvedor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProcessadorDeEventosDoProvedor.class);
    /** Arbitrary, fixed: the advisory lock only this worker takes. */
    private static final long CHAVE_DO_BLOQUEIO = 0x4E45585553504147L;
    private static final int LOTE = 100;
    /** The db-scheduler task that applies stored provider events ({@link ProcessamentoDeEventosConfiguration}). */
    public static final String TAREFA = "pagamentos-eventos-do-provedor";
    /** The detail's prefix of an event the provider did not confirm. */
    public static final String NAO_CONFIRMADO = "NAO_CONFIRMADO_PELO_PROVEDOR";

    private final EventosDoProvedor eventos;
    private final CobrancasNoProvedor cobrancas;
    private final Map<Provedor, InterpretadorDeEventos> interpretadores = new EnumMap<>(Provedor.class);
    private final Map<Provedor, ConfirmadorDeEventos> confirmadores = new EnumMap<>(Provedor.class);
    private final CommandGateway commandGateway;
    private final DataSource dataSource;
    private final Clock clock;
    private final IntervalFunction espera;
    private final int maximoDeTentativas;
    private final Supplier<SchedulerClient> agenda;
    private final ExecutorService executor;

    @Autowired
    public ProcessadorDeEventosDoProvedor(EventosDoProvedor eventos, CobrancasNoProvedor cobrancas,
            List<InterpretadorDeEventos> interpretadores, List<ConfirmadorDeEventos> confirmadores,
            CommandGateway commandGateway, DataSource dataSource, ObjectProvider<SchedulerClient> agenda,
            @Value("${nexus.pagamentos.webhooks.tentativas:12}") int maximoDeTentativas,
            @Value("${nexus.pagamentos.webhooks.paralelismo:4}") int paralelismo) {
        this(eventos, cobrancas, interpretadores, confirmadores, commandGateway, dataSource, Clock.systemUTC(),
                IntervalFunction.ofExponentialRandomBackoff(Duration.ofSeconds(2), 2.0, 0.5, Duration.ofMinutes(30)),
                maximoDeTentativas, paralelismo, agenda::getIfAvailable);
    }

    public ProcessadorDeEventosDoProvedor(EventosDoProvedor eventos, CobrancasNoProvedor cobrancas,
            List<InterpretadorDeEventos> interpretadores, List<ConfirmadorDeEventos> confirmadores,
            CommandGateway commandGateway, DataSource dataSource, Clock clock, IntervalFunction espera,
            int maximoDeTentativas, int paralelismo, Supplier<SchedulerClient> agenda) {
        if (paralelismo < 1) {
            throw new IllegalArgumentException("nexus.pagamentos.webhooks.paralelismo deve ser ao menos 1: " + paralelismo);
        }
        this.eventos = eventos;
        this.cobrancas = cobrancas;
        interpretadores.forEach(i -> this.interpretadores.put(i.provedor(), i));
        confirmadores.forEach(c -> this.confirmadores.put(c.provedor(), c));
        this.commandGateway = commandGateway;
        this.dataSource = dataSource;
        this.clock = clock;
        this.espera = espera;
        this.maximoDeTentativas = maximoDeTentativas;
        this.agenda = agenda;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("eventos-do-provedor-");
        threads.setDaemon(true);
        this.executor = Executors.newFixedThreadPool(paralelismo, threads);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /**
     * Asks for a run now instead of at the next tick (after a webhook stored something): the task's
     * next execution is moved to now. A run already under way or a scheduler not yet up leaves it to
     * the next tick, at most {@code intervalo} away.
     */
    public void acordar() {
        SchedulerClient cliente = agenda.get();
        if (cliente == null) {
            return;
        }
        try {
            cliente.reschedule(TaskInstanceId.of(TAREFA, RecurringTask.INSTANCE), clock.instant());
        } catch (RuntimeException e) {
            log.debug("Provider events run not brought forward: {}", e.toString());
        }
    }

    /** One run of the task: whatever is due, until nothing moves; a failure waits for the next tick. */
    void rodar() {
        try {
            processarPendentes();
        } catch (RuntimeException e) {
            log.warn("Provider events not processed this round: {}", e.toString());
        }
    }

    /** Applies every event due now; returns how many were settled. Another node holding the lock: 0. */
    public int processarPendentes() {
        try (Connection conexao = dataSource.getConnection()) {
            if (!bloqueio(conexao, "SELECT pg_try_advisory_lock(?)")) {
                return 0;
            }
            try {
                int concluidos = 0;
                while (true) {
                    List<EventoDoProvedor> lote = eventos.pendentes(LOTE);
                    int noLote = processar(lote);
                    concluidos += noLote;
                    // Settling an event may free the next one of the same charge: look again until nothing moves.
                    if (lote.isEmpty() || noLote == 0) {
                        return concluidos;
                    }
                }
            } finally {
                bloqueio(conexao, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sem conexão para processar eventos de pagamento", e);
        }
    }

    private static boolean bloqueio(Connection conexao, String sql) throws SQLException {
        try (PreparedStatement comando = conexao.prepareStatement(sql)) {
            comando.setLong(1, CHAVE_DO_BLOQUEIO);
            try (ResultSet rs = comando.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Each charge's events in order on one thread, the charges side by side; a charge whose event was put
     * back keeps its later events waiting. Events without a charge reference stand alone.
     */
    private int processar(List<EventoDoProvedor> lote) {
        Map<Object, List<EventoDoProvedor>> porCobranca = new LinkedHashMap<>();
        for (EventoDoProvedor evento : lote) {
            Object chave = evento.referencia() == null ? evento : evento.tenantId() + "|" + evento.provedor() + "|"
                    + evento.referencia();
            porCobranca.computeIfAbsent(chave, c -> new ArrayList<>()).add(evento);
        }
        List<Future<Integer>> emCurso = new ArrayList<>();
        for (List<EventoDoProvedor> daCobranca : porCobranca.values()) {
            emCurso.add(executor.submit(() -> processarEmOrdem(daCobranca)));
        }
        int concluidos = 0;
        RuntimeException primeiraFalha = null;
        for (Future<Integer> tarefa : emCurso) {
            try {
                concluidos += tarefa.get();
            } catch (ExecutionException e) {
                if (primeiraFalha == null) {
                    primeiraFalha = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("Evento do provedor não processado", e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                emCurso.forEach(t -> t.cancel(true));
                throw new IllegalStateException("Interrompido aplicando eventos do provedor", e);
            }
        }
        if (primeiraFalha != null) {
            throw primeiraFalha;
        }
        return concluidos;
    }

    private int processarEmOrdem(List<EventoDoProvedor> daCobranca) {
        int concluidos = 0;
        for (EventoDoProvedor evento : daCobranca) {
            if (!processar(evento)) {
                return concluidos;
            }
            concluidos++;
        }
        return concluidos;
    }

    /** True when the event is settled, false when it was put back for a later attempt. */
    private boolean processar(EventoDoProvedor evento) {
        Interpretacao interpretacao;
        try {
            InterpretadorDeEventos interpretador = interpretadores.get(evento.provedor());
            if (interpretador == null) {
                throw DomainException.invalido("PROVEDOR_DESCONHECIDO", "Sem intérprete para " + evento.provedor());
            }
            interpretacao = interpretador.interpretar(evento);
        } catch (DomainException e) {
            concluir(evento, SituacaoEvento.RECUSADO, null, null, e.code() + ": " + e.getMessage());
            return true;
        }
        if (interpretacao.efeito() instanceof Efeito.SoRegistro registro) {
            concluir(evento, SituacaoEvento.REGISTRADO, null, null, registro.motivo());
            return true;
        }
        Optional<CobrancaNoProvedor> cobranca = localizar(evento, interpretacao);
        if (cobranca.isEmpty()) {
            concluir(evento, SituacaoEvento.SEM_PAGAMENTO, null, interpretacao.efeito(),
                    "Nenhuma cobrança nossa com a referência " + interpretacao.referencia());
            return true;
        }
        try {
            Optional<Efeito> confirmado = confirmado(evento, interpretacao.efeito(), cobranca.get());
            if (confirmado.isPresent()) {
                aplicar(evento, confirmado.get(), cobranca.get());
            }
            return true;
        } catch (RuntimeException e) {
            return falhou(evento, cobranca.get().pagamentoId(), e);
        }
    }

    /**
     * Money moves only on the provider's own word: a receipt, a refund or a removed charge is first asked back from
     * the provider, and applied with the provider's figures. When the provider does not state it,
     * the event is kept as refused (the webhook already had its 200, so the provider does not send
     * it again); when the provider cannot be asked, the failure puts the event back for a retry.
     */
    private Optional<Efeito> confirmado(EventoDoProvedor evento, Efeito alegado, CobrancaNoProvedor cobranca) {
        if (!(alegado instanceof Efeito.Recebimento) && !(alegado instanceof Efeito.Estorno)
                && !(alegado instanceof Efeito.Cancelamento)) {
            return Optional.of(alegado);
        }
        ConfirmadorDeEventos confirmador = confirmadores.get(evento.provedor());
        if (confirmador == null) {
            throw new IllegalStateException("Sem como confirmar eventos de " + evento.provedor());
        }
        ConfirmadorDeEventos.Confirmacao confirmacao = confirmador.confirmar(evento, alegado, cobranca);
        if (confirmacao instanceof ConfirmadorDeEventos.Confirmacao.Negada negada) {
            concluir(evento, SituacaoEvento.RECUSADO, cobranca.pagamentoId(), null,
                    NAO_CONFIRMADO + ": " + negada.motivo());
            log.warn("Provider event {} ({}) of {} not confirmed by the provider, not applied: {}", evento.eventoId(),
                    evento.tipo(), evento.provedor(), negada.motivo());
            return Optional.empty();
        }
        return Optional.of(((ConfirmadorDeEventos.Confirmacao.Confirmada) confirmacao).efeito());
    }

    private Optional<CobrancaNoProvedor> localizar(EventoDoProvedor evento, Interpretacao interpretacao) {
        Optional<CobrancaNoProvedor> porReferencia = cobrancas.porReferencia(evento.tenantId(), evento.provedor(),
                interpretacao.referencia());
        if (porReferencia.isPresent() || interpretacao.pagamentoIndicado() == null) {
            return porReferencia;
        }
        return cobrancas.porPagamento(evento.tenantId(), interpretacao.pagamentoIndicado())
                .filter(c -> c.provedor() == evento.provedor());
    }

    private void aplicar(EventoDoProvedor evento, Efeito efeito, CobrancaNoProvedor cobranca) {
        PagamentoId pagamento = cobranca.pagamentoId();
        if (efeito instanceof Efeito.Recebimento recebimento) {
            ResultadoConciliacao resultado = enviar(evento, new ConciliarPagamentoCommand(pagamento, evento.tenantId(),
                    recebimento.valor(), recebimento.data(), evento.eventoId()));
            if (resultado == ResultadoConciliacao.DIVERGENTE) {
                concluir(evento, SituacaoEvento.DIVERGENTE, pagamento, efeito, "Valor recebido ("
                        + recebimento.valor().formatado() + ") difere do cobrado: aguarda decisão");
            } else {
                concluir(evento, SituacaoEvento.APLICADO, pagamento, efeito,
                        resultado == ResultadoConciliacao.CONFIRMADO ? "Pagamento confirmado" : "Já conciliado antes");
            }
        } else if (efeito instanceof Efeito.Estorno estorno) {
            enviar(evento, new EstornarPagamentoCommand(pagamento, evento.tenantId(), estorno.valor(), estorno.motivo(),
                    evento.eventoId()));
            concluir(evento, SituacaoEvento.APLICADO, pagamento, efeito, estorno.motivo());
        } else if (efeito instanceof Efeito.Cancelamento cancelamento) {
            if (cobranca.boletoId() == null) {
                concluir(evento, SituacaoEvento.REGISTRADO, pagamento, efeito, cancelamento.motivo()
                        + ", sem boleto vinculado");
            } else {
                enviar(evento, new CancelarBoletoCommand(cobranca.boletoId(), evento.tenantId(), cancelamento.motivo()));
                concluir(evento, SituacaoEvento.APLICADO, pagamento, efeito, "Boleto " + cobranca.boletoId()
                        + " cancelado: " + cancelamento.motivo());
            }
        } else if (efeito instanceof Efeito.Vencimento) {
            if (cobranca.boletoId() == null) {
                concluir(evento, SituacaoEvento.REGISTRADO, pagamento, efeito, "Cobrança vencida, sem boleto vinculado");
            } else {
                enviar(evento, new MarcarBoletoVencidoCommand(cobranca.boletoId(), evento.tenantId()));
                concluir(evento, SituacaoEvento.APLICADO, pagamento, efeito, "Boleto " + cobranca.boletoId() + " vencido");
            }
        }
    }

    private <R> R enviar(EventoDoProvedor evento, Object comando) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(comando).andMetaData(Map.of(
                "tenantId", evento.tenantId().toString(),
                "origem", "webhook:" + evento.provedor().name().toLowerCase(Locale.ROOT),
                "providerEventId", evento.eventoId())));
    }

    private boolean falhou(EventoDoProvedor evento, PagamentoId pagamento, RuntimeException e) {
        ErroDominio erro = erroDeDominio(e);
        // Not found may only mean the Pagamento's creation has not landed yet: retried, unlike other refusals.
        if (erro != null && erro.kind() != ErrorKind.NAO_ENCONTRADO) {
            concluir(evento, SituacaoEvento.RECUSADO, pagamento, null, erro.code() + ": " + erro.message());
            log.info("Provider event {} of {} refused: {}", evento.eventoId(), evento.provedor(), erro.code());
            return true;
        }
        String motivo = erro != null ? erro.code() + ": " + erro.message()
                : e instanceof FalhaNoProvedor falha ? falha.code() + ": " + falha.getMessage() : e.toString();
        int tentativas = evento.tentativas() + 1;
        if (tentativas >= maximoDeTentativas) {
            concluir(evento, SituacaoEvento.FALHOU, pagamento, null, motivo);
            log.error("Provider event {} of {} given up after {} attempts: {}", evento.eventoId(), evento.provedor(),
                    tentativas, motivo);
            return true;
        }
        Instant proxima = clock.instant().plusMillis(espera.apply(tentativas));
        eventos.adiar(evento.id(), tentativas, proxima, motivo);
        log.warn("Provider event {} of {} failed (attempt {}), retrying at {}: {}", evento.eventoId(),
                evento.provedor(), tentativas, proxima, motivo);
        return false;
    }

    private void concluir(EventoDoProvedor evento, SituacaoEvento situacao, PagamentoId pagamento, Efeito efeito,
            String detalhe) {
        Efeito.Recebimento recebimento = efeito instanceof Efeito.Recebimento r ? r : null;
        eventos.concluir(evento.id(), situacao, pagamento,
                recebimento == null ? null : recebimento.valor().centavos(),
                recebimento == null ? null : recebimento.data(), detalhe);
    }

    private static ErroDominio erroDeDominio(Throwable e) {
        for (Throwable atual = e; atual != null; atual = atual.getCause()) {
            if (atual instanceof CommandExecutionException execucao) {
                Optional<Object> detalhes = execucao.getDetails();
                if (detalhes.isPresent() && detalhes.get() instanceof ErroDominio erro) {
                    return erro;
                }
            }
            if (atual instanceof DomainException dominio) {
                return ErroDominio.de(dominio);
            }
            if (atual.getCause() == atual) {
                break;
            }
        }
        return null;
    }
}
