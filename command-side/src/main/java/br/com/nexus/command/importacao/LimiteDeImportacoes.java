package br.com.nexus.command.importacao;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many spreadsheet imports this server runs at once ({@code nexus.importacao.simultaneas}):
 * reading a sheet and issuing its thousands of commands is the heaviest thing a user can ask, and
 * several at once must not starve every other tenant's requests. One beyond the limit waits a
 * moment ({@code nexus.importacao.espera}) for a slot, then is refused with 429.
 */
@Component
class LimiteDeImportacoes {

    /** About what a large import takes; the client may try again then. */
    static final Duration TENTE_EM = Duration.ofSeconds(15);

    private final Semaphore vagas;
    private final Duration espera;

    LimiteDeImportacoes(@Value("${nexus.importacao.simultaneas:2}") int simultaneas,
            @Value("${nexus.importacao.espera:PT2S}") Duration espera) {
        if (simultaneas < 1) {
            throw new IllegalArgumentException("nexus.importacao.simultaneas deve ser ao menos 1");
        }
        this.vagas = new Semaphore(simultaneas, true);
        this.espera = espera;
    }

    <T> T executar(Supplier<T> importacao) {
        try {
            if (!vagas.tryAcquire(espera.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportacoesSimultaneasDemais(TENTE_EM);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportacoesSimultaneasDemais(TENTE_EM);
        }
        try {
            return importacao.get();
        } finally {
            vagas.release();
        }
    }

    /** Whether an import is waiting for a slot right now. */
    boolean haQuemEspere() {
        return vagas.hasQueuedThreads();
    }
}
