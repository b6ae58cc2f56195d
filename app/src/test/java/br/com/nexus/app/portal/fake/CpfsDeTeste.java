package br.com.nexus.app.portal.fake;

import br.com.nexus.kernel.comum.Cpf;
import java.util.concurrent.ThreadLocalRandom;

/** Valid CPFs for tests: random ones, so tenants of different tests never collide. */
public final class CpfsDeTeste {

    private CpfsDeTeste() {
    }

    public static Cpf novo() {
        while (true) {
            StringBuilder base = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                base.append(ThreadLocalRandom.current().nextInt(10));
            }
            String comDigitos = base.toString() + digito(base.toString(), 10);
            comDigitos += digito(comDigitos, 11);
            if (Cpf.valido(comDigitos)) {
                return Cpf.of(comDigitos);
            }
        }
    }

    private static int digito(String parcial, int pesoInicial) {
        int soma = 0;
        for (int i = 0; i < parcial.length(); i++) {
            soma += (parcial.charAt(i) - '0') * (pesoInicial - i);
        }
        int resto = soma * 10 % 11;
        return resto == 10 ? 0 : resto;
    }
}
