package br.com.nexus.command.pagamento.provedor.efi;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EfiConfiguration {

    @Bean
    EfiClient efiClient(@Value("${nexus.efi.tempo-limite:PT10S}") Duration tempoLimite) {
        return new EfiClient(tempoLimite);
    }
}
