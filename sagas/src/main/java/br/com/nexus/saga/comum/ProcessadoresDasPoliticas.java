package br.com.nexus.saga.comum;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * How the processors of the policies run.
 *
 * <ul>
 * <li>They start at the head of the event stream. Their handlers send commands, so a fresh
 * deployment (or a new processor) over an existing history must not send again what was
 * already sent; only events from now on are theirs. Resets are refused as well
 * ({@code @DisallowReplay}). The head is taken when the processor first claims its segment,
 * moments after the application starts; after that the position is kept in the token store and
 * restarts resume where they stopped.</li>
 * <li>A failed handler is never skipped: Axon's default error handler logs and moves on, which
 * would lose a cliente or the settlement of a boleto for good. The failure propagates: a policy
 * group with a dead-letter queue (configured by the application, by group name) parks the event
 * with its aggregate's later ones and retries it later; a saga's processor retries it in place.
 * Business rejections never reach it; the policies record them as events.</li>
 * </ul>
 */
public final class ProcessadoresDasPoliticas {

    private ProcessadoresDasPoliticas() {
    }

    public static void registrar(EventProcessingConfigurer configurer, String grupo) {
        registrar(configurer, grupo, 1);
    }

    /**
     * With events handled {@code lote} to a transaction. Only for a group whose handlers do all their
     * work inside the processor's transaction: a failure rolls the whole batch back and handles it
     * again, so a command sent by an earlier event of the batch would be sent twice.
     */
    public static void registrar(EventProcessingConfigurer configurer, String grupo, int lote) {
        registrar(configurer, grupo, lote, 1);
    }

    /**
     * As {@link #registrar(EventProcessingConfigurer, String, int)}, on {@code segmentos} threads, each
     * owning a segment of the stream. Only for a group whose handlers keep their order by themselves
     * per segment: a saga instance lives in one segment, so its events still arrive in order. The
     * segments are laid out when the processor first starts; a store that already holds its token
     * keeps the segments it has.
     */
    public static void registrar(EventProcessingConfigurer configurer, String grupo, int lote, int segmentos) {
        configurer.registerTrackingEventProcessor(grupo, Configuration::eventStore,
                c -> TrackingEventProcessorConfiguration.forParallelProcessing(segmentos).andBatchSize(lote)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        configurer.registerListenerInvocationErrorHandler(grupo, c -> PropagatingErrorHandler.instance());
    }
}
