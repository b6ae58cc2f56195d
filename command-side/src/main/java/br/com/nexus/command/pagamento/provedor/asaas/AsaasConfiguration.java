package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor;
import br.com.nexus.command.pagamento.provedor.EventosDoProvedor;
import br.com.nexus.command.pagamento.provedor.ProcessadorDeEventosDoProvedor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Asaas HTTP client (a caller waits at most about three timeouts plus the backoff) and the
 * reconciliation with Asaas, a db-scheduler task that runs on one node at a time every
 * {@code nexus.asaas.conciliacao.intervalo} ({@link ConciliacaoAsaasProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConciliacaoAsaasProperties.class)
class AsaasConfiguration {

    static final String TAREFA_CONCILIACAO = "asaas-conciliacao";

    @Bean
    AsaasClient asaasClient(@Value("${nexus.asaas.tempo-limite:PT10S}") Duration tempoLimite,
            @Value("${nexus.asaas.tentativas:3}") int tentativas,
            @Value("${nexus.asaas.primeira-espera:PT0.3S}") Duration primeiraEspera) {
        return new AsaasClient(tempoLimite, tentativas, primeiraEspera);
    }

    @Bean
    ConciliacaoAsaas conciliacaoAsaas(IntegracaoRepository integracoes, AsaasIntegracao tipo, AsaasClient asaas,
            CobrancasNoProvedor cobrancas, EventosDoProvedor eventos, ProcessadorDeEventosDoProvedor processador,
            RitmoDaConciliacaoAsaas ritmo, ConciliacaoAsaasProperties propriedades) {
        return new ConciliacaoAsaas(integracoes, tipo, asaas, cobrancas, eventos, processador, ritmo, Clock.systemUTC(),
                propriedades);
    }

    @Bean
    RecurringTask<Void> tarefaDeConciliacaoAsaas(ConciliacaoAsaas conciliacao, ConciliacaoAsaasProperties propriedades) {
        return Tasks.recurring(TAREFA_CONCILIACAO, FixedDelay.of(propriedades.intervalo()))
                .execute((instancia, contexto) -> conciliacao.conciliar());
    }
}
