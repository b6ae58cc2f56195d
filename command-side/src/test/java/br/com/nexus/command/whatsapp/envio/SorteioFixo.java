package br.com.nexus.command.whatsapp.envio;

import java.util.random.RandomGenerator;

/** A "random" source that always lands at the same fraction of the range, so schedules can be asserted. */
final class SorteioFixo implements RandomGenerator {

    private final double fracao;

    SorteioFixo(double fracao) {
        this.fracao = fracao;
    }

    static SorteioFixo minimo() {
        return new SorteioFixo(0);
    }

    static SorteioFixo maximo() {
        return new SorteioFixo(1);
    }

    @Override
    public long nextLong() {
        return 0;
    }

    @Override
    public long nextLong(long origem, long limite) {
        return origem + Math.round((limite - 1 - origem) * fracao);
    }

    @Override
    public double nextDouble() {
        return Math.min(fracao, 0.999_999);
    }
}
