package br.com.nexus.saga.download;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a download run may go without any cliente finishing before it is closed as expired
 * ({@code nexus.download.prazo-sem-progresso}, default 15 minutes): far above one cliente's
 * budget, so only a run whose worker died (a crash, a lost node) ever reaches it.
 */
@Component
public class PrazosDeDownload {

    private final Duration semProgresso;

    public PrazosDeDownload(@Value("${nexus.download.prazo-sem-progresso:PT15M}") Duration semProgresso) {
        this.semProgresso = semProgresso;
    }

    public Duration semProgresso() {
        return semProgresso;
    }
}
