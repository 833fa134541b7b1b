package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    /** WCAG 2.1 relative luminance of {@code #rrggbb}. */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double contrastOnWhite(String hex) {
        return 1.05 / (luminance(hex) + 0.05);
    }

    @Test
    void colours_contrastAtLeastFourAndAHalfToOneOnWhite() {
        for (int i = 0; i < Palette.SIZE; i++) {
            assertThat(contrastOnWhite(Palette.colour(i))).as(Palette.colour(i)).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrastOnWhite(Palette.INK)).isGreaterThanOrEqualTo(7.0);
    }

    @Test
    void styles_areDistinctAndRepeatAfterSix() {
        Set<String> colours = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        Set<String> fills = new HashSet<>();
        for (int i = 0; i < Palette.SIZE; i++) {
            colours.add(Palette.colour(i));
            dashes.add(Palette.dash(i));
            fills.add(Palette.fill("c", i));
        }
        assertThat(colours).hasSize(6);
        assertThat(dashes).hasSize(6);
        assertThat(fills).hasSize(6);
        assertThat(Palette.colour(6)).isEqualTo(Palette.colour(0));
        assertThat(Palette.fill("c", 2)).isEqualTo("url(#c-fill2)");
        assertThatThrownBy(() -> Palette.colour(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series (-1) must be >= 0");
    }

    @Test
    void markers_differInShape() {
        Xml svg = new Xml().open("svg");
        for (int i = 0; i < Palette.SIZE; i++) {
            Palette.marker(svg, i, 10, 10, 4);
        }
        assertThat(svg.close().toString()).isEqualTo("<svg>"
                + "<circle class=\"marker\" cx=\"10.00\" cy=\"10.00\" r=\"4.00\" fill=\"#1f5fa8\"/>"
                + "<rect class=\"marker\" x=\"6.00\" y=\"6.00\" width=\"8.00\" height=\"8.00\" fill=\"#a94c10\"/>"
                + "<polygon class=\"marker\" points=\"10.00,5.20 14.80,14.00 5.20,14.00\" fill=\"#2b7a34\"/>"
                + "<polygon class=\"marker\" points=\"10.00,4.80 15.20,10.00 10.00,15.20 4.80,10.00\" fill=\"#6a3d9a\"/>"
                + "<polygon class=\"marker\" points=\"5.20,6.00 14.80,6.00 10.00,14.80\" fill=\"#b2263f\"/>"
                + "<path class=\"marker\" d=\"M6.00 6.00L14.00 14.00M6.00 14.00L14.00 6.00\" stroke=\"#5c5c00\" stroke-width=\"2.5\" fill=\"none\"/>"
                + "</svg>");
    }
}
