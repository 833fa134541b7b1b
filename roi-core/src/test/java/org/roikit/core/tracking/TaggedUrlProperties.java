package org.roikit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TaggedUrlProperties {

    /** Characters that need care in a query, with letters, digits, non-ASCII and a surrogate pair. */
    private static final List<String> ALPHABET = List.of(
            "a", "Z", "0", "9", " ", "&", "=", "#", "/", "?", "+", "%", "%2B", "-", "_", ".", "~", ":", ";",
            "'", "\"", "@", "é", "ß", "€", "中", "\uD83D\uDE80", "\t", "\n", "İ", "utm_source=");

    private static final List<String> BASES = List.of(
            "https://example.com/", "https://example.com/p?lang=en", "https://example.com/p?lang=en#top",
            "/landing", "?", "https://example.com/p?a=1&", "//cdn.example.com/x#/app?view=1");

    private static Gen<String> values() {
        return lists().of(integers().between(0, ALPHABET.size() - 1)).ofSizeBetween(1, 12)
                .map(indexes -> {
                    StringBuilder text = new StringBuilder();
                    indexes.forEach(i -> text.append(ALPHABET.get(i)));
                    return text.toString();
                })
                .assuming(value -> !value.isBlank());
    }

    private static Gen<List<String>> sevenValues() {
        return lists().of(values()).ofSize(UtmParameter.values().length);
    }

    private static TaggedUrl build(String base, List<String> values) {
        TaggedUrl.Builder builder = TaggedUrl.builder(base);
        UtmParameter[] parameters = UtmParameter.values();
        for (int i = 0; i < parameters.length; i++) {
            builder.parameter(parameters[i], values.get(i));
        }
        return builder.build();
    }

    @Test
    void build_everyValueParsesBackToTheSameRawValue() {
        qt().forAll(integers().between(0, BASES.size() - 1), sevenValues()).checkAssert((base, values) -> {
            TaggedUrl url = build(BASES.get(base), values);
            UtmParameters parsed = UtmParameters.fromUrl(url.url());
            UtmParameter[] parameters = UtmParameter.values();
            for (int i = 0; i < parameters.length; i++) {
                assertThat(parsed.value(parameters[i])).contains(values.get(i));
                assertThat(parsed.allValues(parameters[i])).containsExactly(values.get(i));
                assertThat(parsed.normalised(parameters[i]))
                        .contains(values.get(i).strip().toLowerCase(Locale.ROOT));
            }
            assertThat(parsed).isEqualTo(url.parameters());
        });
    }

    @Test
    void build_writesOnlyUnreservedCharactersEscapesAndSeparators() {
        qt().forAll(integers().between(0, BASES.size() - 1), sevenValues()).checkAssert((base, values) -> {
            String baseUrl = BASES.get(base);
            String url = build(baseUrl, values).url();
            int hash = baseUrl.indexOf('#');
            String before = hash < 0 ? baseUrl : baseUrl.substring(0, hash);
            String after = hash < 0 ? "" : baseUrl.substring(hash);
            assertThat(url).startsWith(before).endsWith(after);
            String appended = url.substring(before.length(), url.length() - after.length());
            assertThat(appended).matches("[?&]?utm_source=[A-Za-z0-9._~%-]+(&utm_[a-z_]+=[A-Za-z0-9._~%-]+){6}");
        });
    }

    @Test
    void fromQuery_readsTheAppendedQueryLikeTheWholeUrl() {
        qt().forAll(sevenValues()).checkAssert(values -> {
            String url = build("https://example.com/", values).url();
            assertThat(UtmParameters.fromQuery(url.substring(url.indexOf('?')))).isEqualTo(UtmParameters.fromUrl(url));
        });
    }
}
