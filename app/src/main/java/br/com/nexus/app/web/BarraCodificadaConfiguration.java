package br.com.nexus.app.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses an encoded {@code /} with its own HTML page before any of our code runs. Letting it
 * through, still encoded, hands the decision to the security firewall, which refuses it as our
 * problem+json ({@link RequisicaoRecusadaHandler}).
 */
@Configuration(proxyBeanMethods = false)
class BarraCodificadaConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> barraCodificadaChegaAoFirewall() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
