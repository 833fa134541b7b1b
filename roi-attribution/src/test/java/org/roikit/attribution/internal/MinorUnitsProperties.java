package org.roikit.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.roikit.core.Money;

class MinorUnitsProperties {

    private static final String[] CURRENCIES = {"EUR", "JPY", "BHD", "CLF"};

    @Test
    void of_equalsToMinorUnits_forEveryAmount() {
        qt().withExamples(5000).forAll(longs().all(), integers().between(0, 3), integers().between(0, 62))
                .checkAssert((raw, c, bits) -> {
                    long minor = bits == 62 ? raw : raw >> bits;
                    Money money = Money.ofMinor(minor, CURRENCIES[c]);
                    assertThat(MinorUnits.of(money)).isEqualTo(money.toMinorUnits());
                });
    }

    @Test
    void of_edgeAmounts() {
        for (long minor : new long[] {0, 1, -1, (1L << 50) - 1, 1L << 50, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Money money = Money.ofMinor(minor, "EUR");
            assertThat(MinorUnits.of(money)).isEqualTo(minor);
        }
    }
}
