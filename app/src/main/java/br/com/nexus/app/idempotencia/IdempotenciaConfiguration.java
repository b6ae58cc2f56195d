package br.com.nexus.app.idempotencia;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The purge of old keys (a db-scheduler task, once at a time across nodes) and the header in the API docs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotenciaProperties.class)
class IdempotenciaConfiguration {

    static final String TAREFA_LIMPEZA = "idempotencia-limpeza";
    static final String PARAMETRO = "IdempotencyKey";

    private static final Logger log = LoggerFactory.getLogger(IdempotenciaConfiguration.class);

    @Bean
    RecurringTask<Void> tarefaDeLimpezaDasChaves(RequisicoesIdempotentes requisicoes,
            IdempotenciaProperties propriedades) {
        return Tasks.recurring(TAREFA_LIMPEZA, FixedDelay.of(propriedades.limpeza()))
                .execute((instancia, contexto) -> {
                    int apagadas = requisicoes.apagarVencidas(propriedades.retencao());
                    if (apagadas > 0) {
                        log.info("Purged {} idempotency keys older than {}", apagadas, propriedades.retencao());
                    }
                });
    }

    @Bean
    OpenApiCustomizer cabecalhoDeIdempotencia(IdempotenciaProperties propriedades) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addParameters(PARAMETRO, new HeaderParameter()
                    .name(IdempotenciaFilter.CABECALHO)
                    .required(false)
                    .schema(new StringSchema().minLength(1).maxLength(IdempotenciaFilter.TAMANHO_MAXIMO)
                            .pattern("^[\\x20-\\x7E]+$"))
                    .example("3f6c1a52-9d1e-4d0b-a7a4-2f1f0e6c9b10")
                    .description("Chave única por operação (por exemplo um UUID), guardada por "
                            + propriedades.retencao().toHours() + " h por empresa e usuário. A mesma requisição "
                            + "repetida com a mesma chave recebe a primeira resposta de novo, com o cabeçalho "
                            + IdempotenciaFilter.REPETIDA + ": true, sem criar nada outra vez. A mesma chave com "
                            + "outro caminho ou corpo: 422 " + IdempotenciaFilter.CHAVE_REUTILIZADA + "; enquanto a "
                            + "primeira ainda está em andamento: 409 " + IdempotenciaFilter.EM_ANDAMENTO
                            + "; chave inválida: 400 " + IdempotenciaFilter.CHAVE_INVALIDA
                            + ". Uma resposta 5xx não é guardada: pode-se tentar de novo com a mesma chave."));
            Parameter referencia = new Parameter().$ref("#/components/parameters/" + PARAMETRO);
            for (String caminho : IdempotenciaFilter.OPERACOES) {
                PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(caminho);
                Operation post = item == null ? null : item.getPost();
                if (post != null) {
                    post.addParametersItem(referencia);
                }
            }
        };
    }
}
