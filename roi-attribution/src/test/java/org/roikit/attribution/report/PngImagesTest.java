package org.roikit.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngImagesTest {

    private static BufferedImage white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xffffffff);
            }
        }
        return image;
    }

    @Test
    void decode_readsWhatImageIoWrote() throws IOException {
        BufferedImage image = white(3, 2);
        image.setRGB(2, 1, 0xff1f77b4);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        BufferedImage decoded = PngImages.decode(png.toByteArray());

        assertThat(decoded.getWidth()).isEqualTo(3);
        assertThat(decoded.getHeight()).isEqualTo(2);
        assertThat(decoded.getRGB(2, 1)).isEqualTo(0xff1f77b4);
        assertThat(decoded.getRGB(0, 0)).isEqualTo(0xffffffff);
    }

    @Test
    void decode_rejectsBytesThatAreNoImage() {
        assertThatThrownBy(() -> PngImages.decode(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("png (3 bytes) is not an image ImageIO can read");
    }

    @Test
    void isBlank_toleratesSmallDifferencesOnly() {
        BufferedImage image = white(4, 4);
        assertThat(PngImages.isBlank(image)).isTrue();

        image.setRGB(3, 3, 0xfff7ffff);
        assertThat(PngImages.isBlank(image)).as("red 255 - 8").isTrue();

        image.setRGB(3, 3, 0xfffffff6);
        assertThat(PngImages.isBlank(image)).as("blue 255 - 9").isFalse();
    }

    @Test
    void distinctColours_countsEachArgbValueOnce() {
        BufferedImage image = white(4, 4);
        assertThat(PngImages.distinctColours(image)).isEqualTo(1);

        image.setRGB(0, 0, 0xff000000);
        image.setRGB(1, 0, 0xff000000);
        image.setRGB(2, 0, 0xfffefefe);
        assertThat(PngImages.distinctColours(image)).isEqualTo(3);
    }
}
