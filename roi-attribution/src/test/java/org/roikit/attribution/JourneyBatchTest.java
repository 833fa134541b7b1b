package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.attribution.Fixtures.day;
import static org.roikit.attribution.Fixtures.eur;

import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roikit.core.Money;

class JourneyBatchTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void builder_internsNamesOnce_andCountsRows() {
        JourneyBatch.Builder b = JourneyBatch.builder();
        int email = b.channelId("email");
        assertThat(b.channelId(new StringBuilder("email"))).isEqualTo(email);
        assertThat(b.channelId("linkedin")).isEqualTo(1);
        assertThat(b.campaignId("q1")).isZero();
        b.startJourney().touch(day(0).getEpochSecond(), 0, email, 0).touch(day(1), "linkedin")
                .conversion(day(2), eur("120.00"));
        b.startJourney().conversion(day(3).getEpochSecond(), 0, 5000, JPY);
        b.startJourney();
        assertThat(b.journeyCount()).isEqualTo(3);
        assertThat(b.touchpointCount()).isEqualTo(2);
        assertThat(b.conversionCount()).isEqualTo(2);
        JourneyBatch batch = b.build();
        assertThat(batch.journeyCount()).isEqualTo(3);
        assertThat(batch.touchpointCount()).isEqualTo(2);
        assertThat(batch.conversionCount()).isEqualTo(2);
        assertThat(batch.channels()).containsExactly("email", "linkedin");
        assertThat(batch.campaigns()).containsExactly("q1");
        assertThat(batch.currencies()).containsExactly(EUR, JPY);
        assertThat(batch).hasToString(
                "JourneyBatch[3 journeys, 2 touchpoints, 2 conversions, 2 channels, 1 campaigns, 2 currencies]");
        assertThat(JourneyBatch.NO_CAMPAIGN).isEqualTo(-1);
    }

    @Test
    void build_startsOverWithNoJourneys_keepingTheIds() {
        JourneyBatch.Builder b = JourneyBatch.builder();
        b.startJourney().touch(day(0), "email");
        JourneyBatch first = b.build();
        assertThat(b.journeyCount()).isZero();
        assertThat(b.touchpointCount()).isZero();
        assertThat(b.channelId("direct")).isEqualTo(1);
        b.startJourney().touch(day(0), "email", "q1");
        JourneyBatch second = b.build();
        assertThat(first.channels()).containsExactly("email");
        assertThat(second.channels()).containsExactly("email", "direct");
        assertThat(second.journeyCount()).isEqualTo(1);
        assertThat(b.build().journeyCount()).isZero();
    }

    @Test
    void batch_isComparedByIdentity() {
        JourneyBatch a = JourneyBatch.of(Fixtures.example());
        JourneyBatch b = JourneyBatch.of(Fixtures.example());
        assertThat(a).isEqualTo(a).isNotEqualTo(b);
    }

    @Test
    void builder_putsEachJourneyInTimeOrder_equalInstantsInTheOrderAdded() {
        JourneyBatch.Builder b = JourneyBatch.builder();
        b.startJourney().touch(day(2), "direct").touch(day(0), "email").touch(day(2), "linkedin")
                .conversion(day(5), eur("10.00")).conversion(day(1), eur("4.00"));
        JourneyBatch batch = b.build();
        Journey same = Journey.builder("j").touch(day(0), "email").touch(day(2), "direct").touch(day(2), "linkedin")
                .conversion(day(1), eur("4.00")).conversion(day(5), eur("10.00")).build();
        for (AttributionModel model : AttributionModel.all()) {
            assertThat(Attribution.of(model).attribute(batch)).isEqualTo(Attribution.of(model).attribute(List.of(same)));
        }
        // Last touch: the day-1 conversion goes to email, the day-5 one to linkedin, added after direct.
        assertThat(Attribution.of(AttributionModel.lastTouch()).attribute(batch).byChannel())
                .extracting(AttributionRow::name, AttributionRow::revenue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("linkedin", eur("10.00")),
                        org.assertj.core.groups.Tuple.tuple("email", eur("4.00")),
                        org.assertj.core.groups.Tuple.tuple("direct", eur("0.00")));
    }

    @Test
    void emptyBatch_givesTheEmptyReport() {
        JourneyBatch empty = JourneyBatch.builder().build();
        assertThat(empty.journeyCount()).isZero();
        assertThat(empty.channels()).isEmpty();
        Attribution linear = Attribution.of(AttributionModel.linear());
        assertThat(linear.attribute(empty)).isEqualTo(linear.attribute(List.of()));
        assertThat(linear.attribute(empty, 3)).isEqualTo(linear.attribute(List.of()));
    }

    @Test
    void of_takesTheJourneysInOrder() {
        JourneyBatch batch = JourneyBatch.of(Fixtures.example());
        assertThat(batch.journeyCount()).isEqualTo(3);
        assertThat(batch.touchpointCount()).isEqualTo(4);
        assertThat(batch.conversionCount()).isEqualTo(3);
        assertThat(batch.channels()).containsExactly("linkedin", "email", "direct");
        assertThat(batch.campaigns()).containsExactly("q1-launch", "webinar");
        assertThat(batch.currencies()).containsExactly(EUR);
        assertThatThrownBy(() -> JourneyBatch.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("journeys");
        assertThatThrownBy(() -> JourneyBatch.of(Arrays.asList(Fixtures.example().get(0), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("journeys[1]");
    }

    @Test
    void builder_rejectsBadArguments() {
        JourneyBatch.Builder b = JourneyBatch.builder();
        int email = b.channelId("email");
        assertThatThrownBy(() -> b.touch(0, 0, email, JourneyBatch.NO_CAMPAIGN)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no journey started: call startJourney() before adding to it");
        assertThatThrownBy(() -> b.conversion(0, 0, 1, EUR)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no journey started: call startJourney() before adding to it");
        b.startJourney();
        assertThatThrownBy(() -> b.channelId(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel (\" \") must not be blank");
        assertThatThrownBy(() -> b.campaignId("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign (\"\") must not be blank");
        assertThatThrownBy(() -> b.channelId(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> b.campaignId(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> b.touch(0, 0, 1, JourneyBatch.NO_CAMPAIGN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channelId (1) must be >= 0 and < 1, an id from channelId(name)");
        assertThatThrownBy(() -> b.touch(0, 0, -1, JourneyBatch.NO_CAMPAIGN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channelId (-1) must be >= 0 and < 1, an id from channelId(name)");
        assertThatThrownBy(() -> b.touch(0, 0, email, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaignId (0) must be NO_CAMPAIGN (-1) or >= 0 and < 0, an id from campaignId(name)");
        assertThatThrownBy(() -> b.touch(0, 0, email, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaignId (-2) must be NO_CAMPAIGN (-1) or >= 0 and < 0, an id from campaignId(name)");
        assertThatThrownBy(() -> b.touch(0, 1_000_000_000, email, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nano (1000000000) must be >= 0 and <= 999999999");
        assertThatThrownBy(() -> b.touch(0, -1, email, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nano (-1) must be >= 0 and <= 999999999");
        assertThatThrownBy(() -> b.touch(Instant.MAX.getEpochSecond() + 1, 0, email, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("epochSecond (31556889864403200) must be >= -31557014167219200 and <= 31556889864403199,"
                        + " the range of Instant");
        assertThatThrownBy(() -> b.conversion(Instant.MIN.getEpochSecond() - 1, 0, 1, EUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("epochSecond (-31557014167219201) must be >= -31557014167219200 and <= 31556889864403199,"
                        + " the range of Instant");
        assertThatThrownBy(() -> b.conversion(0, 0, -5, EUR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minorUnits (-5) must be >= 0");
        assertThatThrownBy(() -> b.conversion(0, 0, 5, Currency.getInstance("XAU")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XAU");
        assertThatThrownBy(() -> b.conversion(0, 0, 5, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency");
        assertThatThrownBy(() -> b.conversion(null, eur("1.00"))).isInstanceOf(NullPointerException.class)
                .hasMessage("instant");
        assertThatThrownBy(() -> b.conversion(day(0), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value");
        assertThatThrownBy(() -> b.conversion(day(0), Money.of("-1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value (EUR -1.00) must be >= 0");
        assertThatThrownBy(() -> b.touch(null, "email")).isInstanceOf(NullPointerException.class)
                .hasMessage("instant");
        assertThatThrownBy(() -> b.touch(null, "email", "q1")).isInstanceOf(NullPointerException.class)
                .hasMessage("instant");
        // Nothing was added by the failed calls.
        assertThat(b.touchpointCount()).isZero();
        assertThat(b.conversionCount()).isZero();
    }

    @Test
    void builder_growsPastItsFirstBuffers_andKeepsNanoseconds() {
        JourneyBatch.Builder b = JourneyBatch.builder();
        Journey.Builder expected = Journey.builder("j");
        b.startJourney();
        for (int i = 0; i < 1000; i++) {
            Instant at = day(i % 50).plusNanos(i % 7 == 0 ? 0 : i);
            String channel = "c" + (i % 40);
            b.touch(at, channel, "k" + (i % 30));
            expected.touch(at, channel, "k" + (i % 30));
        }
        for (int i = 0; i < 200; i++) {
            b.conversion(day(i % 60).plusNanos(i), Money.ofMinor(i, "EUR"));
            expected.conversion(day(i % 60).plusNanos(i), Money.ofMinor(i, "EUR"));
        }
        for (int j = 0; j < 300; j++) {
            b.startJourney();
        }
        JourneyBatch batch = b.build();
        assertThat(batch.journeyCount()).isEqualTo(301);
        ModelComparison all = ModelComparison.of(AttributionModel.all());
        assertThat(all.attribute(batch)).isEqualTo(all.attribute(List.of(expected.build())));
    }
}
