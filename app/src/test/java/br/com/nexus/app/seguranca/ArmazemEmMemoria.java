package br.com.nexus.app.seguranca;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Buckets in this node's memory: for a single node, and for tests that move the clock by hand. */
final class ArmazemEmMemoria implements ArmazemDeBaldes {

    /** Past this many keys, buckets that have refilled completely are dropped: they hold no history. */
    private static final int LIMPAR_ACIMA_DE = 10_000;

    private final TimeMeter relogio;
    private final ConcurrentMap<String, Entrada> baldes = new ConcurrentHashMap<>();

    ArmazemEmMemoria(TimeMeter relogio) {
        this.relogio = relogio;
    }

    @Override
    public Bucket balde(String chave, BucketConfiguration configuracao) {
        Entrada existente = baldes.get(chave);
        if (existente != null) {
            return existente.balde();
        }
        if (baldes.size() >= LIMPAR_ACIMA_DE) {
            baldes.values().removeIf(Entrada::cheio);
        }
        return baldes.computeIfAbsent(chave, c -> new Entrada(Bucket.builder()
                .withCustomTimePrecision(relogio)
                .addLimit(configuracao.getBandwidths()[0])
                .build(), configuracao.getBandwidths()[0].getCapacity())).balde();
    }

    @Override
    public Optional<Bucket> existente(String chave) {
        return Optional.ofNullable(baldes.get(chave)).map(Entrada::balde);
    }

    @Override
    public void esquecer(String chave) {
        baldes.remove(chave);
    }

    int tamanho() {
        return baldes.size();
    }

    private record Entrada(Bucket balde, long capacidade) {

        boolean cheio() {
            return balde.getAvailableTokens() >= capacidade;
        }
    }
}
