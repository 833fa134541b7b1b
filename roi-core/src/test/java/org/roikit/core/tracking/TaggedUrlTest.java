package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaggedUrlTest {

    @Test
    void build_appendsEncodedParameters() {
        TaggedUrl url = TaggedUrl.builder("https://example.com/launch")
                .source("linkedin").medium("paid_social").campaign("q1 launch / EU")
                .build();

        assertThat(url.url()).isEqualTo(
                "https://example.com/launch?utm_source=linkedin&utm_medium=paid_social&utm_campaign=q1%20launch%20%2F%20EU");
        assertThat(url).hasToString(url.url());
    }

    @Test
    void build_writesParametersInAFixedOrder() {
        TaggedUrl url = TaggedUrl.builder("https://example.com/")
                .sourcePlatform("Search Ads 360").content("banner_a").term("roi tool").id("c-42")
                .campaign("spring").medium("cpc").source("google")
                .build();

        assertThat(url.url()).isEqualTo("https://example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring"
                + "&utm_id=c-42&utm_term=roi%20tool&utm_content=banner_a&utm_source_platform=Search%20Ads%20360");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        q1 launch              | q1%20launch
        a&b=c#d?e/f+g%h        | a%26b%3Dc%23d%3Fe%2Ff%2Bg%25h
        café                   | caf%C3%A9
        \uD83D\uDE80           | %F0%9F%9A%80
        AZaz09-._~             | AZaz09-._~
        `  padded `            | %20%20padded%20
        "quoted"'s;:,@!$*()    | %22quoted%22%27s%3B%3A%2C%40%21%24%2A%28%29
        """)
    void build_percentEncodesEverythingButUnreservedCharacters(String value, String encoded) {
        TaggedUrl url = TaggedUrl.builder("https://example.com/").source("s").campaign(value).build();

        assertThat(url.url()).isEqualTo("https://example.com/?utm_source=s&utm_campaign=" + encoded);
        assertThat(url.parameters().campaign()).contains(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        https://example.com/p?lang=en         | https://example.com/p?lang=en&utm_source=x
        https://example.com/p?lang=en#top     | https://example.com/p?lang=en&utm_source=x#top
        https://example.com/p#top             | https://example.com/p?utm_source=x#top
        https://example.com/p?                | https://example.com/p?utm_source=x
        https://example.com/p?a=1&            | https://example.com/p?a=1&utm_source=x
        https://example.com                   | https://example.com?utm_source=x
        /landing                              | /landing?utm_source=x
        https://example.com/#/app?view=1      | https://example.com/?utm_source=x#/app?view=1
        https://example.com/?gclid=abc        | https://example.com/?gclid=abc&utm_source=x
        """)
    void build_appendsToTheQueryAndKeepsTheFragmentLast(String base, String expected) {
        assertThat(TaggedUrl.builder(base).source("x").build().url()).isEqualTo(expected);
    }

    @Test
    void build_roundTripsThroughTheParser() {
        TaggedUrl url = TaggedUrl.builder("https://example.com/p?lang=en#top")
                .source(" LinkedIn ").medium("Paid Social").campaign("Q1 + Q2 = 100% / €")
                .id("id&1").term("a=b").content("#1").sourcePlatform("Süd")
                .build();
        UtmParameters parsed = UtmParameters.fromUrl(url.url());

        assertThat(parsed).isEqualTo(url.parameters());
        assertThat(parsed.source()).contains(" LinkedIn ");
        assertThat(parsed.normalised(UtmParameter.SOURCE)).contains("linkedin");
        assertThat(parsed.medium()).contains("Paid Social");
        assertThat(parsed.campaign()).contains("Q1 + Q2 = 100% / €");
        assertThat(parsed.id()).contains("id&1");
        assertThat(parsed.term()).contains("a=b");
        assertThat(parsed.content()).contains("#1");
        assertThat(parsed.sourcePlatform()).contains("Süd");
    }

    @Test
    void build_keepsClickIdsOfTheBaseUrl() {
        TaggedUrl url = TaggedUrl.builder("https://example.com/?gclid=abc").source("google").build();

        assertThat(url.parameters().clickId(ClickId.GCLID)).contains("abc");
    }

    @Test
    void taggedLinkedInLink_parsesBackAndClassifiesAsPaidSocial() {
        TaggedUrl url = TaggedUrl.builder("https://example.com/launch")
                .source("linkedin").medium("paid_social").campaign("q1 launch / EU").build();
        UtmParameters utm = UtmParameters.fromUrl(url.url());

        assertThat(ChannelGrouping.defaultRules().classify(utm)).isEqualTo(ChannelGroup.PAID_SOCIAL);
        assertThat(ChannelGrouping.defaultRules().classify(
                TaggedUrl.builder("https://example.com/launch").source("linkedin").medium("cpc").build().parameters()))
                .isEqualTo(ChannelGroup.PAID_SOCIAL);
    }

    @Test
    void setter_replacesAnEarlierValue() {
        TaggedUrl url = TaggedUrl.builder("/").source("a").parameter(UtmParameter.SOURCE, "b")
                .parameter(UtmParameter.TERM, "t").build();

        assertThat(url.url()).isEqualTo("/?utm_source=b&utm_term=t");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void setters_rejectNullAndBlankValues() {
        TaggedUrl.Builder builder = TaggedUrl.builder("https://example.com/");

        assertThatThrownBy(() -> builder.source("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("utm_source (\"  \") must not be blank");
        assertThatThrownBy(() -> builder.medium(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("utm_medium (\"\") must not be blank");
        assertThatThrownBy(() -> builder.campaign(null))
                .isInstanceOf(NullPointerException.class).hasMessage("utm_campaign");
        assertThatThrownBy(() -> builder.id(null)).isInstanceOf(NullPointerException.class).hasMessage("utm_id");
        assertThatThrownBy(() -> builder.term(null)).isInstanceOf(NullPointerException.class).hasMessage("utm_term");
        assertThatThrownBy(() -> builder.content(null)).isInstanceOf(NullPointerException.class).hasMessage("utm_content");
        assertThatThrownBy(() -> builder.sourcePlatform(null))
                .isInstanceOf(NullPointerException.class).hasMessage("utm_source_platform");
        assertThatThrownBy(() -> builder.parameter(null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("parameter");
    }

    @Test
    void setters_rejectUnpairedSurrogates() {
        TaggedUrl.Builder builder = TaggedUrl.builder("https://example.com/");

        assertThatThrownBy(() -> builder.campaign("a\uD800b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("utm_campaign has an unpaired surrogate (U+D800) at index 1, which UTF-8 cannot encode");
        assertThatThrownBy(() -> builder.content("\uDC00x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("utm_content has an unpaired surrogate (U+DC00) at index 0, which UTF-8 cannot encode");
        assertThatThrownBy(() -> builder.term("ok\uD83D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("utm_term has an unpaired surrogate (U+D83D) at index 2, which UTF-8 cannot encode");
    }

    @Test
    void build_requiresASource() {
        assertThatThrownBy(() -> TaggedUrl.builder("https://example.com/").medium("cpc").campaign("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("utm_source is required with utm_medium, utm_campaign");
        assertThatThrownBy(() -> TaggedUrl.builder("https://example.com/").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no UTM parameter is set; set at least utm_source");
    }

    @Test
    void builder_rejectsABaseUrlWithUtmParameters() {
        assertThatThrownBy(() -> TaggedUrl.builder("https://example.com/?utm_source=a&UTM_MEDIUM=b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl (\"https://example.com/?utm_source=a&UTM_MEDIUM=b\") already has"
                        + " utm_source, utm_medium; tag a URL without UTM parameters");
        assertThatThrownBy(() -> TaggedUrl.builder("https://example.com/?utm_term="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl (\"https://example.com/?utm_term=\") already has utm_term;"
                        + " tag a URL without UTM parameters");
    }

    @Test
    void builder_rejectsAMalformedOrBlankBaseUrl() {
        assertThatThrownBy(() -> TaggedUrl.builder("https://e.com/a b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl (\"https://e.com/a b\") is malformed: unencoded space (U+0020) at index 15");
        assertThatThrownBy(() -> TaggedUrl.builder("https://?x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl (\"https://?x=1\") is malformed: empty host after \"https://\" at index 8");
        assertThatThrownBy(() -> TaggedUrl.builder(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("baseUrl (\" \") must not be blank");
        assertThatThrownBy(() -> TaggedUrl.builder(null))
                .isInstanceOf(NullPointerException.class).hasMessage("baseUrl");
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equalsAndHashCode_compareTheUrlText() {
        TaggedUrl a = TaggedUrl.builder("https://example.com/").source("x").medium("y").build();
        TaggedUrl b = TaggedUrl.builder("https://example.com/").medium("y").source("x").build();
        TaggedUrl c = TaggedUrl.builder("https://example.com/").source("x").build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(a.url());
        assertThat(a).hasToString("https://example.com/?utm_source=x&utm_medium=y");
    }
}
