package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrafficSourceTest {

    @Test
    void of_stripsAndLowerCasesEveryComponent() {
        TrafficSource traffic = TrafficSource.of(" Google ", "CPC", "Spring Sale");

        assertThat(traffic.source()).isEqualTo("google");
        assertThat(traffic.medium()).isEqualTo("cpc");
        assertThat(traffic.campaign()).isEqualTo("spring sale");
    }

    @Test
    void of_readsBlankComponentsAsNotSet() {
        TrafficSource traffic = new TrafficSource("", " ", "");

        assertThat(traffic.source()).isEqualTo("(not set)");
        assertThat(traffic.medium()).isEqualTo("(not set)");
        assertThat(traffic.campaign()).isEqualTo("(not set)");
        assertThat(TrafficSource.of("google", "cpc")).isEqualTo(TrafficSource.of("google", "cpc", ""));
        assertThat(TrafficSource.of("google", "cpc").isCampaignSet()).isFalse();
        assertThat(TrafficSource.of("google", "cpc", "x").isCampaignSet()).isTrue();
    }

    @Test
    void direct_isDirectNone() {
        assertThat(TrafficSource.direct()).isEqualTo(TrafficSource.of("(direct)", "(none)"));
    }

    @Test
    void withCampaign_replacesOnlyTheCampaign() {
        assertThat(TrafficSource.of("google", "cpc", "a").withCampaign("B"))
                .isEqualTo(TrafficSource.of("google", "cpc", "b"));
    }

    @Test
    void rejectsNullComponents() {
        assertThatThrownBy(() -> TrafficSource.of(null, "cpc")).isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> TrafficSource.of("google", null)).isInstanceOf(NullPointerException.class).hasMessage("medium");
        assertThatThrownBy(() -> TrafficSource.of("google", "cpc", null))
                .isInstanceOf(NullPointerException.class).hasMessage("campaign");
        assertThatThrownBy(() -> TrafficSource.from(null)).isInstanceOf(NullPointerException.class).hasMessage("parameters");
    }

    @Test
    void equalsAndHashCode_followNormalisedComponents() {
        assertThat(TrafficSource.of("Facebook.com", "Referral"))
                .isEqualTo(TrafficSource.of("facebook.com", "referral"))
                .hasSameHashCodeAs(TrafficSource.of("facebook.com", "referral"))
                .isNotEqualTo(TrafficSource.of("facebook.com", "social"));
    }

    @Test
    void toString_showsSourceMediumAndQuotedCampaign() {
        assertThat(TrafficSource.of("google", "cpc")).hasToString("google / cpc");
        assertThat(TrafficSource.of("LinkedIn", "paid_social", "Q1 launch / EU"))
                .hasToString("linkedin / paid_social, campaign \"q1 launch / eu\"");
    }

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
        ?utm_source=Newsletter&utm_medium=Email&utm_campaign=May  | newsletter   | email     | may
        ?utm_source=partner                                       | partner      | (not set) | (not set)
        ?utm_medium=cpc                                           | (not set)    | cpc       | (not set)
        ?gclid=abc                                                | google       | cpc       | (not set)
        ?wbraid=abc&utm_campaign=PMax_Cross-Network               | google       | cpc       | pmax_cross-network
        ?fbclid=abc                                               | facebook.com | referral  | (not set)
        ?fbclid=abc&gclid=def                                     | google       | cpc       | (not set)
        ?ttclid=abc&msclkid=def                                   | bing         | cpc       | (not set)
        ?dclid=abc                                                | dfa          | cpm       | (not set)
        ?utm_source=newsletter&utm_medium=email&gclid=abc         | newsletter   | email     | (not set)
        ?gclid=&utm_term=x                                        | (direct)     | (none)    | (not set)
        ?utm_campaign=spring                                      | (direct)     | (none)    | spring
        ?utm_source=%20&utm_medium=                               | (direct)     | (none)    | (not set)
        """)
    void from_derivesTheTrafficSourceOfAUrl(String query, String source, String medium, String campaign) {
        TrafficSource traffic = TrafficSource.from(UtmParameters.fromQuery(query));

        assertThat(traffic.source()).isEqualTo(source);
        assertThat(traffic.medium()).isEqualTo(medium);
        assertThat(traffic.campaign()).isEqualTo(campaign);
    }
}
