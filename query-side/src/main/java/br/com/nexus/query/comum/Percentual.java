package br.com.nexus.query.comum;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the read models show them: two decimals, half up. */
public final class Percentual {

    private Percentual() {
    }

    /** {@code parte} as a percentage of {@code todo}; zero when {@code todo} is zero. */
    public static BigDecimal de(long parte, long todo) {
        if (todo == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(parte).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(todo), 2, RoundingMode.HALF_UP);
    }

    /** How much {@code atual} grew over {@code anterior}, in percent; null when {@code anterior} is zero. */
    public static BigDecimal crescimento(long atual, long anterior) {
        if (anterior == 0) {
            return null;
        }
        return BigDecimal.valueOf(atual - anterior).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(anterior), 2, RoundingMode.HALF_UP);
    }
}
