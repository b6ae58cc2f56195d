package br.com.nexus.command.saida;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SaidaProperties.class)
class SaidaConfiguration {

    @Bean
    PoliticaDeSaida politicaDeSaida(SaidaProperties propriedades) {
        return new PoliticaDeSaida(propriedades);
    }
}
