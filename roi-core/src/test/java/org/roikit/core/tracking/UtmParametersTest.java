package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UtmParametersTest {

    // ---------------------------------------------------------------- reading

    @Test
    void fromUrl_readsAllSevenUtmParameters() {
        UtmParameters utm = UtmParameters.fromUrl("https://example.com/launch?utm_source=LinkedIn"
                + "&utm_medium=paid_social&utm_campaign=Q1%20Launch&utm_id=c-42&utm_term=roi%20tool"
                + "&utm_content=banner_a&utm_source_platform=Search%20Ads%20360");

        assertThat(utm.source()).contains("LinkedIn");
        assertThat(utm.medium()).contains("paid_social");
        assertThat(utm.campaign()).contains("Q1 Launch");
        assertThat(utm.id()).contains("c-42");
        assertThat(utm.term()).contains("roi tool");
        assertThat(utm.content()).contains("banner_a");
        assertThat(utm.sourcePlatform()).contains("Search Ads 360");
        assertThat(utm.value(UtmParameter.SOURCE)).contains("LinkedIn");
        assertThat(utm.value(UtmParameter.SOURCE_PLATFORM)).contains("Search Ads 360");
        assertThat(utm.clickIds()).isEmpty();
        assertThat(utm.isTagged()).isTrue();
    }

    @Test
    void fromUrl_readsEveryClickId() {
        UtmParameters utm = UtmParameters.fromUrl("https://example.com/?ttclid=tt1&gclid=g1&gbraid=g2&wbraid=g3"
                + "&dclid=d1&msclkid=m1&fbclid=f1&li_fat_id=l1&twclid=t1");

        assertThat(utm.clickIds()).containsExactly(ClickId.GCLID, ClickId.GBRAID, ClickId.WBRAID, ClickId.DCLID,
                ClickId.MSCLKID, ClickId.FBCLID, ClickId.LI_FAT_ID, ClickId.TWCLID, ClickId.TTCLID);
        assertThat(utm.clickId(ClickId.GCLID)).contains("g1");
        assertThat(utm.clickId(ClickId.GBRAID)).contains("g2");
        assertThat(utm.clickId(ClickId.WBRAID)).contains("g3");
        assertThat(utm.clickId(ClickId.DCLID)).contains("d1");
        assertThat(utm.clickId(ClickId.MSCLKID)).contains("m1");
        assertThat(utm.clickId(ClickId.FBCLID)).contains("f1");
        assertThat(utm.clickId(ClickId.LI_FAT_ID)).contains("l1");
        assertThat(utm.clickId(ClickId.TWCLID)).contains("t1");
        assertThat(utm.clickId(ClickId.TTCLID)).contains("tt1");
        assertThat(utm.source()).isEmpty();
        assertThat(utm.isTagged()).isTrue();
    }

    @Test
    void fromUrl_percentDecodesUtf8AndReadsPlusAsSpace() {
        assertThat(UtmParameters.fromUrl("/?utm_campaign=caf%C3%A9%20%26%20cr%C3%A8me%3D%2B1").campaign())
                .contains("café & crème=+1");
        assertThat(UtmParameters.fromUrl("/?utm_campaign=spring+sale").campaign()).contains("spring sale");
        assertThat(UtmParameters.fromUrl("/?utm_campaign=caf%c3%a9").campaign()).contains("café");
        assertThat(UtmParameters.fromUrl("/?utm_campaign=%F0%9F%9A%80launch").campaign()).contains("\uD83D\uDE80launch");
        assertThat(UtmParameters.fromUrl("/?utm_campaign=a%2Fb%23c%3Fd").campaign()).contains("a/b#c?d");
    }

    @Test
    void fromUrl_keepsLiteralNonAsciiCharacters() {
        assertThat(UtmParameters.fromUrl("https://example.com/?utm_campaign=café").campaign()).contains("café");
    }

    @Test
    void fromUrl_matchesParameterNamesWithoutRegardToCase() {
        UtmParameters utm = UtmParameters.fromUrl("https://example.com/?UTM_SOURCE=Google&Utm_Medium=CPC&GCLID=x");

        assertThat(utm.source()).contains("Google");
        assertThat(utm.medium()).contains("CPC");
        assertThat(utm.clickId(ClickId.GCLID)).contains("x");
    }

    @Test
    void fromUrl_percentDecodesParameterNames() {
        assertThat(UtmParameters.fromUrl("/?utm%5Fsource=x").source()).contains("x");
    }

    @Test
    void fromUrl_repeatedParameter_firstValueWinsAndAllAreKept() {
        UtmParameters utm = UtmParameters.fromUrl("/?utm_source=google&UTM_Source=bing&utm_source=yahoo");

        assertThat(utm.source()).contains("google");
        assertThat(utm.allValues(UtmParameter.SOURCE)).containsExactly("google", "bing", "yahoo");
    }

    @Test
    void fromUrl_emptyValuesCountAsAbsentButAreKept() {
        UtmParameters utm = UtmParameters.fromUrl("/?utm_source=&utm_medium&utm_term=%20%20&gclid=");

        assertThat(utm.source()).isEmpty();
        assertThat(utm.medium()).isEmpty();
        assertThat(utm.term()).isEmpty();
        assertThat(utm.normalised(UtmParameter.SOURCE)).isEmpty();
        assertThat(utm.clickId(ClickId.GCLID)).isEmpty();
        assertThat(utm.clickIds()).isEmpty();
        assertThat(utm.allValues(UtmParameter.SOURCE)).containsExactly("");
        assertThat(utm.allValues(UtmParameter.MEDIUM)).containsExactly("");
        assertThat(utm.allValues(UtmParameter.TERM)).containsExactly("  ");
        assertThat(utm.allValues(ClickId.GCLID)).containsExactly("");
        assertThat(utm.isTagged()).isFalse();
    }

    @Test
    void fromUrl_blankFirstValue_givesWayToTheFirstValueThatIsNotBlank() {
        UtmParameters utm = UtmParameters.fromUrl("/?utm_source=&utm_source=google&gclid=&gclid=abc");

        assertThat(utm.source()).contains("google");
        assertThat(utm.clickId(ClickId.GCLID)).contains("abc");
    }

    @Test
    void normalised_stripsAndLowerCasesWithTheRootLocale() {
        UtmParameters utm = UtmParameters.fromUrl("/?utm_source=%20LinkedIn%20&utm_campaign=Q1+LAUNCH&utm_term=TITLE");

        assertThat(utm.source()).contains(" LinkedIn ");
        assertThat(utm.normalised(UtmParameter.SOURCE)).contains("linkedin");
        assertThat(utm.normalised(UtmParameter.CAMPAIGN)).contains("q1 launch");
        assertThat(utm.normalised(UtmParameter.TERM)).contains("title");
        assertThat(utm.normalised(UtmParameter.CONTENT)).isEmpty();
    }

    @Test
    void fromUrl_ignoresTheFragment() {
        UtmParameters utm = UtmParameters.fromUrl("https://example.com/?utm_source=a#utm_medium=b");

        assertThat(utm.source()).contains("a");
        assertThat(utm.medium()).isEmpty();
        assertThat(UtmParameters.fromUrl("https://example.com/#/page?utm_source=x").isTagged()).isFalse();
        assertThat(UtmParameters.fromUrl("https://example.com/?utm_source=a#not checked %zz").source()).contains("a");
    }

    @Test
    void fromUrl_withoutQuery_hasNoParameters() {
        UtmParameters utm = UtmParameters.fromUrl("https://example.com/launch");

        assertThat(utm.isTagged()).isFalse();
        assertThat(utm.source()).isEmpty();
        assertThat(utm.allValues(UtmParameter.SOURCE)).isEmpty();
        assertThat(utm.allValues(ClickId.GCLID)).isEmpty();
        assertThat(utm.clickIds()).isEmpty();
        assertThat(utm.toString()).isEqualTo("UtmParameters[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/landing?utm_source=x",
        "HTTPS://EXAMPLE.COM?utm_source=x",
        "//example.com/landing?utm_source=x",
        "/landing?utm_source=x",
        "landing.html?utm_source=x",
        "?utm_source=x",
        "android-app://com.example/app?utm_source=x",
        "mailto:team@example.com?utm_source=x",
        "https://example.com/landing?ref=100%&utm_source=x&q=%zz",
        "https://example.com/landing?&&utm_source=x&"
    })
    void fromUrl_acceptsAbsoluteAndRelativeForms(String url) {
        assertThat(UtmParameters.fromUrl(url).source()).contains("x");
    }

    @Test
    void fromUrl_bareQueryWithoutQuestionMark_isARelativePathWithoutParameters() {
        assertThat(UtmParameters.fromUrl("utm_source=x&utm_medium=y").isTagged()).isFalse();
    }

    @Test
    void fromQuery_readsABareQueryWithOrWithoutQuestionMark() {
        UtmParameters bare = UtmParameters.fromQuery("utm_source=x&utm_medium=y#ignored");
        UtmParameters withMark = UtmParameters.fromQuery("?utm_source=x&utm_medium=y");

        assertThat(bare.source()).contains("x");
        assertThat(bare.medium()).contains("y");
        assertThat(withMark).isEqualTo(bare);
    }

    @Test
    void fromUrl_splitsOnAmpersandOnlyAndKeepsEqualsSignsInValues() {
        UtmParameters utm = UtmParameters.fromUrl("/?utm_source=a;utm_medium=b&utm_campaign=x=y");

        assertThat(utm.source()).contains("a;utm_medium=b");
        assertThat(utm.medium()).isEmpty();
        assertThat(utm.campaign()).contains("x=y");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void fromUrl_rejectsBadPercentEscape() {
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/?utm_source=a%zz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/?utm_source=a%zz\") is malformed:"
                        + " bad percent escape \"%zz\" at index 27 in parameter utm_source");
    }

    @Test
    void fromUrl_rejectsIncompletePercentEscape() {
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/?utm_source=ab%4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/?utm_source=ab%4\") is malformed:"
                        + " incomplete percent escape \"%4\" at index 28 in parameter utm_source");
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/?utm_source=%&utm_medium=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/?utm_source=%&utm_medium=x\") is malformed:"
                        + " incomplete percent escape \"%\" at index 26 in parameter utm_source");
    }

    @Test
    void fromUrl_rejectsPercentEscapesThatAreNotUtf8() {
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/?utm_campaign=%C3%28"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/?utm_campaign=%C3%28\") is malformed:"
                        + " invalid UTF-8 in percent escapes \"%C3%28\" at index 28 in parameter utm_campaign");
        assertThatThrownBy(() -> UtmParameters.fromUrl("/?utm_term=ok%80"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"/?utm_term=ok%80\") is malformed:"
                        + " invalid UTF-8 in percent escapes \"%80\" at index 13 in parameter utm_term");
    }

    @Test
    void fromUrl_rejectsMalformedEscapeInAClickIdOrAName() {
        assertThatThrownBy(() -> UtmParameters.fromQuery("?gclid=%G1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("query (\"?gclid=%G1\") is malformed: bad percent escape \"%G1\" at index 7 in parameter gclid");
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/?utm%zzsource=a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/?utm%zzsource=a\") is malformed:"
                        + " bad percent escape \"%zz\" at index 18 in parameter utm%zzsource");
    }

    @Test
    void fromUrl_rejectsUnencodedSpacesAndControlCharacters() {
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/?utm_campaign=q1 launch"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/?utm_campaign=q1 launch\") is malformed:"
                        + " unencoded space (U+0020) at index 30 in parameter utm_campaign");
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/a b?utm_source=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/a b?utm_source=x\") is malformed: unencoded space (U+0020) at index 15");
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://x.com/?utm_source=a\nb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://x.com/?utm_source=a\nb\") is malformed:"
                        + " unencoded control character (U+000A) at index 27 in parameter utm_source");
        assertThatThrownBy(() -> UtmParameters.fromUrl("/?utm_source=a\u00A0b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"/?utm_source=a\u00A0b\") is malformed:"
                        + " unencoded space (U+00A0) at index 14 in parameter utm_source");
        assertThatThrownBy(() -> UtmParameters.fromQuery("utm_source=a\tb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("query (\"utm_source=a\tb\") is malformed:"
                        + " unencoded control character (U+0009) at index 12 in parameter utm_source");
    }

    @Test
    void fromUrl_rejectsAnEmptyHost() {
        assertThatThrownBy(() -> UtmParameters.fromUrl("https://?utm_source=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https://?utm_source=x\") is malformed: empty host after \"https://\" at index 8");
        assertThatThrownBy(() -> UtmParameters.fromUrl("https:///landing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https:///landing\") is malformed: empty host after \"https://\" at index 8");
        assertThatThrownBy(() -> UtmParameters.fromUrl("//?utm_source=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"//?utm_source=x\") is malformed: empty host after \"//\" at index 2");
    }

    @Test
    void fromUrl_rejectsHttpWithoutSlashes() {
        assertThatThrownBy(() -> UtmParameters.fromUrl("https:example.com/?utm_source=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"https:example.com/?utm_source=x\") is malformed: no \"//\" after \"https:\" at index 6");
    }

    @Test
    void fromUrl_rejectsAColonWithoutAScheme() {
        assertThatThrownBy(() -> UtmParameters.fromUrl("://example.com/?utm_source=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"://example.com/?utm_source=x\") is malformed: \":\" without a scheme before it at index 0");
        assertThatThrownBy(() -> UtmParameters.fromUrl("1http://example.com/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url (\"1http://example.com/\") is malformed: \":\" without a scheme before it at index 5");
    }

    @Test
    void factories_rejectNullAndBlank() {
        assertThatThrownBy(() -> UtmParameters.fromUrl(null))
                .isInstanceOf(NullPointerException.class).hasMessage("url");
        assertThatThrownBy(() -> UtmParameters.fromQuery(null))
                .isInstanceOf(NullPointerException.class).hasMessage("query");
        assertThatThrownBy(() -> UtmParameters.fromUrl("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("url (\"  \") must not be blank");
        assertThatThrownBy(() -> UtmParameters.fromQuery(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("query (\"\") must not be blank");
    }

    @Test
    void accessors_rejectNull() {
        UtmParameters utm = UtmParameters.fromQuery("utm_source=x");

        assertThatThrownBy(() -> utm.value(null)).isInstanceOf(NullPointerException.class).hasMessage("parameter");
        assertThatThrownBy(() -> utm.allValues((UtmParameter) null))
                .isInstanceOf(NullPointerException.class).hasMessage("parameter");
        assertThatThrownBy(() -> utm.clickId(null)).isInstanceOf(NullPointerException.class).hasMessage("clickId");
        assertThatThrownBy(() -> utm.allValues((ClickId) null))
                .isInstanceOf(NullPointerException.class).hasMessage("clickId");
    }

    @Test
    void lists_areUnmodifiable() {
        UtmParameters utm = UtmParameters.fromQuery("utm_source=x&gclid=y");

        assertThatThrownBy(() -> utm.allValues(UtmParameter.SOURCE).add("z"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> utm.clickIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equals_comparesUtmAndClickIdValuesOnly() {
        UtmParameters a = UtmParameters.fromUrl("https://a.example/?utm_source=x&other=1&gclid=g");
        UtmParameters b = UtmParameters.fromQuery("GCLID=g&UTM_SOURCE=x");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(UtmParameters.fromQuery("utm_source=X&gclid=g"));
        assertThat(a).isNotEqualTo(UtmParameters.fromQuery("utm_source=x"));
        assertThat(UtmParameters.fromQuery("utm_source=a&utm_source=b"))
                .isNotEqualTo(UtmParameters.fromQuery("utm_source=b&utm_source=a"));
        assertThat(a).isNotEqualTo("utm_source=x");
    }

    @Test
    void toString_quotesRawValuesAndListsRepeats() {
        assertThat(UtmParameters.fromQuery("utm_medium=paid_social&utm_source=linkedin&gclid=&gclid=abc"))
                .hasToString("UtmParameters[utm_source=\"linkedin\", utm_medium=\"paid_social\", gclid=[\"\", \"abc\"]]");
    }

    // ---------------------------------------------------------------- parameter names

    @ParameterizedTest
    @CsvSource({
        "utm_source, SOURCE",
        "UTM_MEDIUM, MEDIUM",
        "utm_campaign, CAMPAIGN",
        "utm_id, ID",
        "utm_term, TERM",
        "utm_content, CONTENT",
        "Utm_Source_Platform, SOURCE_PLATFORM"
    })
    void utmParameter_ofParameterName_ignoresCase(String name, UtmParameter expected) {
        assertThat(UtmParameter.ofParameterName(name)).contains(expected);
    }

    @Test
    void utmParameter_namesAndUnknownNames() {
        assertThat(UtmParameter.SOURCE_PLATFORM.parameterName()).isEqualTo("utm_source_platform");
        assertThat(UtmParameter.ID).hasToString("utm_id");
        assertThat(UtmParameter.ofParameterName("utm_creative_format")).isEmpty();
        assertThatThrownBy(() -> UtmParameter.ofParameterName(null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void clickId_namesPlatformsAndImpliedTraffic() {
        assertThat(ClickId.ofParameterName("GCLID")).contains(ClickId.GCLID);
        assertThat(ClickId.ofParameterName("li_fat_id")).contains(ClickId.LI_FAT_ID);
        assertThat(ClickId.ofParameterName("utm_source")).isEmpty();
        assertThat(ClickId.LI_FAT_ID.parameterName()).isEqualTo("li_fat_id");
        assertThat(ClickId.MSCLKID).hasToString("msclkid");
        assertThat(ClickId.GCLID.platform()).isEqualTo("Google Ads");
        assertThat(ClickId.WBRAID.platform()).isEqualTo("Google Ads");
        assertThat(ClickId.MSCLKID.platform()).isEqualTo("Microsoft Advertising");
        assertThat(ClickId.FBCLID.platform()).isEqualTo("Meta");
        assertThat(ClickId.TTCLID.platform()).isEqualTo("TikTok Ads");
        assertThat(ClickId.GCLID.impliedTraffic()).isEqualTo(TrafficSource.of("google", "cpc"));
        assertThat(ClickId.GBRAID.impliedTraffic()).isEqualTo(TrafficSource.of("google", "cpc"));
        assertThat(ClickId.DCLID.impliedTraffic()).isEqualTo(TrafficSource.of("dfa", "cpm"));
        assertThat(ClickId.MSCLKID.impliedTraffic()).isEqualTo(TrafficSource.of("bing", "cpc"));
        assertThat(ClickId.FBCLID.impliedTraffic()).isEqualTo(TrafficSource.of("facebook.com", "referral"));
        assertThat(ClickId.LI_FAT_ID.impliedTraffic()).isEqualTo(TrafficSource.of("linkedin", "cpc"));
        assertThat(ClickId.TWCLID.impliedTraffic()).isEqualTo(TrafficSource.of("twitter", "cpc"));
        assertThat(ClickId.TTCLID.impliedTraffic()).isEqualTo(TrafficSource.of("tiktok", "cpc"));
        assertThatThrownBy(() -> ClickId.ofParameterName(null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void optionalAccessors_areEmptyNotNull() {
        UtmParameters utm = UtmParameters.fromQuery("utm_source=x");

        assertThat(utm.campaign()).isEqualTo(Optional.empty());
        assertThat(utm.allValues(UtmParameter.CAMPAIGN)).isEqualTo(List.of());
    }
}
