package br.com.nexus.command.pagamento.provedor.asaas;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Asaas HTTP client: a caller waits at most about three timeouts plus the backoff. */
@Configuration(proxyBeanMethods = false)
class AsaasConfiguration {

    @Bean
    AsaasClient asaasClient(@Value("${nexus.asaas.tempo-limite:PT10S}") Duration tempoLimite,
            @Value("${nexus.asaas.tentativas:3}") int tentativas,
            @Value("${nexus.asaas.primeira-espera:PT0.3S}") Duration primeiraEspera) {
        return new AsaasClient(tempoLimite, tentativas, primeiraEspera);
    }
}
