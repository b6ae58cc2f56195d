package br.com.nexus.command.pagamento.provedor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
final class RelogioDeTeste extends Clock {

    private Instant agora;

    RelogioDeTeste(Instant inicio) {
        this.agora = inicio;
    }

    void avancar(Duration quanto) {
        agora = agora.plus(quanto);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return agora;
    }
}
