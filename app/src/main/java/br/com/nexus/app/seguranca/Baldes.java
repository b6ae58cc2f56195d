package br.com.nexus.app.seguranca;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * One token bucket per key (an address, an account) of one limit. The stored key is a hash of the
 * limit's name and the key, so addresses and e-mails are not kept in clear.
 */
final class Baldes {

    private final String nome;
    private final BucketConfiguration configuracao;
    private final ArmazemDeBaldes armazem;

    Baldes(String nome, long capacidade, Duration janela, ArmazemDeBaldes armazem) {
        if (capacidade < 1 || janela.isZero() || janela.isNegative()) {
            throw new IllegalArgumentException("Limite inválido: " + capacidade + " por " + janela);
        }
        this.nome = nome;
        this.configuracao = BucketConfiguration.builder()
                .addLimit(limite -> limite.capacity(capacidade).refillGreedy(capacidade, janela))
                .build();
        this.armazem = armazem;
    }

    /** Takes one token from the key's bucket; when there is none, how long until there is. */
    Optional<Duration> consumir(String chave) {
        ConsumptionProbe probe = armazem.balde(guardada(chave), configuracao).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether the key still has a token, without taking it; when not, how long until it has. */
    Optional<Duration> esgotado(String chave) {
        return armazem.existente(guardada(chave)).flatMap(balde -> {
            EstimationProbe probe = balde.estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Optional.empty()
                    : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        });
    }

    void esquecer(String chave) {
        armazem.esquecer(guardada(chave));
    }

    private String guardada(String chave) {
        try {
            byte[] resumo = MessageDigest.getInstance("SHA-256")
                    .digest((nome + '\n' + chave).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(resumo);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
