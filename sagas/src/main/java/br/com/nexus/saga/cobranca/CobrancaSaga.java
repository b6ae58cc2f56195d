package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.MarcarBoletoVencidoCommand;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.WhatsappOptInRegistrado;
import br.com.nexus.kernel.cliente.WhatsappOptOutRegistrado;
import br.com.nexus.kernel.cobranca.CobrancaEncerrada;
import br.com.nexus.kernel.cobranca.CobrancaEncerrada.MotivoEncerramento;
import br.com.nexus.kernel.cobranca.CobrancaInterrompida;
import br.com.nexus.kernel.cobranca.EtapaDeCobrancaExecutada;
import br.com.nexus.kernel.cobranca.EtapaDeCobrancaPulada;
import br.com.nexus.kernel.cobranca.EtapaPlanejada;
import br.com.nexus.kernel.cobranca.PlanejadorDeCobranca;
import br.com.nexus.kernel.cobranca.PlanoDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaDeCobrancaDefinida;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.SolicitarDisparoDeBoletoCommand;
import br.com.nexus.saga.comum.DespachoIsolado;
import br.com.nexus.saga.comum.ProcessadoresDasPoliticas;
import br.com.nexus.saga.comum.RecusaDeDominio;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The collection of one boleto, from {@code BoletoRegistrado} until it is paid, cancelled, or its
 * régua is done. It decides when and whether: each step of the tenant's régua is a persistent
 * deadline; when one fires the saga re-plans with the régua in force now (so a changed régua counts),
 * skips what is no longer due, re-checks what it tracks (paid, cancelled, opted out) and asks for the
 * dispatch with the step's template. The overdue deadline marks the boleto overdue for every origin.
 *
 * <p>A dispatch's id is derived from the boleto and the step, so a step re-run after a crash (the
 * dispatch requested, the saga's own commit lost) finds its dispatch already there instead of sending
 * a second message.
 */
@Saga
@ProcessingGroup(CobrancaSaga.GRUPO)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class CobrancaSaga {

    public static final String GRUPO = "cobranca-saga";
    static final int LOTE = 50;
    static final int SEGMENTOS = 4;
    static final String BOLETO = "boletoId";
    static final String CLIENTE = "clienteId";
    static final String TENANT = "tenantId";
    static final String DISPARO = "disparoId";
    static final String ETAPA = "cobranca-etapa";
    static final String VENCIDO = "cobranca-vencido";
    /** How long the first message waits for a PDF still being downloaded or generated. */
    static final Duration ESPERA_PELO_PDF = Duration.ofMinutes(10);
    static final Duration PASSO_DA_ESPERA = Duration.ofMinutes(1);
    /** When a step that failed for a technical reason (the command side down, say) is tried again. */
    static final Duration NOVA_TENTATIVA = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(CobrancaSaga.class);
    private static final Set<String> NUMERO_INUTIL = Set.of("numero_sem_whatsapp", "destino_invalido");
    private static final Set<String> SEM_CONTATO = Set.of("CLIENTE_SEM_WHATSAPP", "CLIENTE_INATIVO");

    private BoletoId boletoId;
    private TenantId tenantId;
    private ClienteId clienteId;
    private OrigemBoleto origem;
    private LocalDate vencimento;
    private Instant registradoEm;
    private boolean pdfAnexado;
    /** A step found the PDF still missing and looks again later; the PDF's arrival brings it forward. */
    private boolean esperandoPdf;
    private boolean vencido;
    private boolean optOut;
    private String interrompida;
    private final Set<Integer> tratadas = new TreeSet<>();
    private String prazoEtapa;
    private String prazoVencido;

    @StartSaga
    @SagaEventHandler(associationProperty = BOLETO)
    void on(BoletoRegistrado evento, @Timestamp Instant quando, DeadlineManager prazos, ReguasVigentes reguas,
            EnviosAoCliente envios, Relogio relogio) {
        if (boletoId != null) {
            return;
        }
        identificar(evento.boletoId(), evento.tenantId(), evento.clienteId(), evento.origem(), evento.vencimento(),
                quando);
        acompanhar(quando, prazos, reguas, envios, relogio);
    }

    /**
     * The payment that ended the collection was refunded in full: it starts over, as for a boleto
     * registered now. Steps already sent keep their dispatch ids, so none goes out twice; a boleto
     * reopened after its date is marked overdue at once, unless it already was.
     */
    @StartSaga
    @SagaEventHandler(associationProperty = BOLETO)
    void on(BoletoReaberto evento, @Timestamp Instant quando, DeadlineManager prazos, ReguasVigentes reguas,
            EnviosAoCliente envios, Relogio relogio) {
        if (boletoId != null) {
            return;
        }
        identificar(evento.boletoId(), evento.tenantId(), evento.clienteId(), evento.origem(), evento.vencimento(),
                quando);
        // Its PDF, if it ever gets one, had its time before the payment; no reason to wait for it again.
        pdfAnexado = true;
        vencido = evento.vencido();
        acompanhar(quando, prazos, reguas, envios, relogio);
    }

    private void identificar(BoletoId boleto, TenantId tenant, ClienteId cliente, OrigemBoleto origemDoBoleto,
            LocalDate vencimentoDoBoleto, Instant quando) {
        boletoId = boleto;
        tenantId = tenant;
        clienteId = cliente;
        origem = origemDoBoleto;
        vencimento = vencimentoDoBoleto;
        registradoEm = quando;
    }

    /** Follows the cliente and the tenant's régua: the overdue deadline (unless already overdue) and the next step. */
    private void acompanhar(Instant quando, DeadlineManager prazos, ReguasVigentes reguas, EnviosAoCliente envios,
            Relogio relogio) {
        SagaLifecycle.associateWith(CLIENTE, clienteId.toString());
        SagaLifecycle.associateWith(TENANT, tenantId.toString());
        ReguaDeCobranca regua = reguas.doTenant(tenantId);
        Instant agora = agora(quando, relogio);
        if (!vencido) {
            prazoVencido = prazos.schedule(PlanejadorDeCobranca.vencidoEm(regua, vencimento), VENCIDO,
                    new PrazoDeVencimento(boletoId));
        }
        replanejar(regua, agora, prazos, envios);
    }

    /** The step that was waiting for this PDF goes now, not at its next look. */
    @SagaEventHandler(associationProperty = BOLETO)
    void on(BoletoPdfAnexado evento, @Timestamp Instant quando, DeadlineManager prazos, Relogio relogio) {
        pdfAnexado = true;
        if (esperandoPdf && prazoEtapa != null) {
            esperandoPdf = false;
            agendarEtapa(prazos, agora(quando, relogio));
        }
    }

    @SagaEventHandler(associationProperty = BOLETO)
    void on(BoletoVencido evento, DeadlineManager prazos) {
        vencido = true;
        prazoVencido = cancelar(prazos, VENCIDO, prazoVencido);
    }

    /** The rest is still owed: the régua goes on (its messages show the balance). */
    @SagaEventHandler(associationProperty = BOLETO)
    void on(BoletoPagoParcialmente evento) {
        log.info("Boleto {} pago em parte; a régua segue sobre o saldo {}", boletoId, evento.saldo());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BOLETO)
    void on(BoletoPago evento, DeadlineManager prazos, EventBus eventos) {
        encerrar(prazos, eventos, MotivoEncerramento.PAGO, "Pagamento " + evento.pagamentoId());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BOLETO)
    void on(BoletoCancelado evento, DeadlineManager prazos, EventBus eventos) {
        encerrar(prazos, eventos, MotivoEncerramento.CANCELADO, evento.motivo());
    }

    @SagaEventHandler(associationProperty = CLIENTE)
    void on(WhatsappOptOutRegistrado evento) {
        optOut = true;
    }

    @SagaEventHandler(associationProperty = CLIENTE)
    void on(WhatsappOptInRegistrado evento) {
        optOut = false;
    }

    @SagaEventHandler(associationProperty = TENANT)
    void on(ReguaDeCobrancaDefinida evento, @Timestamp Instant quando, DeadlineManager prazos, EnviosAoCliente todos,
            EventBus eventos, Relogio relogio) {
        EnviosAoCliente envios = new EnviosLembrados(todos);
        Instant agora = agora(quando, relogio);
        if (!vencido) {
            prazoVencido = cancelar(prazos, VENCIDO, prazoVencido);
            prazoVencido = prazos.schedule(PlanejadorDeCobranca.vencidoEm(evento.regua(), vencimento), VENCIDO,
                    new PrazoDeVencimento(boletoId));
        }
        replanejar(evento.regua(), agora, prazos, envios);
        encerrarSeConcluida(evento.regua(), agora, prazos, eventos, envios);
    }

    /** A dispatch failed for good: a number that cannot receive WhatsApp ends the messages; otherwise the next step follows. */
    @SagaEventHandler(associationProperty = DISPARO)
    void on(DisparoFalhou evento, DeadlineManager prazos, EventBus eventos) {
        if (!evento.retentavel() && NUMERO_INUTIL.contains(codigo(evento.erro()))) {
            interromper(prazos, eventos, "O número do cliente não recebe WhatsApp (" + codigo(evento.erro()) + ")");
        }
    }

    @SagaEventHandler(associationProperty = DISPARO)
    void on(DisparoAbandonado evento) {
        log.info("Disparo {} do boleto {} abandonado ({}); a régua segue na próxima etapa", evento.disparoId(),
                boletoId, evento.motivo());
    }

    @DeadlineHandler(deadlineName = ETAPA)
    void on(EtapaDevida prazo, @Timestamp Instant quando, DeadlineManager prazos, ReguasVigentes reguas,
            EnviosAoCliente todos, DespachoIsolado despacho, EventBus eventos, Relogio relogio) {
        EnviosAoCliente envios = new EnviosLembrados(todos);
        prazoEtapa = null;
        esperandoPdf = false;
        Instant agora = agora(quando, relogio);
        ReguaDeCobranca regua = reguas.doTenant(tenantId);
        PlanoDeCobranca plano = planejar(regua, agora, envios);
        List<EtapaPlanejada> devidas = plano.devidasAte(agora);
        Optional<Instant> adiar = Optional.empty();
        for (EtapaPlanejada etapa : devidas) {
            if (!etapa.prevista()) {
                pular(eventos, etapa, "ETAPA_PERDIDA", etapa.motivo());
            } else {
                adiar = executar(etapa, regua, agora, envios, despacho, eventos);
            }
        }
        if (adiar.isPresent()) {
            agendarEtapa(prazos, adiar.get());
        } else {
            replanejar(regua, agora, prazos, envios);
            encerrarSeConcluida(regua, agora, prazos, eventos, envios);
        }
    }

    @DeadlineHandler(deadlineName = VENCIDO)
    void on(PrazoDeVencimento prazo, @Timestamp Instant quando, DeadlineManager prazos, ReguasVigentes reguas,
            EnviosAoCliente envios, DespachoIsolado despacho, EventBus eventos, Relogio relogio) {
        prazoVencido = null;
        Instant agora = agora(quando, relogio);
        if (!vencido) {
            try {
                despacho.enviar(new MarcarBoletoVencidoCommand(boletoId, tenantId));
            } catch (CommandExecutionException e) {
                if (RecusaDeDominio.de(e).isEmpty()) {
                    log.warn("Boleto {} não pôde ser marcado vencido agora; nova tentativa em {}", boletoId,
                            NOVA_TENTATIVA, e);
                    prazoVencido = prazos.schedule(agora.plus(NOVA_TENTATIVA), VENCIDO, prazo);
                    return;
                }
                // Paid or cancelled in the meantime: the event that says so ends this saga.
                return;
            } catch (RuntimeException e) {
                log.warn("Boleto {} não pôde ser marcado vencido agora; nova tentativa em {}", boletoId,
                        NOVA_TENTATIVA, e);
                prazoVencido = prazos.schedule(agora.plus(NOVA_TENTATIVA), VENCIDO, prazo);
                return;
            }
            vencido = true;
        }
        ReguaDeCobranca regua = reguas.doTenant(tenantId);
        encerrarSeConcluida(regua, agora, prazos, eventos, envios);
    }

    /** Sends one step; returns when to come back instead if it has to wait (for the PDF, or after a failure). */
    private Optional<Instant> executar(EtapaPlanejada etapa, ReguaDeCobranca regua, Instant agora,
            EnviosAoCliente envios, DespachoIsolado despacho, EventBus eventos) {
        if (interrompida != null) {
            pular(eventos, etapa, "COBRANCA_INTERROMPIDA", interrompida);
            return Optional.empty();
        }
        if (optOut) {
            pular(eventos, etapa, "WHATSAPP_OPT_OUT", "O cliente pediu para não receber WhatsApp");
            return Optional.empty();
        }
        if (esperaPdf(agora)) {
            esperandoPdf = true;
            return Optional.of(agora.plus(PASSO_DA_ESPERA));
        }
        Instant anterior = envios.ultimo(tenantId, clienteId).orElse(null);
        Duration espacamento = Duration.ofHours(regua.espacamentoMinimoHoras());
        if (!envios.reservar(tenantId, clienteId, agora, espacamento)) {
            return Optional.empty();
        }
        DisparoId disparoId = disparoDaEtapa(etapa);
        try {
            despacho.enviar(new SolicitarDisparoDeBoletoCommand(disparoId, tenantId, boletoId, etapa.modeloId(), false));
        } catch (CommandExecutionException e) {
            Optional<ErroDominio> recusa = RecusaDeDominio.de(e);
            if (recusa.isEmpty()) {
                return falhaTecnica(etapa, agora, anterior, envios, e);
            }
            if (!"DISPARO_JA_EXISTE".equals(recusa.get().code())) {
                envios.devolver(tenantId, clienteId, agora, anterior);
                pular(eventos, etapa, recusa.get().code(), recusa.get().message());
                if (SEM_CONTATO.contains(recusa.get().code())) {
                    interrompida = recusa.get().message();
                    publicar(eventos, new CobrancaInterrompida(boletoId, tenantId, clienteId, interrompida));
                }
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            return falhaTecnica(etapa, agora, anterior, envios, e);
        }
        tratadas.add(etapa.diasRelativosAoVencimento());
        SagaLifecycle.associateWith(DISPARO, disparoId.toString());
        publicar(eventos, new EtapaDeCobrancaExecutada(boletoId, tenantId, clienteId, etapa.nome(),
                etapa.diasRelativosAoVencimento(), disparoId));
        return Optional.empty();
    }

    private Optional<Instant> falhaTecnica(EtapaPlanejada etapa, Instant agora, Instant anterior, EnviosAoCliente envios,
            RuntimeException e) {
        log.warn("Etapa {} do boleto {} não pôde ser pedida agora; nova tentativa em {}", etapa.nome(), boletoId,
                NOVA_TENTATIVA, e);
        envios.devolver(tenantId, clienteId, agora, anterior);
        return Optional.of(agora.plus(NOVA_TENTATIVA));
    }

    /** A boleto whose PDF comes from the portal or the generator waits a little for it before its first message. */
    private boolean esperaPdf(Instant agora) {
        boolean esperado = origem == OrigemBoleto.CANOPUS || origem == OrigemBoleto.GERADO;
        return esperado && !pdfAnexado && agora.isBefore(registradoEm.plus(ESPERA_PELO_PDF));
    }

    private void replanejar(ReguaDeCobranca regua, Instant agora, DeadlineManager prazos, EnviosAoCliente envios) {
        prazoEtapa = cancelar(prazos, ETAPA, prazoEtapa);
        esperandoPdf = false;
        if (interrompida != null) {
            return;
        }
        PlanoDeCobranca plano = planejar(regua, agora, envios);
        Optional<Instant> proxima = plano.devidasAte(agora).stream().anyMatch(EtapaPlanejada::prevista)
                ? Optional.of(agora)
                : plano.proximaDepoisDe(agora).map(EtapaPlanejada::quando);
        proxima.ifPresent(instante -> agendarEtapa(prazos, instante));
    }

    private void encerrarSeConcluida(ReguaDeCobranca regua, Instant agora, DeadlineManager prazos, EventBus eventos,
            EnviosAoCliente envios) {
        boolean semEtapas = interrompida != null
                || planejar(regua, agora, envios).etapas().stream().noneMatch(EtapaPlanejada::prevista);
        if (vencido && prazoEtapa == null && semEtapas) {
            encerrar(prazos, eventos, interrompida != null ? MotivoEncerramento.ABANDONADA
                    : MotivoEncerramento.REGUA_CONCLUIDA, interrompida);
            SagaLifecycle.end();
        }
    }

    private PlanoDeCobranca planejar(ReguaDeCobranca regua, Instant agora, EnviosAoCliente envios) {
        return PlanejadorDeCobranca.planejar(regua, vencimento, agora, tratadas,
                envios.ultimo(tenantId, clienteId).orElse(null));
    }

    private void interromper(DeadlineManager prazos, EventBus eventos, String motivo) {
        if (interrompida != null) {
            return;
        }
        interrompida = motivo;
        prazoEtapa = cancelar(prazos, ETAPA, prazoEtapa);
        publicar(eventos, new CobrancaInterrompida(boletoId, tenantId, clienteId, motivo));
    }

    private void pular(EventBus eventos, EtapaPlanejada etapa, String codigo, String motivo) {
        tratadas.add(etapa.diasRelativosAoVencimento());
        publicar(eventos, new EtapaDeCobrancaPulada(boletoId, tenantId, clienteId, etapa.nome(),
                etapa.diasRelativosAoVencimento(), codigo, motivo));
    }

    private void encerrar(DeadlineManager prazos, EventBus eventos, MotivoEncerramento motivo, String detalhe) {
        prazoEtapa = cancelar(prazos, ETAPA, prazoEtapa);
        prazoVencido = cancelar(prazos, VENCIDO, prazoVencido);
        publicar(eventos, new CobrancaEncerrada(boletoId, tenantId, clienteId, motivo, detalhe));
    }

    private void agendarEtapa(DeadlineManager prazos, Instant quando) {
        prazoEtapa = cancelar(prazos, ETAPA, prazoEtapa);
        prazoEtapa = prazos.schedule(quando, ETAPA, new EtapaDevida(boletoId));
    }

    /**
     * A deadline that already fired or was lost is nothing to cancel; the db-scheduler store throws
     * for it (AxonFramework #3857), and retrying would never succeed.
     */
    private String cancelar(DeadlineManager prazos, String nome, String id) {
        if (id != null) {
            try {
                prazos.cancelSchedule(nome, id);
            } catch (RuntimeException e) {
                log.debug("Prazo {} {} do boleto {} já não existia", nome, id, boletoId);
            }
        }
        return null;
    }

    private DisparoId disparoDaEtapa(EtapaPlanejada etapa) {
        String chave = "cobranca:" + boletoId + ":" + etapa.diasRelativosAoVencimento();
        return new DisparoId(UUID.nameUUIDFromBytes(chave.getBytes(StandardCharsets.UTF_8)));
    }

    private static void publicar(EventBus eventos, Object evento) {
        eventos.publish(GenericEventMessage.asEventMessage(evento));
    }

    private static String codigo(String erro) {
        int separador = erro == null ? -1 : erro.indexOf(':');
        return separador < 0 ? String.valueOf(erro) : erro.substring(0, separador);
    }

    /** The message's time, or the clock's when it is later (a deadline handled late, after a restart). */
    private static Instant agora(Instant doEvento, Relogio relogio) {
        Instant atual = relogio.agora();
        return atual.isAfter(doEvento) ? atual : doEvento;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processador {

        /**
         * The saga's event handlers only plan: they schedule and cancel deadlines and publish events,
         * all in the processor's transaction (commands go from the deadline handlers, each in its own),
         * so its events are handled in batches, one transaction and token update for many. Each event
         * costs a few round trips to the database (the saga and its associations, its deadlines), so
         * {@value #SEGMENTOS} threads share the sagas, each boleto's always on the same one.
         */
        @Autowired
        void registrar(EventProcessingConfigurer configurer) {
            ProcessadoresDasPoliticas.registrar(configurer, GRUPO, LOTE, SEGMENTOS);
        }
    }
}
