package br.com.nexus.app.console;

import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Boletos page's filters as typed in the address: situação and a vencimento range (inclusive).
 * A value that cannot be read is left out of the filter and named in {@code erro}, so the page still
 * answers and says what was wrong.
 */
record FiltroDeBoletos(SituacaoBoleto situacao, LocalDate vencimentoDe, LocalDate vencimentoAte, String erro) {

    static FiltroDeBoletos de(String situacao, String vencimentoDe, String vencimentoAte) {
        Optional<SituacaoBoleto> lida = situacao(situacao);
        Optional<LocalDate> de = data(vencimentoDe);
        Optional<LocalDate> ate = data(vencimentoAte);
        if (vazio(situacao) == lida.isEmpty() && vazio(vencimentoDe) == de.isEmpty()
                && vazio(vencimentoAte) == ate.isEmpty()) {
            if (de.isPresent() && ate.isPresent() && de.get().isAfter(ate.get())) {
                return new FiltroDeBoletos(lida.orElse(null), null, null,
                        "O início do vencimento deve ser igual ou anterior ao fim.");
            }
            return new FiltroDeBoletos(lida.orElse(null), de.orElse(null), ate.orElse(null), null);
        }
        return new FiltroDeBoletos(lida.orElse(null), de.orElse(null), ate.orElse(null),
                "Filtro inválido: informe uma situação da lista e datas no formato dd/mm/aaaa.");
    }

    /** The values as the form and the page links carry them back (ISO dates, the enum's name). */
    public String situacaoNome() {
        return situacao == null ? "" : situacao.name();
    }

    public String de() {
        return vencimentoDe == null ? "" : vencimentoDe.toString();
    }

    public String ate() {
        return vencimentoAte == null ? "" : vencimentoAte.toString();
    }

    public boolean algum() {
        return situacao != null || vencimentoDe != null || vencimentoAte != null;
    }

    private static Optional<SituacaoBoleto> situacao(String texto) {
        return vazio(texto) ? Optional.empty() : Arrays.stream(SituacaoBoleto.values())
                .filter(s -> s.name().equals(texto.strip())).findFirst();
    }

    private static Optional<LocalDate> data(String texto) {
        if (vazio(texto)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(texto.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean vazio(String texto) {
        return texto == null || texto.isBlank();
    }
}
