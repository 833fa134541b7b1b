package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CostCategoryTest {

    private static final String ACCEPTED = "must be one of AD_SPEND, TOOLS, CONTENT, PERSONNEL,"
            + " AGENCY, OTHER or a label: ad spend, tools, content creation, personnel time, agency,"
            + " other (case and the separators _, - and space do not matter)";

    @Test
    void label_isTheReportWording() {
        assertThat(CostCategory.AD_SPEND.label()).isEqualTo("ad spend");
        assertThat(CostCategory.TOOLS.label()).isEqualTo("tools");
        assertThat(CostCategory.CONTENT.label()).isEqualTo("content creation");
        assertThat(CostCategory.PERSONNEL.label()).isEqualTo("personnel time");
        assertThat(CostCategory.AGENCY.label()).isEqualTo("agency");
        assertThat(CostCategory.OTHER.label()).isEqualTo("other");
    }

    @Test
    void values_areInDeclaredOrder() {
        assertThat(CostCategory.values()).containsExactly(CostCategory.AD_SPEND, CostCategory.TOOLS,
                CostCategory.CONTENT, CostCategory.PERSONNEL, CostCategory.AGENCY, CostCategory.OTHER);
    }

    @ParameterizedTest
    @EnumSource(CostCategory.class)
    void parse_readsNameAndLabel(CostCategory category) {
        assertThat(CostCategory.parse(category.name())).isEqualTo(category);
        assertThat(CostCategory.parse(category.label())).isEqualTo(category);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ad_spend|AD_SPEND",
        "Ad Spend|AD_SPEND",
        "ad-spend|AD_SPEND",
        "AD-SPEND|AD_SPEND",
        "'  ad spend '|AD_SPEND",
        "Tools|TOOLS",
        "content|CONTENT",
        "Content Creation|CONTENT",
        "content_creation|CONTENT",
        "content-creation|CONTENT",
        "personnel|PERSONNEL",
        "PERSONNEL_TIME|PERSONNEL",
        "Personnel-Time|PERSONNEL",
        "agency|AGENCY",
        "oThEr|OTHER",
    })
    void parse_ignoresCaseAndSeparators(String text, CostCategory expected) {
        assertThat(CostCategory.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ads", "adspend", "ad__spend", "time", "", " "})
    void parse_rejectsUnknownText(String text) {
        assertThatThrownBy(() -> CostCategory.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost category (\"" + text + "\") " + ACCEPTED);
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> CostCategory.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }
}
