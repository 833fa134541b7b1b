package org.roikit.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.Journey;
import org.roikit.attribution.Touchpoint;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

class MarketingReportProperties {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] CHANNELS = {"linkedin", "email", "google", "direct"};
    private static final String[] SEGMENTS = {"smb", "enterprise", "public"};

    /** A journey from a list of codes: each code is a touch or a conversion, spaced by hours. */
    private static Journey journey(int index, List<Integer> codes) {
        String id = "j" + index;
        List<Touchpoint> touches = new ArrayList<>();
        List<Conversion> conversions = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            Instant at = START.plusSeconds(3_600L * 7 * (code % 97) + i);
            if (code % 3 == 0) {
                conversions.add(Conversion.of(id + "-c" + i, at, Money.ofMinor(1 + code % 10_007, "EUR"),
                        code % 2 == 0 ? "sale" : "lead"));
            } else {
                TreeMap<String, String> attributes = new TreeMap<>();
                attributes.put("segment", SEGMENTS[code % SEGMENTS.length]);
                touches.add(new Touchpoint(id, at, CHANNELS[code % CHANNELS.length], Optional.of("c" + code % 2),
                        Optional.of(code % 5 == 0 ? "view" : "click"), attributes));
            }
        }
        return Journey.of(id, touches, conversions);
    }

    private static Gen<List<Journey>> journeys() {
        return lists().of(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 6)).ofSizeBetween(1, 8)
                .map(all -> {
                    List<Journey> result = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        result.add(journey(i, all.get(i)));
                    }
                    return result;
                });
    }

    @Test
    void revenueAddsUp_channelsPlusUnattributedAndSegmentsToAttributed() {
        qt().withExamples(150).forAll(journeys(), integers().between(0, 5)).checkAssert((journeys, m) -> {
            boolean anyConversion = journeys.stream().anyMatch(Journey::isConverted);
            if (!anyConversion) {
                return;
            }
            MarketingReport report = MarketingReport.builder().journeys(journeys)
                    .model(AttributionModel.all().get(m)).build();
            ExecutiveSummary s = report.executive();
            Money zero = Money.zero(report.currency());
            Money channels = report.team().channels().stream().map(Performance::revenue).reduce(zero, Money::plus);
            assertThat(channels.plus(s.unattributedRevenue())).isEqualTo(s.scorecard().revenue());
            assertThat(s.attributedRevenue().plus(s.unattributedRevenue())).isEqualTo(s.scorecard().revenue());
            for (Segment segment : report.team().segments()) {
                Money sum = segment.rows().stream().map(SegmentRow::revenue).reduce(zero, Money::plus);
                assertThat(sum).as(segment.attribute()).isEqualTo(s.attributedRevenue());
            }
            Money trend = s.trend().stream().map(PeriodFigures::revenue).reduce(zero, Money::plus);
            assertThat(trend).isEqualTo(s.scorecard().revenue());
        });
    }
}
