package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostTest {

    private static final Money EUR_100 = Money.of("100.00", "EUR");
    private static final Money RATE = Money.of("150.00", "EUR");

    // ---------------------------------------------------------------- construction

    @Test
    void of_hasNoChannelCampaignOrLabel() {
        Cost cost = Cost.of(CostCategory.TOOLS, EUR_100);

        assertThat(cost.category()).isEqualTo(CostCategory.TOOLS);
        assertThat(cost.amount()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(cost.channel()).isEmpty();
        assertThat(cost.campaign()).isEmpty();
        assertThat(cost.label()).isEmpty();
    }

    @Test
    void of_acceptsZero() {
        assertThat(Cost.of(CostCategory.OTHER, Money.zero("EUR")).amount()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void of_rejectsNegativeAmount() {
        assertThatThrownBy(() -> Cost.of(CostCategory.TOOLS, Money.of("-5", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount (EUR -5.00) must be >= 0");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> Cost.of(null, EUR_100))
                .isInstanceOf(NullPointerException.class).hasMessage("category");
        assertThatThrownBy(() -> Cost.of(CostCategory.TOOLS, null))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
    }

    @Test
    void constructor_stripsPresentStrings() {
        Cost cost = new Cost(CostCategory.AD_SPEND, EUR_100, Optional.of(" linkedin "),
                Optional.of("\tq4-launch\n"), Optional.of("  boosted post "), Optional.empty());

        assertThat(cost.channel()).contains("linkedin");
        assertThat(cost.campaign()).contains("q4-launch");
        assertThat(cost.label()).contains("boosted post");
        assertThat(cost).isEqualTo(Cost.of(CostCategory.AD_SPEND, EUR_100)
                .withChannel("linkedin").withCampaign("q4-launch").withLabel("boosted post"));
    }

    @Test
    void constructor_rejectsBlankStrings() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> new Cost(CostCategory.TOOLS, EUR_100, Optional.of(" "), none, none, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel (\" \") must not be blank");
        assertThatThrownBy(() -> new Cost(CostCategory.TOOLS, EUR_100, none, Optional.of(""), none, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign (\"\") must not be blank");
        assertThatThrownBy(() -> new Cost(CostCategory.TOOLS, EUR_100, none, none, Optional.of("\t"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label (\"\t\") must not be blank");
    }

    @Test
    void constructor_rejectsNullOptionals() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> new Cost(CostCategory.TOOLS, EUR_100, null, none, none, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("channel");
        assertThatThrownBy(() -> new Cost(CostCategory.TOOLS, EUR_100, none, null, none, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("campaign");
        assertThatThrownBy(() -> new Cost(CostCategory.TOOLS, EUR_100, none, none, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("label");
        assertThatThrownBy(() -> new Cost(CostCategory.TOOLS, EUR_100, none, none, none, null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    @Test
    void withDate_setsTheDayTheCostWasIncurred() {
        Cost cost = Cost.of(CostCategory.TOOLS, EUR_100).withLabel("Canva Pro").withDate(LocalDate.of(2026, 3, 2));
        assertThat(cost.date()).contains(LocalDate.of(2026, 3, 2));
        assertThat(cost.label()).contains("Canva Pro");
        assertThat(cost).hasToString("TOOLS EUR 100.00 (\"Canva Pro\", 2026-03-02)");
        assertThat(cost.withChannel("linkedin").date()).contains(LocalDate.of(2026, 3, 2));
        assertThat(cost).isNotEqualTo(cost.withDate(LocalDate.of(2026, 3, 3)));
        assertThat(Cost.of(CostCategory.TOOLS, EUR_100).date()).isEmpty();
        assertThatThrownBy(() -> cost.withDate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newDate");
    }

    // ---------------------------------------------------------------- ofTime

    @Test
    void ofTime_isPersonnelHoursTimesRate() {
        Cost cost = Cost.ofTime(new BigDecimal("10"), RATE);

        assertThat(cost).isEqualTo(Cost.of(CostCategory.PERSONNEL, Money.of("1500.00", "EUR")));
        assertThat(cost.label()).isEmpty();
    }

    @Test
    void ofTime_acceptsExactFractionsOfHours() {
        assertThat(Cost.ofTime(new BigDecimal("0.25"), RATE).amount()).isEqualTo(Money.of("37.50", "EUR"));
        assertThat(Cost.ofTime(new BigDecimal("7.5"), Money.of("80.00", "EUR")).amount())
                .isEqualTo(Money.of("600.00", "EUR"));
        assertThat(Cost.ofTime(new BigDecimal("10.000"), RATE).amount()).isEqualTo(Money.of("1500.00", "EUR"));
        assertThat(Cost.ofTime(new BigDecimal("0.333"), RATE).amount()).isEqualTo(Money.of("49.95", "EUR"));
        assertThat(Cost.ofTime(new BigDecimal("2"), Money.of("3333", "JPY")).amount())
                .isEqualTo(Money.of("6666", "JPY"));
    }

    @Test
    void ofTime_acceptsZeroHoursAndZeroRate() {
        assertThat(Cost.ofTime(BigDecimal.ZERO, RATE).amount()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(Cost.ofTime(BigDecimal.TEN, Money.zero("EUR")).amount()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void ofTime_rejectsInexactProduct() {
        assertThatThrownBy(() -> Cost.ofTime(new BigDecimal("0.3333"), RATE))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("hours (0.3333) x hourlyRate (EUR 150.00) = EUR 49.995, which has more"
                        + " decimal places than EUR allows (2); pass a RoundingMode");
        assertThatThrownBy(() -> Cost.ofTime(new BigDecimal("1.5"), Money.of("3333", "JPY")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("hours (1.5) x hourlyRate (JPY 3333) = JPY 4999.5, which has more"
                        + " decimal places than JPY allows (0); pass a RoundingMode");
    }

    @Test
    void ofTime_rejectsNegativeHoursAndRate() {
        assertThatThrownBy(() -> Cost.ofTime(new BigDecimal("-1"), RATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours (-1) must be >= 0");
        assertThatThrownBy(() -> Cost.ofTime(BigDecimal.TEN, Money.of("-150", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hourlyRate (EUR -150.00) must be >= 0");
        assertThatThrownBy(() -> Cost.ofTime(new BigDecimal("-1"), RATE, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours (-1) must be >= 0");
        assertThatThrownBy(() -> Cost.ofTime(BigDecimal.TEN, Money.of("-150", "EUR"), RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hourlyRate (EUR -150.00) must be >= 0");
    }

    @Test
    void ofTime_rejectsNulls() {
        assertThatThrownBy(() -> Cost.ofTime(null, RATE))
                .isInstanceOf(NullPointerException.class).hasMessage("hours");
        assertThatThrownBy(() -> Cost.ofTime(BigDecimal.TEN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("hourlyRate");
        assertThatThrownBy(() -> Cost.ofTime(null, RATE, RoundingMode.HALF_UP))
                .isInstanceOf(NullPointerException.class).hasMessage("hours");
        assertThatThrownBy(() -> Cost.ofTime(BigDecimal.TEN, null, RoundingMode.HALF_UP))
                .isInstanceOf(NullPointerException.class).hasMessage("hourlyRate");
        assertThatThrownBy(() -> Cost.ofTime(BigDecimal.TEN, RATE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rounding");
    }

    @Test
    void ofTimeWithRounding_roundsTheProduct() {
        BigDecimal hours = new BigDecimal("0.3333");
        // 0.3333 x 150.00 = 49.995 exactly
        assertThat(Cost.ofTime(hours, RATE, RoundingMode.HALF_UP))
                .isEqualTo(Cost.of(CostCategory.PERSONNEL, Money.of("50.00", "EUR")));
        assertThat(Cost.ofTime(hours, RATE, RoundingMode.HALF_DOWN).amount()).isEqualTo(Money.of("49.99", "EUR"));
        assertThat(Cost.ofTime(hours, RATE, RoundingMode.DOWN).amount()).isEqualTo(Money.of("49.99", "EUR"));
        assertThat(Cost.ofTime(new BigDecimal("1.5"), Money.of("3333", "JPY"), RoundingMode.HALF_EVEN).amount())
                .isEqualTo(Money.of("5000", "JPY"));
    }

    @Test
    void ofTimeWithRounding_unnecessaryActsAsExact() {
        assertThat(Cost.ofTime(BigDecimal.TEN, RATE, RoundingMode.UNNECESSARY).amount())
                .isEqualTo(Money.of("1500.00", "EUR"));
        assertThatThrownBy(() -> Cost.ofTime(new BigDecimal("0.3333"), RATE, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("hours (0.3333) x hourlyRate (EUR 150.00) = EUR 49.995, which has more"
                        + " decimal places than EUR allows (2); pass a RoundingMode");
    }

    // ---------------------------------------------------------------- copiers

    @Test
    void with_copiesOneComponent() {
        Cost base = Cost.of(CostCategory.AD_SPEND, EUR_100);

        Cost withChannel = base.withChannel("linkedin");
        Cost withAll = withChannel.withCampaign("q4-launch").withLabel("carousel");

        assertThat(withChannel.channel()).contains("linkedin");
        assertThat(withChannel.campaign()).isEmpty();
        assertThat(withAll).isEqualTo(new Cost(CostCategory.AD_SPEND, EUR_100, Optional.of("linkedin"),
                Optional.of("q4-launch"), Optional.of("carousel"), Optional.empty()));
        assertThat(withAll.withChannel("tiktok").channel()).contains("tiktok");
        assertThat(base.channel()).isEmpty();
    }

    @Test
    void with_rejectsBlankAndNull() {
        Cost base = Cost.of(CostCategory.AD_SPEND, EUR_100);

        assertThatThrownBy(() -> base.withChannel(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("channel (\" \") must not be blank");
        assertThatThrownBy(() -> base.withCampaign(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("campaign (\"\") must not be blank");
        assertThatThrownBy(() -> base.withLabel("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("label (\"  \") must not be blank");
        assertThatThrownBy(() -> base.withChannel(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newChannel");
        assertThatThrownBy(() -> base.withCampaign(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newCampaign");
        assertThatThrownBy(() -> base.withLabel(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newLabel");
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equals_comparesAllComponents() {
        Cost cost = Cost.of(CostCategory.AD_SPEND, EUR_100).withChannel("linkedin").withCampaign("q4")
                .withLabel("ads");
        Cost same = new Cost(CostCategory.AD_SPEND, Money.of("100", "EUR"), Optional.of("linkedin"),
                Optional.of("q4"), Optional.of("ads"), Optional.empty());

        assertThat(cost).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(cost).isNotEqualTo(new Cost(CostCategory.TOOLS, EUR_100, Optional.of("linkedin"),
                Optional.of("q4"), Optional.of("ads"), Optional.empty()));
        assertThat(cost).isNotEqualTo(new Cost(CostCategory.AD_SPEND, Money.of("100.01", "EUR"),
                Optional.of("linkedin"), Optional.of("q4"), Optional.of("ads"), Optional.empty()));
        assertThat(cost).isNotEqualTo(new Cost(CostCategory.AD_SPEND, Money.of("100.00", "USD"),
                Optional.of("linkedin"), Optional.of("q4"), Optional.of("ads"), Optional.empty()));
        assertThat(cost).isNotEqualTo(cost.withChannel("tiktok"));
        assertThat(cost).isNotEqualTo(cost.withCampaign("q1"));
        assertThat(cost).isNotEqualTo(cost.withLabel("other"));
        assertThat(cost).isNotEqualTo(null);
    }

    @Test
    void toString_showsCategoryAmountAndPresentDetails() {
        Cost tools = Cost.of(CostCategory.TOOLS, EUR_100);
        Cost time = Cost.ofTime(BigDecimal.TEN, RATE);

        assertThat(tools).hasToString("TOOLS EUR 100.00");
        assertThat(time.withChannel("linkedin").withCampaign("q4-launch").withLabel("10 h x EUR 150.00"))
                .hasToString("PERSONNEL EUR 1500.00 (channel linkedin, campaign q4-launch, \"10 h x EUR 150.00\")");
        assertThat(tools.withCampaign("q4-launch")).hasToString("TOOLS EUR 100.00 (campaign q4-launch)");
        assertThat(tools.withLabel("Canva Pro")).hasToString("TOOLS EUR 100.00 (\"Canva Pro\")");
        assertThat(tools.withChannel("instagram").withLabel("Canva Pro"))
                .hasToString("TOOLS EUR 100.00 (channel instagram, \"Canva Pro\")");
        assertThat(Cost.of(CostCategory.AD_SPEND, Money.of("500", "JPY"))).hasToString("AD_SPEND JPY 500");
    }
}
