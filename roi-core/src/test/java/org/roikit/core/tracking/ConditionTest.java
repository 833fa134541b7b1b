package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.core.tracking.Condition.Field.CAMPAIGN;
import static org.roikit.core.tracking.Condition.Field.MEDIUM;
import static org.roikit.core.tracking.Condition.Field.SOURCE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final ChannelGroup HIT = ChannelGroup.of("Hit");

    /** Returns whether {@code condition} holds for the traffic, through a one-rule grouping. */
    private static boolean holds(Condition condition, String source, String medium, String campaign) {
        ChannelGrouping grouping = ChannelGrouping.of("test", List.of(ChannelRule.of(HIT, condition)),
                Map.of(SourceCategory.SOCIAL, List.of("facebook.com", "linkedin")));
        return grouping.classify(source, medium, campaign).equals(HIT);
    }

    @Test
    void oneOf_normalisesValuesAndMatchesWholeValues() {
        Condition condition = Condition.oneOf(MEDIUM, " CPC ", "Display");

        assertThat(((Condition.OneOf) condition).values()).containsExactly("cpc", "display");
        assertThat(holds(condition, "x", "CPC", "")).isTrue();
        assertThat(holds(condition, "x", "cpcx", "")).isFalse();
        assertThat(condition).hasToString("medium in (\"cpc\", \"display\")");
        assertThat(Condition.oneOf(SOURCE, "(direct)")).hasToString("source = \"(direct)\"");
    }

    @Test
    void containsStartsWithEndsWith_lowerCaseTheirText() {
        assertThat(holds(Condition.contains(CAMPAIGN, "Cross-Network"), "x", "y", "pmax_cross-network_q1")).isTrue();
        assertThat(holds(Condition.contains(CAMPAIGN, "cross-network"), "x", "y", "crossnetwork")).isFalse();
        assertThat(holds(Condition.startsWith(MEDIUM, "Paid"), "x", "paid_social", "")).isTrue();
        assertThat(holds(Condition.startsWith(MEDIUM, "paid"), "x", "unpaid", "")).isFalse();
        assertThat(holds(Condition.endsWith(MEDIUM, "PUSH"), "x", "web push", "")).isTrue();
        assertThat(holds(Condition.endsWith(MEDIUM, "push"), "x", "pushed", "")).isFalse();
        assertThat(Condition.contains(CAMPAIGN, "Cross-Network")).hasToString("campaign contains \"cross-network\"");
        assertThat(Condition.startsWith(MEDIUM, "paid")).hasToString("medium starts with \"paid\"");
        assertThat(Condition.endsWith(MEDIUM, "push")).hasToString("medium ends with \"push\"");
    }

    @Test
    void matches_testsTheWholeValueWithoutRegardToCase() {
        Condition condition = Condition.matches(CAMPAIGN, "Spring.*");

        assertThat(holds(condition, "x", "y", "SPRING-sale")).isTrue();
        assertThat(holds(condition, "x", "y", "big spring sale")).isFalse();
        assertThat(holds(Condition.matches(CAMPAIGN, "a.b"), "x", "y", "a\nb")).isTrue();
        assertThat(condition).hasToString("campaign matches \"Spring.*\"");
    }

    @Test
    void matches_equalityComparesPatternTextAndFlags() {
        Condition a = Condition.matches(CAMPAIGN, "spring.*");

        assertThat(a).isEqualTo(Condition.matches(CAMPAIGN, "spring.*"))
                .hasSameHashCodeAs(Condition.matches(CAMPAIGN, "spring.*"));
        assertThat(a).isNotEqualTo(Condition.matches(CAMPAIGN, "summer.*"));
        assertThat(a).isNotEqualTo(Condition.matches(MEDIUM, "spring.*"));
        assertThat(a).isNotEqualTo(new Condition.Matches(CAMPAIGN, Pattern.compile("spring.*")));
        assertThat(a).isNotEqualTo("spring.*");
    }

    @Test
    void sourceIn_looksTheSourceUpInTheGroupingsList() {
        Condition condition = Condition.sourceIn(SourceCategory.SOCIAL);

        assertThat(holds(condition, "Facebook.com", "referral", "")).isTrue();
        assertThat(holds(condition, "www.facebook.com", "referral", "")).isTrue();
        assertThat(holds(condition, "m.facebook.com", "referral", "")).isFalse();
        assertThat(holds(condition, "linkedin", "cpc", "")).isTrue();
        assertThat(holds(Condition.sourceIn(SourceCategory.VIDEO), "youtube", "cpc", "")).isFalse();
        assertThat(condition).hasToString("source in SOCIAL sites");
    }

    @Test
    void combinations_holdAsLogicSaysAndReadWithParentheses() {
        Condition paid = Condition.anyOf(Condition.contains(MEDIUM, "cp"), Condition.startsWith(MEDIUM, "paid"));
        Condition social = Condition.sourceIn(SourceCategory.SOCIAL).and(paid);

        assertThat(holds(social, "linkedin", "paid_social", "")).isTrue();
        assertThat(holds(social, "linkedin", "referral", "")).isFalse();
        assertThat(holds(social, "partner", "cpc", "")).isFalse();
        assertThat(holds(Condition.not(paid), "x", "organic", "")).isTrue();
        assertThat(holds(Condition.not(paid), "x", "cpc", "")).isFalse();
        assertThat(holds(Condition.oneOf(SOURCE, "a").or(Condition.oneOf(SOURCE, "b")), "b", "y", "")).isTrue();
        assertThat(holds(Condition.allOf(Condition.oneOf(SOURCE, "a")), "a", "y", "")).isTrue();
        assertThat(social).hasToString(
                "source in SOCIAL sites and (medium contains \"cp\" or medium starts with \"paid\")");
        assertThat(Condition.not(paid)).hasToString("not (medium contains \"cp\" or medium starts with \"paid\")");
        assertThat(social).isEqualTo(Condition.allOf(Condition.sourceIn(SourceCategory.SOCIAL), paid));
    }

    @Test
    void records_exposeTheirComponents() {
        assertThat(new Condition.Contains(CAMPAIGN, "X").text()).isEqualTo("x");
        assertThat(new Condition.StartsWith(MEDIUM, "P").prefix()).isEqualTo("p");
        assertThat(new Condition.EndsWith(MEDIUM, "P").suffix()).isEqualTo("p");
        assertThat(new Condition.SourceIn(SourceCategory.VIDEO).category()).isEqualTo(SourceCategory.VIDEO);
        assertThat(new Condition.Not(Condition.oneOf(SOURCE, "a")).condition()).isEqualTo(Condition.oneOf(SOURCE, "a"));
        assertThat(new Condition.OneOf(SOURCE, Set.of("A")).field()).isEqualTo(SOURCE);
        assertThat(new Condition.AnyOf(List.of(Condition.oneOf(SOURCE, "a"))).conditions()).hasSize(1);
        assertThat(SOURCE).hasToString("source");
        assertThat(CAMPAIGN.valueIn(TrafficSource.of("s", "m", "C"))).isEqualTo("c");
    }

    @Test
    void factories_rejectBadArguments() {
        assertThatThrownBy(() -> Condition.oneOf(MEDIUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("values must not be empty");
        assertThatThrownBy(() -> Condition.oneOf(MEDIUM, "cpc", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value (\" \") must not be blank");
        assertThatThrownBy(() -> Condition.oneOf(null, "cpc"))
                .isInstanceOf(NullPointerException.class).hasMessage("field");
        assertThatThrownBy(() -> Condition.contains(CAMPAIGN, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be empty");
        assertThatThrownBy(() -> Condition.startsWith(MEDIUM, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("prefix must not be empty");
        assertThatThrownBy(() -> Condition.endsWith(MEDIUM, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("suffix must not be empty");
        assertThatThrownBy(() -> Condition.contains(CAMPAIGN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Condition.matches(CAMPAIGN, "["))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("regex (\"[\") is not a valid regular expression: Unclosed character class at index 0");
        assertThatThrownBy(() -> Condition.matches(CAMPAIGN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("regex");
        assertThatThrownBy(() -> Condition.sourceIn(null))
                .isInstanceOf(NullPointerException.class).hasMessage("category");
        assertThatThrownBy(() -> Condition.anyOf())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("conditions must not be empty");
        assertThatThrownBy(() -> Condition.allOf())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("conditions must not be empty");
        assertThatThrownBy(() -> Condition.not(null))
                .isInstanceOf(NullPointerException.class).hasMessage("condition");
        assertThatThrownBy(() -> new Condition.Matches(CAMPAIGN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("pattern");
    }
}
