package br.com.nexus.app.seguranca;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: every login or refresh attempt costs a token of the caller's
 * address, and every failed login a token of the account as seen from that address (the e-mail as
 * typed, known or not, so the limit does not reveal which accounts exist). Counting an account's
 * failures per source means a stranger guessing from elsewhere cannot lock its owner out. A failure
 * token is taken before the password is checked, so concurrent guesses cannot overshoot; a
 * successful login gives the account its full allowance back from that address. Buckets live in
 * PostgreSQL, so the limits hold across nodes.
 */
@Component
class LimitadorDeTentativas {

    private final Baldes porEndereco;
    private final Baldes porConta;
    private final Set<String> enderecosIsentos;

    @Autowired
    LimitadorDeTentativas(SegurancaProperties properties, ArmazemDeBaldes armazem) {
        this(properties.login(), armazem);
    }

    LimitadorDeTentativas(SegurancaProperties.LimitesDeLogin limites, ArmazemDeBaldes armazem) {
        this.porEndereco = new Baldes("login-endereco", limites.tentativasPorIp(), limites.janelaPorIp(), armazem);
        this.porConta = new Baldes("login-conta", limites.falhasPorConta(), limites.janelaPorConta(), armazem);
        this.enderecosIsentos = limites.ipsIsentos().stream().map(String::strip).collect(Collectors.toSet());
    }

    /** Counts one attempt from this address; refuses with 429 once the address has used its allowance. */
    void tentativaDoEndereco(String endereco) {
        if (enderecosIsentos.contains(endereco)) {
            return;
        }
        porEndereco.consumir(endereco).ifPresent(espera -> {
            throw RecusaDeAcesso.muitasTentativas(espera);
        });
    }

    /**
     * Reserves one failure of this account from this address before its password is checked;
     * refuses with 429 when none is left.
     */
    void reservarFalhaDaConta(String email, String endereco) {
        porConta.consumir(chave(email, endereco)).ifPresent(espera -> {
            throw RecusaDeAcesso.muitasTentativas(espera);
        });
    }

    void sucessoDaConta(String email, String endereco) {
        porConta.esquecer(chave(email, endereco));
    }

    private static String chave(String email, String endereco) {
        return email.strip().toLowerCase(Locale.ROOT) + " " + endereco;
    }
}
