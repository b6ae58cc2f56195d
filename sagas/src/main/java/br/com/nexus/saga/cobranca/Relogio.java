package br.com.nexus.saga.cobranca;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The time the saga reads, so that tests can set it. */
@Component
public class Relogio {

    private final Clock clock;

    public Relogio() {
        this(Clock.systemUTC());
    }

    public Relogio(Clock clock) {
        this.clock = clock;
    }

    public Instant agora() {
        return clock.instant();
    }
}
