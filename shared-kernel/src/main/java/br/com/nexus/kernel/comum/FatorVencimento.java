package br.com.nexus.kernel.comum;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The barcode's 4-digit due-date factor. Counted in days from 1997-10-07; on 2025-02-22 it went
 * back from 9999 to 1000 and it will do so again every 9000 days. A factor therefore names one
 * date per cycle: {@link #vencimento} picks the one nearest a reference date (the date the slip
 * was read or issued), the public guidance in the absence of a published FEBRABAN window.
 */
public final class FatorVencimento {

    static final LocalDate BASE = LocalDate.of(1997, 10, 7);
    private static final int CICLO = 9000;

    private FatorVencimento() {
    }

    public static int de(LocalDate vencimento) {
        if (vencimento == null) {
            throw DomainException.invalido("VENCIMENTO_INVALIDO", "Vencimento é obrigatório");
        }
        long dias = ChronoUnit.DAYS.between(BASE, vencimento);
        if (dias < 1000) {
            throw DomainException.invalido("VENCIMENTO_INVALIDO", "Vencimento anterior a 03/07/2000 não tem fator");
        }
        return (int) (1000 + (dias - 1000) % CICLO);
    }

    /** The date the factor names nearest {@code referencia}; empty for factor 0000 (no due date). */
    public static Optional<LocalDate> vencimento(int fator, LocalDate referencia) {
        if (fator < 0 || fator > 9999) {
            throw DomainException.invalido("FATOR_INVALIDO", "Fator de vencimento fora de 0000–9999");
        }
        Objects.requireNonNull(referencia, "referencia");
        if (fator == 0) {
            return Optional.empty();
        }
        if (fator < 1000) {
            return Optional.of(BASE.plusDays(fator));
        }
        LocalDate primeiro = BASE.plusDays(fator);
        long ciclos = Math.max(0, Math.round(ChronoUnit.DAYS.between(primeiro, referencia) / (double) CICLO));
        return Optional.of(primeiro.plusDays(ciclos * CICLO));
    }
}
