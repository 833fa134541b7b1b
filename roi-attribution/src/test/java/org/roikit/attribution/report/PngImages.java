package org.roikit.attribution.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;

/** Screenshot checks for the browser tests: decode a PNG, ask whether it is blank, count its colours. */
final class PngImages {

    /** How far apart two channels may be and still count as the same colour for {@link #isBlank}. */
    static final int BLANK_TOLERANCE = 8;

    private PngImages() {
    }

    /**
     * Returns the decoded image.
     *
     * @param png the PNG bytes
     * @return the image
     * @throws IllegalArgumentException if the bytes are not an image ImageIO can read
     */
    static BufferedImage decode(byte[] png) {
        Objects.requireNonNull(png, "png");
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("png (" + png.length + " bytes) is not an image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns whether every pixel is (nearly) the colour of the top-left one: each of red, green, blue
     * and alpha within {@link #BLANK_TOLERANCE}.
     *
     * @param image the image
     * @return true if the image shows nothing but one colour
     */
    static boolean isBlank(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((pixel >>> shift & 0xff) - (first >>> shift & 0xff)) > BLANK_TOLERANCE) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Returns how many distinct ARGB colours the image has.
     *
     * @param image the image
     * @return the number of colours, at least 1
     */
    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
