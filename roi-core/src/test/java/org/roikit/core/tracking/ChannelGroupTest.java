package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChannelGroupTest {

    @Test
    void defaults_areTheNineteenGa4GroupsInRuleOrder() {
        assertThat(ChannelGroup.defaults()).extracting(ChannelGroup::name).containsExactly(
                "Direct", "Cross-network", "Paid Shopping", "Paid Search", "Paid Social", "Paid Video", "Display",
                "Paid Other", "Organic Shopping", "Organic Social", "Organic Video", "Organic Search", "Referral",
                "Email", "Affiliates", "Audio", "SMS", "Mobile Push Notifications", "Unassigned");
    }

    @Test
    void of_makesCustomGroupsEqualByName() {
        assertThat(ChannelGroup.of("Paid Social")).isEqualTo(ChannelGroup.PAID_SOCIAL)
                .hasSameHashCodeAs(ChannelGroup.PAID_SOCIAL);
        assertThat(ChannelGroup.of("paid social")).isNotEqualTo(ChannelGroup.PAID_SOCIAL);
        assertThat(ChannelGroup.of("Partners").name()).isEqualTo("Partners");
    }

    @Test
    void toString_isTheName() {
        assertThat(ChannelGroup.MOBILE_PUSH).hasToString("Mobile Push Notifications");
        assertThat(ChannelGroup.of("Partners")).hasToString("Partners");
    }

    @Test
    void rejectsBlankAndPaddedNames() {
        assertThatThrownBy(() -> ChannelGroup.of(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> ChannelGroup.of(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name (\" \") must not be blank");
        assertThatThrownBy(() -> new ChannelGroup("Partners "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name (\"Partners \") must not start or end with white space");
    }
}
