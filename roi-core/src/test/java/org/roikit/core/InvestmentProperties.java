package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class InvestmentProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<Currency> CURRENCIES = List.of(EUR, Currency.getInstance("USD"),
            Currency.getInstance("JPY"));

    private static final Gen<Optional<String>> CHANNELS =
            arbitrary().pick(List.of("linkedin", "instagram", "tiktok")).toOptionals(30);
    private static final Gen<Optional<String>> CAMPAIGNS =
            arbitrary().pick(List.of("spring", "autumn")).toOptionals(30);

    private static Gen<Cost> costs(Gen<Currency> currencies) {
        Gen<Money> amounts = longs().between(0, 1_000_000_000_000L)
                .zip(currencies, (units, currency) -> Money.ofMinor(units, currency));
        return arbitrary().enumValues(CostCategory.class).zip(amounts, CHANNELS, CAMPAIGNS,
                (category, amount, channel, campaign) ->
                        new Cost(category, amount, channel, campaign, Optional.empty(), Optional.empty()));
    }

    private static Gen<Investment> eurInvestments() {
        return lists().of(costs(arbitrary().constant(EUR))).ofSizeBetween(1, 30).map(list -> Investment.of(list));
    }

    /**
     * EUR investments whose total in cents is 2^a x 5^b, a divisor of 10^10, so every share
     * part / total terminates within 34 digits and is exact.
     */
    private static Gen<Investment> eurInvestmentsWithTerminatingShares() {
        Gen<Long> totals = integers().between(0, 10).zip(integers().between(0, 10),
                (a, b) -> (1L << a) * pow5(b));
        return totals.flatMap(total -> lists().of(longs().between(0, total)).ofSizeBetween(0, 12)
                .zip(lists().of(costs(arbitrary().constant(EUR))).ofSize(13),
                        (cuts, templates) -> split(total, cuts, templates)));
    }

    private static long pow5(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 5;
        }
        return result;
    }

    /** Cuts [0, total] at the cut points and gives each piece a template's category and tags. */
    private static Investment split(long total, List<Long> cuts, List<Cost> templates) {
        List<Long> points = new ArrayList<>(cuts);
        points.add(0L);
        points.add(total);
        points.sort(null);
        List<Cost> costs = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Cost template = templates.get(i - 1);
            costs.add(new Cost(template.category(), Money.ofMinor(points.get(i) - points.get(i - 1), EUR),
                    template.channel(), template.campaign(), Optional.empty(), Optional.empty()));
        }
        return Investment.of(costs);
    }

    private static BigDecimal sumOfValues(Collection<Ratio> shares) {
        return shares.stream().map(Ratio::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void total_equalsSumOfEveryBreakdown() {
        qt().forAll(eurInvestments()).checkAssert(investment -> {
            Money total = investment.total();
            assertThat(Money.total(EUR, investment.byCategory().values())).isEqualTo(total);
            assertThat(Money.total(EUR, investment.byChannel().values())).isEqualTo(total);
            assertThat(Money.total(EUR, investment.byCampaign().values())).isEqualTo(total);
            assertThat(investment.total(EUR)).isEqualTo(total);
        });
    }

    @Test
    void shares_sumToExactlyOneWhenEveryDivisionTerminates() {
        qt().forAll(eurInvestmentsWithTerminatingShares()).checkAssert(investment -> {
            assertThat(investment.total().isZero()).isFalse();
            assertThat(sumOfValues(investment.sharesByCategory().values())).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(sumOfValues(investment.sharesByChannel().values())).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(sumOfValues(investment.sharesByCampaign().values())).isEqualByComparingTo(BigDecimal.ONE);
        });
    }

    @Test
    void shares_sumToOneWithinHalfAnUlpOfTheLast34thDigitPerShare() {
        // Each share lies in [0, 1] and is rounded half-even to 34 significant digits, so it is off
        // by at most 0.5E-34; n shares sum to 1 within n x 0.5E-34.
        qt().forAll(eurInvestments().assuming(investment -> !investment.total().isZero()))
                .checkAssert(investment -> {
                    Map<CostCategory, Ratio> shares = investment.sharesByCategory();
                    BigDecimal error = sumOfValues(shares.values()).subtract(BigDecimal.ONE).abs();
                    assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.5E-34").multiply(
                            BigDecimal.valueOf(shares.size())));
                });
    }

    @Test
    void byCurrency_partitionsTheCostsKeepingOrder() {
        Gen<Investment> mixed = lists().of(costs(arbitrary().pick(CURRENCIES))).ofSizeBetween(0, 30)
                .map(list -> Investment.of(list));
        qt().forAll(mixed).checkAssert(investment -> {
            Map<Currency, Investment> split = investment.byCurrency();
            assertThat(split.keySet()).containsExactlyElementsOf(investment.currencies());
            split.forEach((currency, part) -> {
                assertThat(part.costs()).isEqualTo(investment.costs().stream()
                        .filter(cost -> cost.amount().currency().equals(currency))
                        .collect(Collectors.toList()));
                assertThat(part.total()).isEqualTo(Money.total(currency, part.costs().stream()
                        .map(Cost::amount).collect(Collectors.toList())));
            });
            assertThat(split.values().stream().mapToInt(part -> part.costs().size()).sum())
                    .isEqualTo(investment.costs().size());
        });
    }

    @Test
    void plus_concatenatesCosts() {
        qt().forAll(eurInvestments(), eurInvestments()).checkAssert((a, b) -> {
            List<Cost> joined = new ArrayList<>(a.costs());
            joined.addAll(b.costs());
            assertThat(a.plus(b)).isEqualTo(Investment.of(joined));
            assertThat(a.plus(b).total()).isEqualTo(a.total().plus(b.total()));
        });
    }
}
