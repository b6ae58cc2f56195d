package br.com.nexus.app.demo.simulador;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Where this very application answers: the simulators and our own webhooks live in it. */
@Component
@Profile("demo")
public class EnderecoLocal implements ApplicationListener<WebServerInitializedEvent> {

    private volatile int porta;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent evento) {
        if (evento.getApplicationContext().getServerNamespace() == null) {
            porta = evento.getWebServer().getPort();
        }
    }

    /** {@code caminho} on this application, e.g. {@code /api/webhooks/asaas}. */
    public String url(String caminho) {
        if (porta <= 0) {
            throw new IllegalStateException("The web server has not started yet");
        }
        return "http://localhost:" + porta + caminho;
    }
}
