package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ChannelGroupingProperties {

    private static final List<String> SOURCES = List.of("google", "facebook.com", "Facebook", "youtube", "linkedin",
            "amazon.com", "(direct)", "newsletter", "partner", "www.instagram.com", "sms", "firebase", "e-mail", "");
    private static final List<String> MEDIUMS = List.of("cpc", "cpm", "organic", "referral", "email", "paid_social",
            "(none)", "(not set)", "display", "push", "video", "affiliate", "audio", "sms", "social", "newsletter", "");
    private static final List<String> CAMPAIGNS = List.of("", "summer-shop", "pmax_cross-network", "workshop",
            "spring", "shopping");

    private static final ChannelGrouping RULES = ChannelGrouping.defaultRules();

    private static Gen<String> oneOf(List<String> values) {
        return integers().between(0, values.size() - 1).map(values::get);
    }

    @Test
    void classify_ignoresCaseAndSurroundingWhiteSpace() {
        qt().forAll(oneOf(SOURCES), oneOf(MEDIUMS), oneOf(CAMPAIGNS)).checkAssert((source, medium, campaign) ->
                assertThat(RULES.classify(" " + source.toUpperCase(Locale.ROOT) + " ",
                        medium.toUpperCase(Locale.ROOT) + "\t", campaign.toUpperCase(Locale.ROOT)))
                        .isEqualTo(RULES.classify(source, medium, campaign)));
    }

    @Test
    void classify_ofATaggedUrl_agreesWithItsSourceMediumAndCampaign() {
        qt().forAll(oneOf(SOURCES), oneOf(MEDIUMS), oneOf(CAMPAIGNS)).checkAssert((source, medium, campaign) -> {
            TaggedUrl.Builder builder = TaggedUrl.builder("https://example.com/").source(source.isEmpty() ? "x" : source);
            if (!medium.isEmpty()) {
                builder.medium(medium);
            }
            if (!campaign.isEmpty()) {
                builder.campaign(campaign);
            }
            String expectedSource = source.isEmpty() ? "x" : source;
            assertThat(RULES.classify(builder.build().parameters()))
                    .isEqualTo(RULES.classify(expectedSource, medium, campaign));
        });
    }

    @Test
    void ruleFirst_winsOverEveryDefaultRule() {
        ChannelRule everything = ChannelRule.of(ChannelGroup.of("Everything"),
                Condition.not(Condition.oneOf(Condition.Field.SOURCE, "never-seen")));
        ChannelGrouping first = RULES.withRuleFirst("test-1", everything);
        qt().forAll(oneOf(SOURCES), oneOf(MEDIUMS), oneOf(CAMPAIGNS)).checkAssert((source, medium, campaign) ->
                assertThat(first.classify(source, medium, campaign)).isEqualTo(ChannelGroup.of("Everything")));
    }
}
