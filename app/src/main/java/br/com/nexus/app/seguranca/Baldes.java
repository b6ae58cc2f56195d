package br.com.nexus.app.seguranca;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One token bucket per key (an address, an account), kept in this node's memory. */
final class Baldes {

    /** Past this many keys, buckets that have refilled completely are dropped: they hold no history. */
    private static final int LIMPAR_ACIMA_DE = 10_000;

    private final long capacidade;
    private final Duration janela;
    private final TimeMeter relogio;
    private final ConcurrentMap<String, Bucket> baldes = new ConcurrentHashMap<>();

    Baldes(long capacidade, Duration janela, TimeMeter relogio) {
        if (capacidade < 1 || janela.isZero() || janela.isNegative()) {
            throw new IllegalArgumentException("Limite inválido: " + capacidade + " por " + janela);
        }
        this.capacidade = capacidade;
        this.janela = janela;
        this.relogio = relogio;
    }

    /** Takes one token from the key's bucket; when there is none, how long until there is. */
    Optional<Duration> consumir(String chave) {
        ConsumptionProbe probe = balde(chave).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether the key still has a token, without taking it; when not, how long until it has. */
    Optional<Duration> esgotado(String chave) {
        Bucket existente = baldes.get(chave);
        if (existente == null) {
            return Optional.empty();
        }
        EstimationProbe probe = existente.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    void esquecer(String chave) {
        baldes.remove(chave);
    }

    int tamanho() {
        return baldes.size();
    }

    private Bucket balde(String chave) {
        Bucket existente = baldes.get(chave);
        if (existente != null) {
            return existente;
        }
        if (baldes.size() >= LIMPAR_ACIMA_DE) {
            baldes.values().removeIf(b -> b.getAvailableTokens() >= capacidade);
        }
        return baldes.computeIfAbsent(chave, c -> Bucket.builder()
                .addLimit(limite -> limite.capacity(capacidade).refillGreedy(capacidade, janela))
                .withCustomTimePrecision(relogio)
                .build());
    }
}
