package br.com.nexus.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL refuses the NUL character in text, so a string carrying one would fail far from the
 * request that brought it (or stall a projection replaying its event). JSON strings with it are
 * refused as they are read, which the API answers with 400.
 */
@Configuration(proxyBeanMethods = false)
public class TextoSemCaractereNulo {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer recusaCaractereNulo() {
        SimpleModule modulo = new SimpleModule("texto-sem-caractere-nulo");
        modulo.addDeserializer(String.class, new Deserializador());
        return builder -> builder.modulesToInstall(modulo);
    }

    static final class Deserializador extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String valor = super.deserialize(parser, context);
            if (valor != null && valor.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, valor, "caractere nulo não é aceito");
            }
            return valor;
        }
    }
}
