package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchpointTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void of_keepsTextExactlyAsGiven() {
        Touchpoint t = Touchpoint.of("j-1", AT, " LinkedIn ");
        assertThat(t.journeyId()).isEqualTo("j-1");
        assertThat(t.instant()).isEqualTo(AT);
        assertThat(t.channel()).isEqualTo(" LinkedIn ");
        assertThat(t.campaign()).isEmpty();
        assertThat(t.type()).isEmpty();
        assertThat(Touchpoint.of("j-1", AT, "linkedin", "q1-launch").campaign()).contains("q1-launch");
    }

    @Test
    void withCampaignAndWithType_copy() {
        Touchpoint t = Touchpoint.of("j-1", AT, "linkedin").withCampaign("q1-launch").withType("click");
        assertThat(t).isEqualTo(new Touchpoint("j-1", AT, "linkedin", Optional.of("q1-launch"), Optional.of("click")));
        assertThat(t).hasSameHashCodeAs(new Touchpoint("j-1", AT, "linkedin", Optional.of("q1-launch"),
                Optional.of("click")));
        assertThat(t).isNotEqualTo(t.withCampaign("q2"));
        assertThat(t).hasToString("j-1 2026-03-01T10:00:00Z linkedin/q1-launch (click)");
        assertThat(Touchpoint.of("j-1", AT, "email")).hasToString("j-1 2026-03-01T10:00:00Z email");
    }

    @Test
    void rejectsBlankText() {
        assertThatThrownBy(() -> Touchpoint.of(" ", AT, "email"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("journeyId (\" \") must not be blank");
        assertThatThrownBy(() -> Touchpoint.of("j", AT, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("channel (\"\") must not be blank");
        assertThatThrownBy(() -> Touchpoint.of("j", AT, "email", "\t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("campaign (\"\t\") must not be blank");
        assertThatThrownBy(() -> Touchpoint.of("j", AT, "email").withType(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("type (\" \") must not be blank");
    }

    @Test
    void rejectsTheReportsOwnRowNames() {
        assertThatThrownBy(() -> Touchpoint.of("j", AT, "(unattributed)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel (\"(unattributed)\") is a name reserved for the report's own rows");
        assertThatThrownBy(() -> Touchpoint.of("j", AT, "(unassigned)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel (\"(unassigned)\") is a name reserved for the report's own rows");
        assertThatThrownBy(() -> Touchpoint.of("j", AT, "email", "(none)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign (\"(none)\") is a name reserved for the report's own rows");
        assertThat(Touchpoint.of("j", AT, "(direct)").channel()).isEqualTo("(direct)");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Touchpoint.of(null, AT, "email"))
                .isInstanceOf(NullPointerException.class).hasMessage("journeyId");
        assertThatThrownBy(() -> Touchpoint.of("j", null, "email"))
                .isInstanceOf(NullPointerException.class).hasMessage("instant");
        assertThatThrownBy(() -> Touchpoint.of("j", AT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("channel");
        assertThatThrownBy(() -> new Touchpoint("j", AT, "email", null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("campaign");
        assertThatThrownBy(() -> new Touchpoint("j", AT, "email", Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> Touchpoint.of("j", AT, "email").withCampaign(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newCampaign");
    }

    @Test
    void attributes_areSortedUnmodifiableAndPartOfEquality() {
        java.util.Map<String, String> given = new java.util.HashMap<>();
        given.put("segment", "smb");
        given.put("content_type", "video");
        Touchpoint t = new Touchpoint("j-1", AT, "linkedin", Optional.empty(), Optional.empty(),
                new java.util.TreeMap<>(given));
        given.put("segment", "enterprise");
        assertThat(t.attributes()).containsExactly(java.util.Map.entry("content_type", "video"),
                java.util.Map.entry("segment", "smb"));
        assertThatThrownBy(() -> t.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(t.attribute("segment")).contains("smb");
        assertThat(t.attribute("region")).isEmpty();
        Touchpoint same = Touchpoint.of("j-1", AT, "linkedin").withAttribute("segment", "smb")
                .withAttribute("content_type", "video");
        assertThat(t).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(t).isNotEqualTo(Touchpoint.of("j-1", AT, "linkedin"));
        assertThat(t.withAttribute("segment", "enterprise").attribute("segment")).contains("enterprise");
        assertThat(t.withCampaign("q1").withType("click").attributes()).isEqualTo(t.attributes());
        assertThat(t.toString()).isEqualTo("j-1 2026-03-01T10:00:00Z linkedin {content_type=video, segment=smb}");
        assertThat(Touchpoint.of("j-1", AT, "linkedin").attributes()).isEmpty();
    }

    @Test
    void attributes_rejectBlankOrContractKeysAndBlankValues() {
        Touchpoint t = Touchpoint.of("j-1", AT, "linkedin");
        assertThatThrownBy(() -> t.withAttribute(" ", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute key (\" \") must not be blank");
        assertThatThrownBy(() -> t.withAttribute("campaign", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute key (\"campaign\") must not be a contract column (journey_id, timestamp,"
                        + " channel, campaign, type)");
        assertThatThrownBy(() -> t.withAttribute("segment", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute segment (\"\") must not be blank");
        assertThatThrownBy(() -> t.withAttribute("segment", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Touchpoint("j-1", AT, "x", Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("attributes");
    }

}
