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
}
