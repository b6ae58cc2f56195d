package br.com.nexus.query.projecao;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.query.comum.Grupos;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the event store: stops its tracking processor, resets its tokens
 * (whose reset handlers empty the group's tables) and starts it again, while the API keeps
 * answering from the tables as they refill. Only the read models' own groups may be replayed:
 * replaying a saga or a gateway worker would repeat its side effects.
 */
@Component
public class Projecoes {

    private static final Logger log = LoggerFactory.getLogger(Projecoes.class);

    private final EventProcessingConfiguration processamento;

    public Projecoes(EventProcessingConfiguration processamento) {
        this.processamento = processamento;
    }

    public List<EstadoProjecao> todas() {
        return Grupos.TODOS.stream().map(this::estado).toList();
    }

    public EstadoProjecao estado(String grupo) {
        TrackingEventProcessor processador = processador(grupo);
        Long posicaoFinal = posicao(processador.getMessageSource().createHeadToken());
        List<EstadoSegmento> segmentos = processador.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(Projecoes::segmento)
                .toList();
        boolean replay = segmentos.stream().anyMatch(EstadoSegmento::replay);
        boolean emDia = !segmentos.isEmpty() && segmentos.stream().allMatch(EstadoSegmento::emDia) && !replay;
        return new EstadoProjecao(grupo, processador.isRunning(), processador.isError(), replay, emDia, posicaoFinal,
                progresso(segmentos, posicaoFinal, emDia), segmentos);
    }

    /** Starts rebuilding the group; the answer shows the replay just begun. */
    public synchronized EstadoProjecao replay(String grupo) {
        TrackingEventProcessor processador = processador(grupo);
        if (!processador.supportsReset()) {
            throw DomainException.regraViolada("REPLAY_NAO_SUPORTADO", "A projeção " + grupo + " não pode ser refeita");
        }
        log.info("Replay da projeção {} pedido", grupo);
        processador.shutDown();
        try {
            processador.resetTokens();
        } catch (RuntimeException e) {
            log.warn("Replay da projeção {} recusado: {}", grupo, e.getMessage());
            throw DomainException.conflito("REPLAY_INDISPONIVEL",
                    "Não foi possível reiniciar a projeção agora (outro nó a processa?); tente novamente");
        } finally {
            processador.start();
        }
        return estado(grupo);
    }

    private TrackingEventProcessor processador(String grupo) {
        if (!Grupos.TODOS.contains(grupo)) {
            throw naoEncontrada(grupo);
        }
        return processamento.eventProcessor(grupo, TrackingEventProcessor.class)
                .orElseThrow(() -> naoEncontrada(grupo));
    }

    private static DomainException naoEncontrada(String grupo) {
        return DomainException.naoEncontrado("PROJECAO_NAO_ENCONTRADA", "Projeção desconhecida: " + grupo);
    }

    /**
     * Axon keeps a segment flagged as replaying until it handles an event newer than the reset
     * point; for the people watching, the replay is over once the segment reached that point.
     */
    private static EstadoSegmento segmento(EventTrackerStatus status) {
        Long posicao = valor(status.getCurrentPosition());
        Long posicaoReset = status.isReplaying() ? valor(status.getResetPosition()) : null;
        boolean replay = status.isReplaying()
                && (posicao == null || posicaoReset == null || posicao < posicaoReset);
        return new EstadoSegmento(status.getSegment().getSegmentId(), posicao, replay ? posicaoReset : null, replay,
                status.isCaughtUp(), status.isErrorState() && status.getError() != null
                        ? status.getError().getClass().getSimpleName() + ": " + status.getError().getMessage() : null);
    }

    /** The slowest segment's share of the way to its target: the reset position in a replay, else the head. */
    private static BigDecimal progresso(List<EstadoSegmento> segmentos, Long posicaoFinal, boolean emDia) {
        if (emDia || posicaoFinal == null) {
            return BigDecimal.valueOf(100).setScale(2);
        }
        BigDecimal menor = BigDecimal.valueOf(100).setScale(2);
        for (EstadoSegmento s : segmentos) {
            long alvo = s.replay() && s.posicaoReset() != null ? s.posicaoReset() : posicaoFinal;
            long feito = s.posicao() == null ? 0 : s.posicao();
            BigDecimal parcela = alvo <= 0 ? BigDecimal.valueOf(100).setScale(2)
                    : BigDecimal.valueOf(Math.min(feito, alvo) * 100L).divide(BigDecimal.valueOf(alvo), 2,
                            RoundingMode.DOWN);
            menor = menor.min(parcela);
        }
        return segmentos.isEmpty() ? BigDecimal.ZERO.setScale(2) : menor;
    }

    private static Long posicao(TrackingToken token) {
        return token == null ? null : valor(token.position());
    }

    private static Long valor(OptionalLong posicao) {
        return posicao.isPresent() ? posicao.getAsLong() : null;
    }
}
