package br.com.nexus.app.demo.semeadura;

import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The demo's people: valid CPFs (check digits computed) and São Paulo mobiles
 * ({@code +55 11 9XXXX-XXXX}), drawn from a fixed seed so every demo shows the same ones.
 */
final class DadosDaDemo {

    record Pessoa(String nome, Cpf cpf, TelefoneWhatsapp whatsapp, String email) {
    }

    private final Random aleatorio = new Random(20_261_205L);
    private final Set<String> usados = new HashSet<>();

    Pessoa pessoa(String nome) {
        return new Pessoa(nome, cpf(), celular(), email(nome));
    }

    private Cpf cpf() {
        int[] d = new int[11];
        do {
            for (int i = 0; i < 9; i++) {
                d[i] = aleatorio.nextInt(10);
            }
        } while (d[0] == d[1] && d[1] == d[2]);
        d[9] = digitoVerificador(d, 9);
        d[10] = digitoVerificador(d, 10);
        StringBuilder numero = new StringBuilder();
        for (int digito : d) {
            numero.append(digito);
        }
        return unico(numero.toString()) ? Cpf.of(numero.toString()) : cpf();
    }

    /** The CPF rule (PROTOCOLS.md §5.1): weights n+1..2 over the first n digits, ×10 mod 11, 10 → 0. */
    static int digitoVerificador(int[] digitos, int posicao) {
        int soma = 0;
        for (int i = 0; i < posicao; i++) {
            soma += digitos[i] * (posicao + 1 - i);
        }
        int resto = soma * 10 % 11;
        return resto == 10 ? 0 : resto;
    }

    private TelefoneWhatsapp celular() {
        String numero = String.format(Locale.ROOT, "(11) 9%04d-%04d", 6000 + aleatorio.nextInt(4000),
                aleatorio.nextInt(10_000));
        return unico(numero) ? TelefoneWhatsapp.of(numero) : celular();
    }

    private static String email(String nome) {
        String semAcento = Normalizer.normalize(nome, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] partes = semAcento.toLowerCase(Locale.ROOT).split("\\s+");
        return partes[0] + "." + partes[partes.length - 1] + "@example.com";
    }

    private boolean unico(String valor) {
        return usados.add(valor);
    }
}
