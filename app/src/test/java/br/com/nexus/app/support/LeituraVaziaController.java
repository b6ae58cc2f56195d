package br.com.nexus.app.support;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference of the reader benchmarks: an authenticated GET that reads nothing, so that what
 * the server spends on a real read can be told from what any request costs (HTTP, the token, the
 * filters, the JSON). Exists only in the tests' profile, never in the product.
 */
@Hidden
@Profile("test")
@RestController
public class LeituraVaziaController {

    public static final String CAMINHO = "/api/bench/nada";

    @GetMapping(CAMINHO)
    Map<String, Boolean> nada() {
        return Map.of("ok", true);
    }
}
