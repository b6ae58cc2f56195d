package br.com.nexus.app.console;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/** Renders one fragment of a page outside a request's view, for pieces pushed as server-sent events. */
@Component
class Fragmentos {

    private static final Locale BRASIL = Locale.forLanguageTag("pt-BR");

    private final ITemplateEngine motor;
    private final ApplicationContext aplicacao;

    Fragmentos(ITemplateEngine motor, ApplicationContext aplicacao) {
        this.motor = motor;
        this.aplicacao = aplicacao;
    }

    String renderizar(String pagina, String fragmento, String variavel, Object valor) {
        Context contexto = new Context(BRASIL);
        contexto.setVariable(variavel, valor);
        // Lets the fragment call beans (@formatos) as it does inside a page.
        contexto.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(aplicacao, null));
        return motor.process(pagina, Set.of(fragmento), contexto);
    }
}
