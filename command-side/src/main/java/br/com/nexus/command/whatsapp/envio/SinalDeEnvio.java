package br.com.nexus.command.whatsapp.envio;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Tells the sender that an attempt was queued, once the transaction that queued it has committed
 * (before that the sender would not see it), so that a dispatch due now goes out now instead of at
 * the next periodic sweep.
 */
@Component
class SinalDeEnvio {

    private volatile Runnable ouvinte = () -> { };

    void ouvir(Runnable ouvinte) {
        this.ouvinte = ouvinte;
    }

    void avisar() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> ouvinte.run());
        } else {
            ouvinte.run();
        }
    }
}
