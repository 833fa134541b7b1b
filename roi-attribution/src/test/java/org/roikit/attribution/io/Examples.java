package org.roikit.attribution.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roikit.attribution.Journey;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.roikit.core.Money;

/**
 * The worked example of the report tests, for the renderers: j1 touches linkedin (q1-launch),
 * email (webinar) and direct and converts for EUR 120.00 on 2026-03-04; j2 touches email
 * (webinar) and converts for EUR 80.00 on 2026-03-02; j3 converts for EUR 50.00 on 2026-03-03
 * without a touch. Costs: linkedin EUR 20.00 on 2026-03-03 and EUR 100.00 on 2026-02-01 (outside
 * a report period of the conversions' days, counted without a period), email EUR 30.00, tiktok
 * EUR 10.00, and EUR 25.00 of tools without a channel.
 */
final class Examples {

    static final List<Journey> JOURNEYS = List.of(
            Journey.builder("j1").touch(at("2026-03-01"), "linkedin", "q1-launch").touch(at("2026-03-02"), "email", "webinar")
                    .touch(at("2026-03-03"), "direct").conversion(at("2026-03-04"), eur("120.00")).build(),
            Journey.builder("j2").touch(at("2026-03-01"), "email", "webinar").conversion(at("2026-03-02"), eur("80.00")).build(),
            Journey.builder("j3").conversion(at("2026-03-03"), eur("50.00")).build());

    static final Investment COSTS = Investment.of(
            Cost.of(CostCategory.AD_SPEND, eur("20.00")).withChannel("linkedin").withCampaign("q1-launch")
                    .withDate(LocalDate.parse("2026-03-03")),
            Cost.of(CostCategory.AD_SPEND, eur("100.00")).withChannel("linkedin").withDate(LocalDate.parse("2026-02-01")),
            Cost.of(CostCategory.CONTENT, eur("30.00")).withChannel("email").withCampaign("webinar"),
            Cost.of(CostCategory.AD_SPEND, eur("10.00")).withChannel("tiktok"),
            Cost.of(CostCategory.TOOLS, eur("25.00")));

    private Examples() {
    }

    static Instant at(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
