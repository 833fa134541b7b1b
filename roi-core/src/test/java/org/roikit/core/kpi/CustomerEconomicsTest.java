package org.roikit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.Ratio.Form;

class CustomerEconomicsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    // ---------------------------------------------------------------- ltv

    @Test
    void ltv_isOrderValueTimesPurchasesTimesPeriods() {
        // 50.00 x 2 x 12
        Ratio ltv = CustomerEconomics.ltv(eur("50.00"), dec("2"), dec("12"));

        assertThat(ltv.value()).isEqualTo(dec("1200"));
        assertThat(ltv.form()).isEqualTo(Form.MONEY);
        assertThat(ltv.currency()).contains(EUR);
        assertThat(ltv).hasToString("EUR 1200.00");
    }

    @Test
    void ltv_keepsDigitsTheCurrencyCannotHold() {
        // 45.99 x 1.5 x 7 = 45.99 x 10.5 = 482.895
        Ratio ltv = CustomerEconomics.ltv(eur("45.99"), dec("1.5"), dec("7"));

        assertThat(ltv.value()).isEqualTo(dec("482.895"));
        assertThat(ltv).hasToString("EUR 482.895");
        assertThat(ltv.toMoney(RoundingMode.HALF_UP)).isEqualTo(eur("482.90"));
    }

    @Test
    void ltv_handlesSmallFactorsAndTrailingZeros() {
        // 50.00 x 0.0010 x 0.50 = 0.025
        assertThat(CustomerEconomics.ltv(eur("50.00"), dec("0.0010"), dec("0.50")).value())
                .isEqualTo(dec("0.025"));
        // 12.34 x 1E+2 x 1 = 1234
        assertThat(CustomerEconomics.ltv(eur("12.34"), dec("1E+2"), dec("1")).value())
                .isEqualTo(dec("1234"));
    }

    @Test
    void ltv_isZeroWithoutPurchases() {
        Ratio ltv = CustomerEconomics.ltv(eur("50.00"), dec("0.00"), dec("12"));

        assertThat(ltv.value()).isEqualTo(BigDecimal.ZERO);
        assertThat(ltv).hasToString("EUR 0.00");
    }

    @Test
    void ltv_rejectsNegativeAndNullArguments() {
        assertThatThrownBy(() -> CustomerEconomics.ltv(eur("-1.00"), dec("1"), dec("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("averageOrderValue (EUR -1.00) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.ltv(eur("1.00"), dec("-1"), dec("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("purchasesPerPeriod (-1) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.ltv(eur("1.00"), dec("1"), dec("-0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods (-0.5) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.ltv(null, dec("1"), dec("1")))
                .isInstanceOf(NullPointerException.class).hasMessage("averageOrderValue");
        assertThatThrownBy(() -> CustomerEconomics.ltv(eur("1.00"), null, dec("1")))
                .isInstanceOf(NullPointerException.class).hasMessage("purchasesPerPeriod");
        assertThatThrownBy(() -> CustomerEconomics.ltv(eur("1.00"), dec("1"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("periods");
    }

    // ---------------------------------------------------------------- ltvFromChurn

    @Test
    void ltvFromChurn_isRevenueTimesMarginOverChurn() {
        // 100.00 x 0.6 / 0.05 = 60 / 0.05
        Ratio ltv = CustomerEconomics.ltvFromChurn(eur("100.00"), dec("0.6"), dec("0.05"));

        assertThat(ltv.value()).isEqualTo(dec("1200"));
        assertThat(ltv.form()).isEqualTo(Form.MONEY);
        assertThat(ltv.currency()).contains(EUR);
        assertThat(ltv).hasToString("EUR 1200.00");
        // 30.00 x 0.75 / 0.04 = 22.5 / 0.04
        assertThat(CustomerEconomics.ltvFromChurn(eur("30.00"), dec("0.75"), dec("0.04")).value())
                .isEqualTo(dec("562.5"));
        // 9.99 x 0.333 / 1 = 3.32667
        assertThat(CustomerEconomics.ltvFromChurn(eur("9.99"), dec("0.333"), dec("1")).value())
                .isEqualTo(dec("3.32667"));
    }

    @Test
    void ltvFromChurn_isUndefinedWithoutChurn() {
        Ratio ltv = CustomerEconomics.ltvFromChurn(eur("100.00"), dec("0.6"), dec("0.000"));

        assertThat(ltv.isUndefined()).isTrue();
        assertThat(ltv.reason()).contains("0 churn");
        assertThat(ltv.form()).isEqualTo(Form.MONEY);
        assertThat(ltv.currency()).contains(EUR);
        assertThat(ltv).hasToString("undefined (0 churn)");
    }

    @Test
    void ltvFromChurn_isZeroWithoutMargin() {
        assertThat(CustomerEconomics.ltvFromChurn(eur("100.00"), dec("0"), dec("0.1")).value())
                .isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void ltvFromChurn_rejectsBadArguments() {
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(eur("-0.01"), dec("0.5"), dec("0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revenuePerPeriod (EUR -0.01) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(eur("1.00"), dec("1.5"), dec("0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grossMargin (1.5) must be between 0 and 1");
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(eur("1.00"), dec("-0.1"), dec("0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grossMargin (-0.1) must be between 0 and 1");
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(eur("1.00"), dec("0.5"), dec("1.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("churnRatePerPeriod (1.01) must be between 0 and 1");
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(eur("1.00"), dec("0.5"), dec("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("churnRatePerPeriod (-0.01) must be between 0 and 1");
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(null, dec("0.5"), dec("0.1")))
                .isInstanceOf(NullPointerException.class).hasMessage("revenuePerPeriod");
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(eur("1.00"), null, dec("0.1")))
                .isInstanceOf(NullPointerException.class).hasMessage("grossMargin");
        assertThatThrownBy(() -> CustomerEconomics.ltvFromChurn(eur("1.00"), dec("0.5"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("churnRatePerPeriod");
    }

    // ---------------------------------------------------------------- ltvToCac

    @Test
    void ltvToCac_isLtvOverCacAsMultiple() {
        Ratio ltv = CustomerEconomics.ltvFromChurn(eur("100.00"), dec("0.6"), dec("0.05"));
        Ratio cac = Kpis.of(Measures.builder(EUR).customers(6).spend(eur("2400.00")).build()).cac();

        // 1200 / (2400 / 6) = 1200 / 400
        Ratio ratio = CustomerEconomics.ltvToCac(ltv, cac);

        assertThat(ratio.value()).isEqualTo(dec("3"));
        assertThat(ratio.form()).isEqualTo(Form.MULTIPLE);
        assertThat(ratio.currency()).isEmpty();
        assertThat(ratio).hasToString("3.00x");
    }

    @Test
    void ltvToCac_carriesTheReasonsOfUndefinedInputs() {
        Ratio ltv = CustomerEconomics.ltv(eur("50.00"), dec("2"), dec("12"));
        Ratio noLtv = CustomerEconomics.ltvFromChurn(eur("100.00"), dec("0.6"), dec("0"));
        Ratio cac = Ratio.perUnit(eur("400.00"), 1, "customers");
        Ratio noCac = Kpis.of(Measures.zero(EUR)).cac();

        assertThat(CustomerEconomics.ltvToCac(noLtv, cac)).hasToString("undefined (ltv: 0 churn)");
        assertThat(CustomerEconomics.ltvToCac(ltv, noCac)).hasToString("undefined (cac: 0 customers)");
        Ratio neither = CustomerEconomics.ltvToCac(noLtv, noCac);
        assertThat(neither.reason()).contains("ltv: 0 churn; cac: 0 customers");
        assertThat(neither.form()).isEqualTo(Form.MULTIPLE);
    }

    @Test
    void ltvToCac_isUndefinedForZeroCac() {
        Ratio ltv = CustomerEconomics.ltv(eur("50.00"), dec("2"), dec("12"));
        Ratio freeCustomers = Ratio.perUnit(eur("0.00"), 5, "customers");

        Ratio ratio = CustomerEconomics.ltvToCac(ltv, freeCustomers);

        assertThat(ratio).hasToString("undefined (zero cac)");
        assertThat(ratio.form()).isEqualTo(Form.MULTIPLE);
    }

    @Test
    void ltvToCac_rejectsOtherCurrencyEvenWhenUndefined() {
        Ratio ltv = CustomerEconomics.ltv(eur("50.00"), dec("2"), dec("12"));
        Ratio usdCac = Ratio.perUnit(Money.of("400.00", "USD"), 1, "customers");
        Ratio usdNoCac = Ratio.perUnit(Money.of("0.00", "USD"), 0, "customers");

        assertThatThrownBy(() -> CustomerEconomics.ltvToCac(ltv, usdCac))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
        assertThatThrownBy(() -> CustomerEconomics.ltvToCac(ltv, usdNoCac))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    @Test
    void ltvToCac_rejectsRatiosThatAreNotMoneyPerUnit() {
        Ratio money = Ratio.perUnit(eur("400.00"), 1, "customers");

        assertThatThrownBy(() -> CustomerEconomics.ltvToCac(Ratio.ofDecimal("3"), money))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ltv (300.00%) must be money per unit, such as EUR 120.00 per customer");
        assertThatThrownBy(() -> CustomerEconomics.ltvToCac(money, Ratio.undefined("0 customers")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cac (undefined (0 customers)) must be money per unit, such as EUR 120.00 per customer");
        assertThatThrownBy(() -> CustomerEconomics.ltvToCac(null, money))
                .isInstanceOf(NullPointerException.class).hasMessage("ltv");
        assertThatThrownBy(() -> CustomerEconomics.ltvToCac(money, null))
                .isInstanceOf(NullPointerException.class).hasMessage("cac");
    }

    // ---------------------------------------------------------------- cacPaybackMonths

    @Test
    void cacPaybackMonths_isCacOverMonthlyGrossProfit() {
        // 300.00 / (50.00 x 0.6) = 300 / 30
        Ratio months = CustomerEconomics.cacPaybackMonths(eur("300.00"), eur("50.00"), dec("0.6"));

        assertThat(months.value()).isEqualTo(dec("10"));
        assertThat(months.form()).isEqualTo(Form.NUMBER);
        assertThat(months).hasToString("10.00");
        // 100.00 / (40.00 x 0.5) = 100 / 20 = 5; 45.00 / (40.00 x 0.75) = 45 / 30 = 1.5
        assertThat(CustomerEconomics.cacPaybackMonths(eur("100.00"), eur("40.00"), dec("0.5")).value())
                .isEqualTo(dec("5"));
        assertThat(CustomerEconomics.cacPaybackMonths(eur("45.00"), eur("40.00"), dec("0.75")).value())
                .isEqualTo(dec("1.5"));
    }

    @Test
    void cacPaybackMonths_isUndefinedWithoutMonthlyGrossProfit() {
        Ratio noMargin = CustomerEconomics.cacPaybackMonths(eur("300.00"), eur("50.00"), dec("0"));
        Ratio noRevenue = CustomerEconomics.cacPaybackMonths(eur("300.00"), eur("0.00"), dec("0.6"));

        assertThat(noMargin).hasToString("undefined (zero monthly gross profit per customer)");
        assertThat(noMargin.form()).isEqualTo(Form.NUMBER);
        assertThat(noRevenue).isEqualTo(noMargin);
    }

    @Test
    void cacPaybackMonths_rejectsBadArguments() {
        assertThatThrownBy(() -> CustomerEconomics.cacPaybackMonths(eur("-1.00"), eur("50.00"), dec("0.6")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cac (EUR -1.00) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.cacPaybackMonths(eur("1.00"), eur("-50.00"), dec("0.6")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthlyRevenuePerCustomer (EUR -50.00) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.cacPaybackMonths(eur("1.00"), eur("50.00"), dec("2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grossMargin (2) must be between 0 and 1");
        assertThatThrownBy(() -> CustomerEconomics.cacPaybackMonths(eur("1.00"), Money.of("50.00", "USD"), dec("0.6")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
        assertThatThrownBy(() -> CustomerEconomics.cacPaybackMonths(null, eur("50.00"), dec("0.6")))
                .isInstanceOf(NullPointerException.class).hasMessage("cac");
        assertThatThrownBy(() -> CustomerEconomics.cacPaybackMonths(eur("1.00"), null, dec("0.6")))
                .isInstanceOf(NullPointerException.class).hasMessage("monthlyRevenuePerCustomer");
        assertThatThrownBy(() -> CustomerEconomics.cacPaybackMonths(eur("1.00"), eur("50.00"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("grossMargin");
    }

    // ---------------------------------------------------------------- serviceCostSavings

    @Test
    void serviceCostSavings_isContactsTimesCostDifference() {
        // 1200 x (6.50 - 2.25) = 1200 x 4.25
        assertThat(CustomerEconomics.serviceCostSavings(1200, eur("6.50"), eur("2.25")))
                .isEqualTo(eur("5100.00"));
        assertThat(CustomerEconomics.serviceCostSavings(0, eur("6.50"), eur("2.25")))
                .isEqualTo(eur("0.00"));
    }

    @Test
    void serviceCostSavings_isNegativeWhenSocialCostsMore() {
        // 100 x (2.00 - 3.50)
        assertThat(CustomerEconomics.serviceCostSavings(100, eur("2.00"), eur("3.50")))
                .isEqualTo(eur("-150.00"));
    }

    @Test
    void serviceCostSavings_isExactBeyondLongRange() {
        // (2^63 - 1) x 0.01 = 92233720368547758.07
        assertThat(CustomerEconomics.serviceCostSavings(Long.MAX_VALUE, eur("0.02"), eur("0.01")))
                .isEqualTo(eur("92233720368547758.07"));
    }

    @Test
    void serviceCostSavings_rejectsBadArguments() {
        assertThatThrownBy(() -> CustomerEconomics.serviceCostSavings(-1, eur("6.50"), eur("2.25")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contactsHandledOnSocial (-1) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.serviceCostSavings(1, eur("-6.50"), eur("2.25")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("costPerCallCentreContact (EUR -6.50) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.serviceCostSavings(1, eur("6.50"), eur("-2.25")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("costPerSocialContact (EUR -2.25) must be >= 0");
        assertThatThrownBy(() -> CustomerEconomics.serviceCostSavings(1, eur("6.50"), Money.of("2.25", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
        assertThatThrownBy(() -> CustomerEconomics.serviceCostSavings(1, null, eur("2.25")))
                .isInstanceOf(NullPointerException.class).hasMessage("costPerCallCentreContact");
        assertThatThrownBy(() -> CustomerEconomics.serviceCostSavings(1, eur("6.50"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("costPerSocialContact");
    }
}
