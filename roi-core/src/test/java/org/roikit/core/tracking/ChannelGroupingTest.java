package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.core.tracking.Condition.Field.CAMPAIGN;
import static org.roikit.core.tracking.Condition.Field.MEDIUM;
import static org.roikit.core.tracking.Condition.Field.SOURCE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelGroupingTest {

    private static final ChannelGrouping DEFAULT = ChannelGrouping.defaultRules();

    // ---------------------------------------------------------------- default classification

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        (direct)          | (none)         | ''                  | Direct
        (direct)          | (not set)      | ''                  | Direct
        (DIRECT)          | (None)         | spring              | Direct
        google            | cpc            | pmax_cross-network  | Cross-network
        partner           | referral       | Cross-Network Q1    | Cross-network
        google            | cpc            | spring-shop         | Paid Shopping
        newsletter        | paid_email     | shopping-week       | Paid Shopping
        partner           | cpc            | eshop-launch        | Paid Shopping
        amazon.com        | cpc            | ''                  | Paid Shopping
        google            | cpc            | ''                  | Paid Search
        bing              | ppc            | ''                  | Paid Search
        www.google.com    | retargeting    | ''                  | Paid Search
        facebook          | cpm            | ''                  | Paid Social
        linkedin          | paid_social    | q1 launch / EU      | Paid Social
        LinkedIn          | CPC            | ''                  | Paid Social
        tiktok            | paid           | ''                  | Paid Social
        youtube           | cpc            | ''                  | Paid Video
        youtube.com       | cpv            | ''                  | Paid Video
        news.example      | banner         | ''                  | Display
        dfa               | cpm            | ''                  | Display
        publisher         | interstitial   | ''                  | Display
        partner-network   | cpc            | ''                  | Paid Other
        criteo            | retargeting    | ''                  | Paid Other
        etsy              | referral       | ''                  | Organic Shopping
        newsletter        | email          | summer-shopping     | Organic Shopping
        facebook.com      | referral       | ''                  | Organic Social
        m.facebook.com    | referral       | ''                  | Organic Social
        www.instagram.com | referral       | ''                  | Organic Social
        t.co              | referral       | ''                  | Organic Social
        blog.example      | social         | ''                  | Organic Social
        youtube           | social         | ''                  | Organic Social
        youtube           | organic        | ''                  | Organic Video
        youtube.com       | referral       | ''                  | Organic Video
        m.youtube.com     | (none)         | ''                  | Organic Video
        example.com       | product-video  | ''                  | Organic Video
        google            | organic        | ''                  | Organic Search
        duckduckgo.com    | referral       | ''                  | Organic Search
        unknown-engine    | organic        | ''                  | Organic Search
        example.org       | referral       | ''                  | Referral
        example.org       | referral       | spring-workshop     | Referral
        partner-app       | app            | ''                  | Referral
        newsletter        | email          | ''                  | Email
        mailchimp         | e-mail         | ''                  | Email
        acme              | newsletter     | ''                  | Email
        e_mail            | weekly         | ''                  | Email
        awin              | affiliate      | ''                  | Affiliates
        spotify           | audio          | ''                  | Audio
        twilio            | sms            | ''                  | SMS
        sms               | (not set)      | ''                  | SMS
        app               | push           | ''                  | Mobile Push Notifications
        onesignal         | mobile push    | ''                  | Mobile Push Notifications
        braze             | notification   | ''                  | Mobile Push Notifications
        firebase          | (not set)      | ''                  | Mobile Push Notifications
        partner           | weird          | ''                  | Unassigned
        (not set)         | (not set)      | ''                  | Unassigned
        direct            | none           | ''                  | Unassigned
        ''                | ''             | ''                  | Unassigned
        """)
    void defaultRules_classifySourceMediumCampaign(String source, String medium, String campaign, String group) {
        assertThat(DEFAULT.classify(source, medium, campaign)).isEqualTo(ChannelGroup.of(group));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        https://example.com/?gclid=abc                                    | Paid Search
        https://example.com/?gbraid=abc                                   | Paid Search
        https://example.com/?wbraid=abc                                   | Paid Search
        https://example.com/?gclid=abc&utm_campaign=PMax_Cross-Network    | Cross-network
        https://example.com/?gclid=abc&utm_campaign=Shopping_Feed         | Paid Shopping
        https://example.com/?dclid=abc                                    | Display
        https://example.com/?msclkid=abc                                  | Paid Search
        https://example.com/?fbclid=abc                                   | Organic Social
        https://example.com/?li_fat_id=abc                                | Paid Social
        https://example.com/?twclid=abc                                   | Paid Social
        https://example.com/?ttclid=abc                                   | Paid Social
        https://example.com/?utm_source=newsletter&utm_medium=email&gclid=abc | Email
        https://example.com/?utm_source=facebook&utm_medium=cpm&fbclid=abc    | Paid Social
        https://example.com/?utm_source=LinkedIn&utm_medium=paid_social   | Paid Social
        https://example.com/                                              | Direct
        https://example.com/?utm_campaign=spring                          | Direct
        https://example.com/?utm_source=partner                           | Unassigned
        """)
    void defaultRules_classifyTaggedUrls(String url, String group) {
        assertThat(DEFAULT.classify(UtmParameters.fromUrl(url))).isEqualTo(ChannelGroup.of(group));
    }

    @Test
    void classify_withoutCampaign_isClassifyWithBlankCampaign() {
        assertThat(DEFAULT.classify("facebook.com", "referral")).isEqualTo(ChannelGroup.ORGANIC_SOCIAL);
        assertThat(DEFAULT.classify(TrafficSource.of("google", "cpc"))).isEqualTo(ChannelGroup.PAID_SEARCH);
    }

    @Test
    void matchingRule_explainsTheClassification() {
        assertThat(DEFAULT.matchingRule(TrafficSource.of("facebook", "cpm")).orElseThrow()).hasToString(
                "Paid Social: source in SOCIAL sites and (medium contains \"cp\" or medium in (\"ppc\", \"retargeting\")"
                        + " or medium starts with \"paid\")");
        assertThat(DEFAULT.matchingRule(TrafficSource.of("partner", "weird"))).isEmpty();
    }

    // ---------------------------------------------------------------- the default rule set as a value

    @Test
    void defaultRules_isVersionedAndInspectable() {
        assertThat(DEFAULT.version()).isEqualTo("ga4-2024").isEqualTo(ChannelGrouping.DEFAULT_VERSION);
        assertThat(DEFAULT.rules()).hasSize(18);
        assertThat(DEFAULT.rules()).extracting(ChannelRule::group)
                .containsExactlyElementsOf(ChannelGroup.defaults().subList(0, 18));
        assertThat(DEFAULT.groups()).isEqualTo(ChannelGroup.defaults());
        assertThat(DEFAULT.rules().get(0)).hasToString(
                "Direct: source = \"(direct)\" and medium in (\"(not set)\", \"(none)\")");
        assertThat(DEFAULT.rules().get(1)).hasToString("Cross-network: campaign contains \"cross-network\"");
        assertThat(DEFAULT.rules().get(6)).hasToString(
                "Display: medium in (\"display\", \"banner\", \"expandable\", \"interstitial\", \"cpm\")");
        assertThat(DEFAULT.rules().get(17)).hasToString("Mobile Push Notifications: medium ends with \"push\""
                + " or medium contains \"mobile\" or medium contains \"notification\" or source = \"firebase\"");
    }

    @Test
    void defaultRules_sourceListsKeepYoutubeOutOfSocial() {
        assertThat(DEFAULT.sources(SourceCategory.SOCIAL))
                .contains("facebook", "facebook.com", "instagram.com", "linkedin", "lnkd.in", "t.co", "tiktok")
                .doesNotContain("youtube", "youtube.com");
        assertThat(DEFAULT.sources(SourceCategory.VIDEO)).contains("youtube", "youtube.com", "youtu.be", "vimeo.com");
        assertThat(DEFAULT.sources(SourceCategory.SEARCH)).contains("google", "bing", "duckduckgo.com", "baidu")
                .doesNotContain("youtube");
        assertThat(DEFAULT.sources(SourceCategory.SHOPPING)).contains("amazon.com", "etsy", "shopping.google.com");
        assertThat(DEFAULT.sources(SourceCategory.SOCIAL)).allSatisfy(
                site -> assertThat(site).isEqualTo(site.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void defaultRules_areImmutable() {
        assertThatThrownBy(() -> DEFAULT.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DEFAULT.sources(SourceCategory.SOCIAL).add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DEFAULT.groups().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toString_startsWithVersionAndNumbersTheRules() {
        String[] lines = DEFAULT.toString().split("\n");

        assertThat(lines).hasSize(20);
        assertThat(lines[0]).isEqualTo("ChannelGrouping ga4-2024: first match wins, otherwise Unassigned");
        assertThat(lines[1]).isEqualTo(
                "   1  Direct                     source = \"(direct)\" and medium in (\"(not set)\", \"(none)\")");
        assertThat(lines[18]).startsWith("  18  Mobile Push Notifications  medium ends with \"push\"");
        assertThat(lines[19]).startsWith("  sources: SHOPPING ");
    }

    @Test
    void toString_ofASmallGrouping_isAnAlignedTable() {
        ChannelGrouping grouping = ChannelGrouping.of("acme-1", List.of(
                ChannelRule.of(ChannelGroup.of("Paid"), Condition.oneOf(MEDIUM, "cpc", "cpm")),
                ChannelRule.of(ChannelGroup.ORGANIC_SOCIAL, Condition.sourceIn(SourceCategory.SOCIAL))),
                Map.of(SourceCategory.SOCIAL, List.of("Mastodon.Social", "linkedin")));

        assertThat(grouping).hasToString(String.join("\n",
                "ChannelGrouping acme-1: first match wins, otherwise Unassigned",
                "  1  Paid            medium in (\"cpc\", \"cpm\")",
                "  2  Organic Social  source in SOCIAL sites",
                "  sources: SHOPPING 0, SEARCH 0, SOCIAL 2, VIDEO 0"));
    }

    // ---------------------------------------------------------------- extending and replacing

    @Test
    void withSources_addsSitesUnderANewVersion() {
        ChannelGrouping extended = DEFAULT.withSources("acme-2025.1", SourceCategory.SOCIAL, " Mastodon.Example ");

        assertThat(DEFAULT.classify("mastodon.example", "referral")).isEqualTo(ChannelGroup.REFERRAL);
        assertThat(extended.classify("mastodon.example", "referral")).isEqualTo(ChannelGroup.ORGANIC_SOCIAL);
        assertThat(extended.classify("Mastodon.Example", "cpc")).isEqualTo(ChannelGroup.PAID_SOCIAL);
        assertThat(extended.version()).isEqualTo("acme-2025.1");
        assertThat(extended.sources(SourceCategory.SOCIAL)).contains("mastodon.example")
                .hasSize(DEFAULT.sources(SourceCategory.SOCIAL).size() + 1);
        assertThat(extended.rules()).isEqualTo(DEFAULT.rules());
        assertThat(DEFAULT.sources(SourceCategory.SOCIAL)).doesNotContain("mastodon.example");
        assertThat(DEFAULT.withSources("v2", SourceCategory.SOCIAL, "linkedin").sources(SourceCategory.SOCIAL))
                .isEqualTo(DEFAULT.sources(SourceCategory.SOCIAL));
    }

    @Test
    void withoutSources_thenWithSources_movesASiteToAnotherCategory() {
        ChannelGrouping moved = DEFAULT.withoutSources("acme-2", SourceCategory.SOCIAL, "tiktok", "TikTok.com")
                .withSources("acme-2", SourceCategory.VIDEO, "tiktok", "tiktok.com");

        assertThat(DEFAULT.classify("tiktok", "cpc")).isEqualTo(ChannelGroup.PAID_SOCIAL);
        assertThat(moved.classify("tiktok", "cpc")).isEqualTo(ChannelGroup.PAID_VIDEO);
        assertThat(moved.classify("tiktok.com", "referral")).isEqualTo(ChannelGroup.ORGANIC_VIDEO);
        assertThat(moved.sources(SourceCategory.SOCIAL)).doesNotContain("tiktok", "tiktok.com");
    }

    @Test
    void withoutSources_rejectsASiteThatIsNotListed() {
        assertThatThrownBy(() -> DEFAULT.withoutSources("v2", SourceCategory.SOCIAL, "youtube"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source (\"youtube\") is not in the SOCIAL list of ga4-2024");
    }

    @Test
    void withRuleFirst_addsACustomGroupThatWinsOverTheDefaults() {
        ChannelGroup brand = ChannelGroup.of("Brand Search");
        ChannelRule rule = ChannelRule.of(brand,
                Condition.sourceIn(SourceCategory.SEARCH).and(Condition.startsWith(CAMPAIGN, "brand")));
        ChannelGrouping custom = DEFAULT.withRuleFirst("acme-3", rule);

        assertThat(custom.classify("google", "cpc", "Brand_Q1")).isEqualTo(brand);
        assertThat(custom.classify("google", "cpc", "generic_q1")).isEqualTo(ChannelGroup.PAID_SEARCH);
        assertThat(custom.rules()).hasSize(19);
        assertThat(custom.rules().get(0)).isEqualTo(rule);
        assertThat(custom.groups().get(0)).isEqualTo(brand);
        assertThat(custom.version()).isEqualTo("acme-3");
        assertThat(DEFAULT.classify("google", "cpc", "Brand_Q1")).isEqualTo(ChannelGroup.PAID_SEARCH);
    }

    @Test
    void withRuleBefore_insertsBeforeTheFirstRuleOfAGroup() {
        ChannelGroup partners = ChannelGroup.of("Partners");
        ChannelRule rule = ChannelRule.of(partners, Condition.oneOf(SOURCE, "partner-a.com", "partner-b.com"));
        ChannelGrouping custom = DEFAULT.withRuleBefore("acme-4", ChannelGroup.REFERRAL, rule);

        assertThat(custom.rules().indexOf(rule)).isEqualTo(12);
        assertThat(custom.rules().get(13).group()).isEqualTo(ChannelGroup.REFERRAL);
        assertThat(custom.classify("partner-a.com", "referral")).isEqualTo(partners);
        assertThat(custom.classify("partner-a.com", "cpc")).isEqualTo(ChannelGroup.PAID_OTHER);
        assertThat(custom.classify("example.org", "referral")).isEqualTo(ChannelGroup.REFERRAL);
    }

    @Test
    void withRuleBefore_rejectsAGroupWithoutRule() {
        ChannelRule rule = ChannelRule.of(ChannelGroup.of("Podcasts"), Condition.oneOf(MEDIUM, "podcast"));

        assertThatThrownBy(() -> DEFAULT.withRuleBefore("v2", ChannelGroup.of("Podcasts"), rule))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group (Podcasts) has no rule in ga4-2024");
        assertThatThrownBy(() -> DEFAULT.withRuleBefore("v2", ChannelGroup.UNASSIGNED, rule))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group (Unassigned) has no rule in ga4-2024");
    }

    @Test
    void withRuleLast_catchesWhatWouldBeUnassigned() {
        ChannelGroup tagged = ChannelGroup.of("Other Tagged");
        ChannelGrouping custom = DEFAULT.withRuleLast("acme-5",
                ChannelRule.of(tagged, Condition.not(Condition.oneOf(MEDIUM, "(not set)"))));

        assertThat(custom.classify("partner", "weird")).isEqualTo(tagged);
        assertThat(custom.classify("partner", "")).isEqualTo(ChannelGroup.UNASSIGNED);
        assertThat(custom.classify("google", "cpc")).isEqualTo(ChannelGroup.PAID_SEARCH);
        assertThat(custom.rules().get(18).group()).isEqualTo(tagged);
        assertThat(custom.groups()).endsWith(tagged, ChannelGroup.UNASSIGNED);
    }

    @Test
    void withRules_replacesTheRulesAndKeepsTheSources() {
        ChannelGroup paid = ChannelGroup.of("Paid");
        ChannelGroup free = ChannelGroup.of("Free");
        ChannelGrouping replaced = DEFAULT.withRules("acme-6", List.of(
                ChannelRule.of(paid, Condition.anyOf(Condition.contains(MEDIUM, "cp"), Condition.startsWith(MEDIUM, "paid"))),
                ChannelRule.of(free, Condition.sourceIn(SourceCategory.SOCIAL))));

        assertThat(replaced.classify("facebook", "cpm")).isEqualTo(paid);
        assertThat(replaced.classify("facebook.com", "referral")).isEqualTo(free);
        assertThat(replaced.classify("google", "organic")).isEqualTo(ChannelGroup.UNASSIGNED);
        assertThat(replaced.groups()).containsExactly(paid, free, ChannelGroup.UNASSIGNED);
        assertThat(replaced.sources(SourceCategory.SOCIAL)).isEqualTo(DEFAULT.sources(SourceCategory.SOCIAL));
    }

    @Test
    void of_buildsAGroupingFromScratch() {
        ChannelGroup unassignedFirst = ChannelGroup.UNASSIGNED;
        ChannelGrouping scratch = ChannelGrouping.of("scratch-1", List.of(
                ChannelRule.of(unassignedFirst, Condition.oneOf(SOURCE, "spam.example")),
                ChannelRule.of(ChannelGroup.PAID_VIDEO, Condition.sourceIn(SourceCategory.VIDEO))),
                Map.of(SourceCategory.VIDEO, List.of("PeerTube.Example")));

        assertThat(scratch.version()).isEqualTo("scratch-1");
        assertThat(scratch.sources(SourceCategory.VIDEO)).containsExactly("peertube.example");
        assertThat(scratch.sources(SourceCategory.SEARCH)).isEmpty();
        assertThat(scratch.classify("peertube.example", "referral")).isEqualTo(ChannelGroup.PAID_VIDEO);
        assertThat(scratch.classify("youtube", "cpc")).isEqualTo(ChannelGroup.UNASSIGNED);
        assertThat(scratch.groups()).containsExactly(ChannelGroup.UNASSIGNED, ChannelGroup.PAID_VIDEO);
    }

    @Test
    void factoriesAndChanges_rejectBadArguments() {
        ChannelRule rule = ChannelRule.of(ChannelGroup.EMAIL, Condition.oneOf(MEDIUM, "email"));

        assertThatThrownBy(() -> ChannelGrouping.of("", List.of(rule), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("version (\"\") must not be blank");
        assertThatThrownBy(() -> ChannelGrouping.of("v", List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rules must not be empty");
        assertThatThrownBy(() -> ChannelGrouping.of("v", null, Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("rules");
        assertThatThrownBy(() -> ChannelGrouping.of("v", List.of(rule), null))
                .isInstanceOf(NullPointerException.class).hasMessage("sources");
        assertThatThrownBy(() -> ChannelGrouping.of("v", List.of(rule), Map.of(SourceCategory.SOCIAL, List.of(" "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source (\" \") must not be blank");
        assertThatThrownBy(() -> DEFAULT.withSources(" ", SourceCategory.SOCIAL, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("version (\" \") must not be blank");
        assertThatThrownBy(() -> DEFAULT.withSources("v2", null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("category");
        assertThatThrownBy(() -> DEFAULT.withSources("v2", SourceCategory.SOCIAL, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source (\"\") must not be blank");
        assertThatThrownBy(() -> DEFAULT.withRuleFirst(null, rule))
                .isInstanceOf(NullPointerException.class).hasMessage("version");
        assertThatThrownBy(() -> DEFAULT.withRuleFirst("v2", null))
                .isInstanceOf(NullPointerException.class).hasMessage("rule");
        assertThatThrownBy(() -> DEFAULT.withRuleBefore("v2", null, rule))
                .isInstanceOf(NullPointerException.class).hasMessage("group");
        assertThatThrownBy(() -> DEFAULT.withRules("v2", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rules must not be empty");
        assertThatThrownBy(() -> DEFAULT.classify((TrafficSource) null))
                .isInstanceOf(NullPointerException.class).hasMessage("traffic");
        assertThatThrownBy(() -> DEFAULT.classify((UtmParameters) null))
                .isInstanceOf(NullPointerException.class).hasMessage("parameters");
        assertThatThrownBy(() -> DEFAULT.classify("google", null, ""))
                .isInstanceOf(NullPointerException.class).hasMessage("medium");
        assertThatThrownBy(() -> DEFAULT.sources(null))
                .isInstanceOf(NullPointerException.class).hasMessage("category");
        assertThatThrownBy(() -> ChannelRule.of(null, Condition.oneOf(MEDIUM, "x")))
                .isInstanceOf(NullPointerException.class).hasMessage("group");
        assertThatThrownBy(() -> ChannelRule.of(ChannelGroup.EMAIL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("condition");
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equals_comparesVersionRulesAndSources() {
        ChannelGrouping same = DEFAULT.withRules("ga4-2024", DEFAULT.rules());

        assertThat(same).isEqualTo(DEFAULT).hasSameHashCodeAs(DEFAULT);
        assertThat(DEFAULT.withRules("other", DEFAULT.rules())).isNotEqualTo(DEFAULT);
        assertThat(DEFAULT.withSources("ga4-2024", SourceCategory.SOCIAL, "new.example")).isNotEqualTo(DEFAULT);
        assertThat(DEFAULT.withRuleLast("ga4-2024", DEFAULT.rules().get(0))).isNotEqualTo(DEFAULT);
        assertThat(DEFAULT).isNotEqualTo("ga4-2024");
    }

    @Test
    void channelRule_isAValue() {
        ChannelRule rule = ChannelRule.of(ChannelGroup.EMAIL, Condition.oneOf(MEDIUM, "email"));

        assertThat(rule).isEqualTo(new ChannelRule(ChannelGroup.EMAIL, Condition.oneOf(MEDIUM, "EMAIL")))
                .hasSameHashCodeAs(new ChannelRule(ChannelGroup.EMAIL, Condition.oneOf(MEDIUM, "EMAIL")));
        assertThat(rule.group()).isEqualTo(ChannelGroup.EMAIL);
        assertThat(rule.condition()).isEqualTo(Condition.oneOf(MEDIUM, "email"));
        assertThat(rule).hasToString("Email: medium = \"email\"");
    }
}
