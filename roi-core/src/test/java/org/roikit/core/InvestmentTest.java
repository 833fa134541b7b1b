package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvestmentTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static final Cost TIME = Cost.ofTime(new BigDecimal("10"), Money.of("150.00", "EUR"));
    private static final Cost TOOLS = Cost.of(CostCategory.TOOLS, Money.of("100.00", "EUR"));
    private static final Cost USD_ADS = Cost.of(CostCategory.AD_SPEND, Money.of("49.99", "USD"));

    /** The worked example. */
    private static final Investment EXAMPLE = Investment.of(TIME, TOOLS);

    private static Cost eur(CostCategory category, String amount) {
        return Cost.of(category, Money.of(amount, "EUR"));
    }

    /** Four EUR costs over two channels and two campaigns, some unassigned; total EUR 1000.00. */
    private static Investment campaigns() {
        return Investment.of(
                eur(CostCategory.CONTENT, "200.00").withCampaign("spring"),
                eur(CostCategory.AD_SPEND, "500.00").withChannel("tiktok").withCampaign("spring"),
                eur(CostCategory.TOOLS, "50.00"),
                eur(CostCategory.AD_SPEND, "250.00").withChannel("linkedin").withCampaign("autumn"));
    }

    // ---------------------------------------------------------------- factories

    @Test
    void total_ofTheWorkedExample() {
        assertThat(Investment.of(Cost.ofTime(new BigDecimal("10"), Money.of("150.00", "EUR")),
                Cost.of(CostCategory.TOOLS, Money.of("100.00", "EUR"))).total())
                .isEqualTo(Money.of("1600.00", "EUR"));
    }

    @Test
    void of_keepsInsertionOrder() {
        assertThat(Investment.of(TOOLS, TIME).costs()).containsExactly(TOOLS, TIME);
        assertThat(Investment.of(List.of(TIME, TOOLS, TIME)).costs()).containsExactly(TIME, TOOLS, TIME);
    }

    @Test
    void of_copiesTheCollection() {
        List<Cost> source = new ArrayList<>(List.of(TIME));
        Investment investment = Investment.of(source);
        source.add(TOOLS);

        assertThat(investment.costs()).containsExactly(TIME);
    }

    @Test
    void costs_isUnmodifiable() {
        assertThatThrownBy(() -> EXAMPLE.costs().add(TOOLS)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> EXAMPLE.plus(TOOLS).costs().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_withoutCostsIsEmpty() {
        assertThat(Investment.of()).isEqualTo(Investment.empty());
        assertThat(Investment.of(List.of())).isEqualTo(Investment.empty());
        assertThat(Investment.empty().isEmpty()).isTrue();
        assertThat(Investment.empty().costs()).isEmpty();
        assertThat(Investment.empty().currencies()).isEmpty();
        assertThat(EXAMPLE.isEmpty()).isFalse();
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> Investment.of((Cost[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("costs");
        assertThatThrownBy(() -> Investment.of((Collection<Cost>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("costs");
        assertThatThrownBy(() -> Investment.of(TIME, null))
                .isInstanceOf(NullPointerException.class).hasMessage("costs[1]");
        assertThatThrownBy(() -> Investment.of(Arrays.asList(null, TIME)))
                .isInstanceOf(NullPointerException.class).hasMessage("costs[0]");
    }

    // ---------------------------------------------------------------- combining

    @Test
    void plusCost_appends() {
        Investment investment = Investment.empty().plus(TIME).plus(TOOLS);

        assertThat(investment).isEqualTo(EXAMPLE);
        assertThat(investment.plus(USD_ADS).costs()).containsExactly(TIME, TOOLS, USD_ADS);
        assertThat(investment.costs()).containsExactly(TIME, TOOLS);
    }

    @Test
    void plusInvestment_concatenates() {
        Investment other = Investment.of(USD_ADS, TOOLS);

        assertThat(EXAMPLE.plus(other).costs()).containsExactly(TIME, TOOLS, USD_ADS, TOOLS);
        assertThat(EXAMPLE.plus(Investment.empty())).isSameAs(EXAMPLE);
        assertThat(Investment.empty().plus(EXAMPLE)).isSameAs(EXAMPLE);
    }

    @Test
    void plus_rejectsNull() {
        assertThatThrownBy(() -> EXAMPLE.plus((Cost) null))
                .isInstanceOf(NullPointerException.class).hasMessage("cost");
        assertThatThrownBy(() -> EXAMPLE.plus((Investment) null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    // ---------------------------------------------------------------- currencies and totals

    @Test
    void currencies_inOrderOfFirstAppearance() {
        Investment mixed = Investment.of(USD_ADS, TIME, Cost.of(CostCategory.OTHER, Money.of("5", "USD")));

        assertThat(mixed.currencies()).containsExactly(USD, EUR);
        assertThat(EXAMPLE.currencies()).containsExactly(EUR);
        assertThatThrownBy(() -> mixed.currencies().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void total_isExactSum() {
        Investment investment = Investment.of(eur(CostCategory.AD_SPEND, "0.01"), eur(CostCategory.AD_SPEND, "0.02"),
                eur(CostCategory.OTHER, "999999999999.97"));

        assertThat(investment.total()).isEqualTo(Money.of("1000000000000.00", "EUR"));
        assertThat(Investment.of(Cost.of(CostCategory.TOOLS, Money.of("500", "JPY"))).total())
                .isEqualTo(Money.of("500", "JPY"));
    }

    @Test
    void total_rejectsEmptyInvestment() {
        assertThatThrownBy(() -> Investment.empty().total())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("investment has no costs, so its total has no currency;"
                        + " use total(Currency) to get zero in a given currency");
    }

    @Test
    void total_rejectsMixedCurrenciesNamingTheFirstTwo() {
        Investment mixed = Investment.of(TIME, USD_ADS, Cost.of(CostCategory.TOOLS, Money.of("500", "JPY")));

        assertThatThrownBy(mixed::total)
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined")
                .satisfies(e -> {
                    CurrencyMismatchException mismatch = (CurrencyMismatchException) e;
                    assertThat(mismatch.expected()).isEqualTo(EUR);
                    assertThat(mismatch.actual()).isEqualTo(USD);
                });
    }

    @Test
    void totalInCurrency_sumsOrGivesZero() {
        assertThat(EXAMPLE.total(EUR)).isEqualTo(Money.of("1600.00", "EUR"));
        assertThat(Investment.empty().total(EUR)).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(Investment.empty().total(JPY)).isEqualTo(Money.of("0", "JPY"));
    }

    @Test
    void totalInCurrency_rejectsOtherCurrency() {
        assertThatThrownBy(() -> EXAMPLE.total(USD))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: USD and EUR cannot be combined");
        assertThatThrownBy(() -> EXAMPLE.plus(USD_ADS).total(EUR))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    @Test
    void totalInCurrency_rejectsNullAndCurrencyWithoutMinorUnit() {
        assertThatThrownBy(() -> EXAMPLE.total(null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> Investment.empty().total(Currency.getInstance("XAU")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency XAU has no minor unit defined by ISO 4217, so it cannot hold money");
    }

    @Test
    void byCurrency_splitsInOrderOfFirstAppearance() {
        Cost usdTools = Cost.of(CostCategory.TOOLS, Money.of("10.00", "USD"));
        Investment mixed = Investment.of(USD_ADS, TIME, usdTools, TOOLS);

        Map<Currency, Investment> split = mixed.byCurrency();

        assertThat(split).containsExactly(
                entry(USD, Investment.of(USD_ADS, usdTools)),
                entry(EUR, Investment.of(TIME, TOOLS)));
        assertThat(split.get(USD).total()).isEqualTo(Money.of("59.99", "USD"));
        assertThat(split.get(EUR).total()).isEqualTo(Money.of("1600.00", "EUR"));
        assertThatThrownBy(() -> split.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void byCurrency_ofSingleCurrencyAndEmpty() {
        assertThat(EXAMPLE.byCurrency()).containsExactly(entry(EUR, EXAMPLE));
        assertThat(Investment.empty().byCurrency()).isEmpty();
    }

    // ---------------------------------------------------------------- breakdowns

    @Test
    void byCategory_sumsInEnumOrderOnlyPresentCategories() {
        Investment investment = Investment.of(TIME, TOOLS, eur(CostCategory.AD_SPEND, "20.00"),
                eur(CostCategory.TOOLS, "0.50"), eur(CostCategory.AD_SPEND, "30.00"));

        assertThat(investment.byCategory()).containsExactly(
                entry(CostCategory.AD_SPEND, Money.of("50.00", "EUR")),
                entry(CostCategory.TOOLS, Money.of("100.50", "EUR")),
                entry(CostCategory.PERSONNEL, Money.of("1500.00", "EUR")));
        assertThat(Investment.empty().byCategory()).isEmpty();
        assertThatThrownBy(() -> investment.byCategory().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void byChannel_sumsInOrderOfFirstAppearanceWithUnassigned() {
        assertThat(campaigns().byChannel()).containsExactly(
                entry("(unassigned)", Money.of("250.00", "EUR")),
                entry("tiktok", Money.of("500.00", "EUR")),
                entry("linkedin", Money.of("250.00", "EUR")));
        assertThat(Investment.UNASSIGNED).isEqualTo("(unassigned)");
        assertThat(Investment.empty().byChannel()).isEmpty();
        assertThatThrownBy(() -> campaigns().byChannel().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void byChannel_mergesALiteralUnassignedChannel() {
        Investment investment = Investment.of(TOOLS.withChannel("(unassigned)"), TOOLS);

        assertThat(investment.byChannel()).containsExactly(entry("(unassigned)", Money.of("200.00", "EUR")));
    }

    @Test
    void byCampaign_sumsInOrderOfFirstAppearanceWithUnassigned() {
        assertThat(campaigns().byCampaign()).containsExactly(
                entry("spring", Money.of("700.00", "EUR")),
                entry("(unassigned)", Money.of("50.00", "EUR")),
                entry("autumn", Money.of("250.00", "EUR")));
        assertThat(Investment.empty().byCampaign()).isEmpty();
    }

    @Test
    void breakdowns_rejectMixedCurrencies() {
        Investment mixed = Investment.of(USD_ADS, TIME, Cost.of(CostCategory.TOOLS, Money.of("1", "JPY")));
        String message = "currency mismatch: USD and EUR cannot be combined";

        assertThatThrownBy(mixed::byCategory).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(mixed::byChannel).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(mixed::byCampaign).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> mixed.shareOf(CostCategory.TOOLS))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(mixed::sharesByCategory).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(mixed::sharesByChannel).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(mixed::sharesByCampaign).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
    }

    // ---------------------------------------------------------------- shares

    @Test
    void shareOf_isCategoryTotalOverTotal() {
        // 1500 / 1600 = 0.9375 and 100 / 1600 = 0.0625
        assertThat(EXAMPLE.shareOf(CostCategory.PERSONNEL)).isEqualTo(Ratio.ofDecimal("0.9375"));
        assertThat(EXAMPLE.shareOf(CostCategory.TOOLS)).isEqualTo(Ratio.ofDecimal("0.0625"));
        assertThat(EXAMPLE.shareOf(CostCategory.PERSONNEL).percent()).isEqualTo(new BigDecimal("93.75"));
    }

    @Test
    void shareOf_absentCategoryIsZero() {
        assertThat(EXAMPLE.shareOf(CostCategory.AGENCY)).isEqualTo(Ratio.ofDecimal(BigDecimal.ZERO));
        assertThat(EXAMPLE.shareOf(CostCategory.AGENCY).isDefined()).isTrue();
    }

    @Test
    void shareOf_zeroOrNoInvestmentIsUndefined() {
        Investment free = Investment.of(eur(CostCategory.TOOLS, "0"));

        assertThat(free.shareOf(CostCategory.TOOLS)).isEqualTo(Ratio.undefined("zero investment"));
        assertThat(free.shareOf(CostCategory.TOOLS)).hasToString("undefined (zero investment)");
        assertThat(Investment.empty().shareOf(CostCategory.TOOLS)).isEqualTo(Ratio.undefined("zero investment"));
    }

    @Test
    void shareOf_rejectsNull() {
        assertThatThrownBy(() -> EXAMPLE.shareOf(null))
                .isInstanceOf(NullPointerException.class).hasMessage("category");
    }

    @Test
    void sharesByCategory_inEnumOrder() {
        assertThat(EXAMPLE.sharesByCategory()).containsExactly(
                entry(CostCategory.TOOLS, Ratio.ofDecimal("0.0625")),
                entry(CostCategory.PERSONNEL, Ratio.ofDecimal("0.9375")));
        assertThat(Investment.empty().sharesByCategory()).isEmpty();
        assertThatThrownBy(() -> EXAMPLE.sharesByCategory().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sharesByCategory_roundsNonTerminatingSharesTo34Digits() {
        Investment thirds = Investment.of(eur(CostCategory.AD_SPEND, "1.00"), eur(CostCategory.TOOLS, "1.00"),
                eur(CostCategory.CONTENT, "1.00"));
        Ratio third = Ratio.ofDecimal("0.3333333333333333333333333333333333");

        assertThat(thirds.sharesByCategory()).containsExactly(
                entry(CostCategory.AD_SPEND, third),
                entry(CostCategory.TOOLS, third),
                entry(CostCategory.CONTENT, third));
    }

    @Test
    void sharesByChannelAndCampaign_includeUnassigned() {
        // channels: 250 / 1000, 500 / 1000, 250 / 1000; campaigns: 700, 50, 250 of 1000
        assertThat(campaigns().sharesByChannel()).containsExactly(
                entry("(unassigned)", Ratio.ofDecimal("0.25")),
                entry("tiktok", Ratio.ofDecimal("0.5")),
                entry("linkedin", Ratio.ofDecimal("0.25")));
        assertThat(campaigns().sharesByCampaign()).containsExactly(
                entry("spring", Ratio.ofDecimal("0.7")),
                entry("(unassigned)", Ratio.ofDecimal("0.05")),
                entry("autumn", Ratio.ofDecimal("0.25")));
        assertThat(Investment.empty().sharesByChannel()).isEmpty();
        assertThat(Investment.empty().sharesByCampaign()).isEmpty();
    }

    @Test
    void shares_ofZeroTotalAreUndefined() {
        Investment free = Investment.of(eur(CostCategory.TOOLS, "0").withChannel("x"), eur(CostCategory.OTHER, "0"));
        Ratio undefined = Ratio.undefined("zero investment");

        assertThat(free.sharesByCategory()).containsExactly(
                entry(CostCategory.TOOLS, undefined), entry(CostCategory.OTHER, undefined));
        assertThat(free.sharesByChannel()).containsExactly(entry("x", undefined), entry("(unassigned)", undefined));
        assertThat(free.sharesByCampaign()).containsExactly(entry("(unassigned)", undefined));
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equals_comparesCostsInOrder() {
        Investment same = Investment.of(List.of(Cost.ofTime(BigDecimal.TEN, Money.of("150", "EUR")),
                Cost.of(CostCategory.TOOLS, Money.of("100", "EUR"))));

        assertThat(EXAMPLE).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(EXAMPLE.hashCode()).isEqualTo(List.of(TIME, TOOLS).hashCode());
        assertThat(EXAMPLE).isNotEqualTo(Investment.of(TOOLS, TIME));
        assertThat(EXAMPLE).isNotEqualTo(Investment.of(TIME));
        assertThat(EXAMPLE).isNotEqualTo(Investment.empty());
        assertThat(EXAMPLE).isNotEqualTo(List.of(TIME, TOOLS));
        assertThat(EXAMPLE).isNotEqualTo(null);
        assertThat(Investment.empty()).isEqualTo(Investment.of()).hasSameHashCodeAs(Investment.of());
    }

    @Test
    void toString_isAnAlignedTable() {
        assertThat(EXAMPLE).hasToString(
                "Investment EUR 1600.00\n"
                + "  tools           EUR  100.00    6.25%\n"
                + "  personnel time  EUR 1500.00   93.75%");
    }

    @Test
    void toString_showsOneBlockPerCurrency() {
        Investment mixed = Investment.of(eur(CostCategory.AD_SPEND, "200.00"), USD_ADS,
                eur(CostCategory.CONTENT, "1000.00"));

        // 200 / 1200 = 16.666...% and 1000 / 1200 = 83.333...%, rounded half-up for reading
        assertThat(mixed).hasToString(
                "Investment EUR 1200.00\n"
                + "  ad spend          EUR  200.00   16.67%\n"
                + "  content creation  EUR 1000.00   83.33%\n"
                + "Investment USD 49.99\n"
                + "  ad spend  USD 49.99   100.00%");
    }

    @Test
    void toString_leavesOutSharesOfZeroTotal() {
        Investment free = Investment.of(eur(CostCategory.TOOLS, "0"), eur(CostCategory.AGENCY, "0"));

        assertThat(free).hasToString(
                "Investment EUR 0.00\n"
                + "  tools   EUR 0.00\n"
                + "  agency  EUR 0.00");
    }

    @Test
    void toString_ofEmptyAndJpy() {
        assertThat(Investment.empty()).hasToString("Investment (no costs)");
        assertThat(Investment.of(Cost.of(CostCategory.OTHER, Money.of("5", "JPY")),
                Cost.of(CostCategory.AGENCY, Money.of("15", "JPY")))).hasToString(
                "Investment JPY 20\n"
                + "  agency  JPY 15   75.00%\n"
                + "  other   JPY  5   25.00%");
    }

    @Test
    void within_keepsDatedCostsOfThePeriodAndUndatedCosts() {
        Cost march = Cost.of(CostCategory.AD_SPEND, Money.of("300.00", "EUR")).withDate(LocalDate.of(2026, 3, 31));
        Cost april = Cost.of(CostCategory.AD_SPEND, Money.of("200.00", "EUR")).withDate(LocalDate.of(2026, 4, 1));
        Cost january = Cost.of(CostCategory.AD_SPEND, Money.of("50.00", "EUR")).withDate(LocalDate.of(2026, 1, 1));
        Cost undated = Cost.of(CostCategory.TOOLS, Money.of("100.00", "EUR"));
        Investment investment = Investment.of(march, april, january, undated);

        Investment q1 = investment.within(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(q1.costs()).containsExactly(march, january, undated);
        assertThat(q1.total()).isEqualTo(Money.of("450.00", "EUR"));
        assertThat(investment.within(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)).costs())
                .containsExactly(april, undated);
        assertThat(investment.within(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1))).isSameAs(investment);
        assertThatThrownBy(() -> investment.within(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to (2026-03-31) must not be before from (2026-04-01)");
        assertThatThrownBy(() -> investment.within(null, LocalDate.of(2026, 3, 31)))
                .isInstanceOf(NullPointerException.class).hasMessage("from");
    }
}
