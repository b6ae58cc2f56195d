package br.com.nexus.app.seguranca;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/** A clock the test moves by hand, for buckets that refill with time. */
final class RelogioFalso implements TimeMeter {

    private long nanos = 1_000_000_000L;

    void avancar(Duration duracao) {
        nanos += duracao.toNanos();
    }

    @Override
    public long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
