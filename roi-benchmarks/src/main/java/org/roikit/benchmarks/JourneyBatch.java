package org.roikit.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SplittableRandom;
import org.roikit.attribution.Journey;
import org.roikit.core.Money;

/**
 * Generated journeys held as primitive columns, made by {@link JourneyGenerator}: the one source
 * of roikit's batches ({@link #toColumns()}) and {@link Journey} objects ({@link #toJourneys()}),
 * the DuckDB rows ({@link DuckDbAttribution#load}) and the CSV files ({@link #writeCsv}), so every
 * engine sees the same data.
 *
 * <p>Journey {@code j} has the id {@link #journeyId(int)} ({@code j00000000}, {@code j00000001},
 * ...: zero-padded, so id order is number order), the touches {@code touchStart(j)} to
 * {@code touchStart(j + 1) - 1} in time order, and at most one conversion, in EUR.
 */
public final class JourneyBatch {

    /** The conversion instant of a journey that did not convert. */
    public static final long NOT_CONVERTED = Long.MIN_VALUE;

    /** The currency of every conversion. */
    public static final Currency EUR = Currency.getInstance("EUR");

    private static final String[] CHANNELS = JourneyGenerator.CHANNELS.toArray(new String[0]);
    private static final int ID_DIGITS = 8;

    private final int[] touchStart;
    private final long[] touchSeconds;
    private final byte[] channel;
    private final long[] conversionSeconds;
    private final long[] valueCents;
    private final int conversions;

    JourneyBatch(int[] touchStart, long[] touchSeconds, byte[] channel, long[] conversionSeconds, long[] valueCents) {
        this.touchStart = touchStart;
        this.touchSeconds = touchSeconds;
        this.channel = channel;
        this.conversionSeconds = conversionSeconds;
        this.valueCents = valueCents;
        int converted = 0;
        for (long at : conversionSeconds) {
            if (at != NOT_CONVERTED) {
                converted++;
            }
        }
        this.conversions = converted;
    }

    /**
     * Returns the number of journeys.
     *
     * @return the journeys
     */
    public int journeys() {
        return conversionSeconds.length;
    }

    /**
     * Returns the number of touchpoints of all journeys.
     *
     * @return the touchpoints
     */
    public int touchpoints() {
        return touchSeconds.length;
    }

    /**
     * Returns the number of conversions (converted journeys).
     *
     * @return the conversions
     */
    public int conversions() {
        return conversions;
    }

    /**
     * Returns the id of journey {@code j}: {@code "j"} and eight digits.
     *
     * @param j the journey index
     * @return the id
     */
    public static String journeyId(int j) {
        char[] id = new char[ID_DIGITS + 1];
        id[0] = 'j';
        int rest = j;
        for (int i = ID_DIGITS; i > 0; i--) {
            id[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(id);
    }

    /**
     * Returns the index of journey {@code j}'s first touch; {@code touchStart(journeys())} is
     * {@link #touchpoints()}.
     *
     * @param j the journey index, from 0 to {@link #journeys()} inclusive
     * @return the touch index
     */
    public int touchStart(int j) {
        return touchStart[j];
    }

    /**
     * Returns the instant of touch {@code t} in epoch seconds.
     *
     * @param t the touch index
     * @return the epoch second
     */
    public long touchSeconds(int t) {
        return touchSeconds[t];
    }

    /**
     * Returns the channel of touch {@code t}.
     *
     * @param t the touch index
     * @return the channel, one of {@link JourneyGenerator#CHANNELS}
     */
    public String channel(int t) {
        return CHANNELS[channel[t]];
    }

    /**
     * Returns whether journey {@code j} converted.
     *
     * @param j the journey index
     * @return true if it has a conversion
     */
    public boolean isConverted(int j) {
        return conversionSeconds[j] != NOT_CONVERTED;
    }

    /**
     * Returns the conversion instant of journey {@code j} in epoch seconds, or
     * {@link #NOT_CONVERTED}.
     *
     * @param j the journey index
     * @return the epoch second
     */
    public long conversionSeconds(int j) {
        return conversionSeconds[j];
    }

    /**
     * Returns the conversion value of journey {@code j} in euro cents (0 if it did not convert).
     *
     * @param j the journey index
     * @return the value in cents
     */
    public long valueCents(int j) {
        return valueCents[j];
    }

    /**
     * Returns journey {@code j} as a roikit {@link Journey}: touches without campaign or type,
     * the conversion (if any) a sale with the id {@code journeyId + "#1"}.
     *
     * @param j the journey index
     * @return a new journey
     */
    public Journey journey(int j) {
        Journey.Builder builder = Journey.builder(journeyId(j));
        for (int t = touchStart[j]; t < touchStart[j + 1]; t++) {
            builder.touch(Instant.ofEpochSecond(touchSeconds[t]), CHANNELS[channel[t]]);
        }
        if (isConverted(j)) {
            builder.conversion(Instant.ofEpochSecond(conversionSeconds[j]), Money.ofMinor(valueCents[j], EUR));
        }
        return builder.build();
    }

    /**
     * Returns every journey as a roikit {@link Journey}, built once and held in memory.
     *
     * @return an unmodifiable list, in journey order
     */
    public List<Journey> toJourneys() {
        List<Journey> all = new ArrayList<>(journeys());
        for (int j = 0; j < journeys(); j++) {
            all.add(journey(j));
        }
        return List.copyOf(all);
    }

    /**
     * Returns the batch in roikit's columnar form: the same journeys as {@link #toJourneys()},
     * built through {@link org.roikit.attribution.JourneyBatch#builder()} from the primitive
     * columns (each channel interned once, on first use; no campaign), so that attributing it
     * gives the same report as attributing {@link #toJourneys()}.
     *
     * @return a new batch
     */
    public org.roikit.attribution.JourneyBatch toColumns() {
        org.roikit.attribution.JourneyBatch.Builder builder = org.roikit.attribution.JourneyBatch.builder();
        int[] channelIds = new int[CHANNELS.length];
        Arrays.fill(channelIds, -1);
        for (int j = 0; j < journeys(); j++) {
            builder.startJourney();
            for (int t = touchStart[j]; t < touchStart[j + 1]; t++) {
                int c = channel[t];
                if (channelIds[c] < 0) {
                    channelIds[c] = builder.channelId(CHANNELS[c]);
                }
                builder.touch(touchSeconds[t], 0, channelIds[c], org.roikit.attribution.JourneyBatch.NO_CAMPAIGN);
            }
            if (isConverted(j)) {
                builder.conversion(conversionSeconds[j], 0, valueCents[j], EUR);
            }
        }
        return builder.build();
    }

    /**
     * Returns a view that builds each journey when it is read, so a large batch can be attributed
     * without holding all its journeys.
     *
     * @return a list view, in journey order
     */
    public List<Journey> lazyJourneys() {
        return new LazyJourneys();
    }

    /**
     * Writes the batch as a touchpoints file ({@code journey_id,timestamp,channel}) and a
     * conversions file ({@code journey_id,timestamp,value,currency,conversion_id}) in the roikit
     * CSV format (UTF-8, a header, {@code \n} line ends, ISO-8601 instants in UTC), rows in
     * journey order: both files are sorted by {@code journey_id}, as the streaming join wants.
     *
     * @param touchpointsFile where the touchpoints go
     * @param conversionsFile where the conversions go
     * @throws UncheckedIOException if a file cannot be written
     */
    public void writeCsv(Path touchpointsFile, Path conversionsFile) {
        write(touchpointsFile, conversionsFile, order(touchpoints(), null), order(journeys(), null));
    }

    /**
     * Writes the batch as {@link #writeCsv(Path, Path)} does, but with the rows of each file in a
     * random order (Fisher-Yates from {@code seed}): the ungrouped input.
     *
     * @param touchpointsFile where the touchpoints go
     * @param conversionsFile where the conversions go
     * @param seed the seed of the row order
     * @throws UncheckedIOException if a file cannot be written
     */
    public void writeShuffledCsv(Path touchpointsFile, Path conversionsFile, long seed) {
        write(touchpointsFile, conversionsFile, order(touchpoints(), new SplittableRandom(seed)),
                order(journeys(), new SplittableRandom(seed + 1)));
    }

    private void write(Path touchpointsFile, Path conversionsFile, int[] touchOrder, int[] journeyOrder) {
        Objects.requireNonNull(touchpointsFile, "touchpointsFile");
        Objects.requireNonNull(conversionsFile, "conversionsFile");
        int[] journeyOfTouch = new int[touchpoints()];
        for (int j = 0; j < journeys(); j++) {
            for (int t = touchStart[j]; t < touchStart[j + 1]; t++) {
                journeyOfTouch[t] = j;
            }
        }
        try (Writer out = writer(touchpointsFile)) {
            out.write("journey_id,timestamp,channel\n");
            char[] line = new char[64];
            for (int t : touchOrder) {
                int n = 0;
                n = putId(line, n, journeyOfTouch[t]);
                line[n++] = ',';
                n = putInstant(line, n, touchSeconds[t]);
                line[n++] = ',';
                out.write(line, 0, n);
                out.write(CHANNELS[channel[t]]);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + touchpointsFile, e);
        }
        try (Writer out = writer(conversionsFile)) {
            out.write("journey_id,timestamp,value,currency,conversion_id\n");
            char[] line = new char[96];
            for (int j : journeyOrder) {
                if (!isConverted(j)) {
                    continue;
                }
                int n = 0;
                n = putId(line, n, j);
                line[n++] = ',';
                n = putInstant(line, n, conversionSeconds[j]);
                line[n++] = ',';
                String euros = Long.toString(valueCents[j] / 100);
                euros.getChars(0, euros.length(), line, n);
                n += euros.length();
                line[n++] = '.';
                line[n++] = (char) ('0' + valueCents[j] / 10 % 10);
                line[n++] = (char) ('0' + valueCents[j] % 10);
                for (char c : ",EUR,".toCharArray()) {
                    line[n++] = c;
                }
                n = putId(line, n, j);
                line[n++] = '#';
                line[n++] = '1';
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + conversionsFile, e);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Returns 0 to n - 1, shuffled when {@code random} is not null. */
    private static int[] order(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (random != null) {
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[k];
                order[k] = swap;
            }
        }
        return order;
    }

    private static int putId(char[] line, int at, int j) {
        line[at] = 'j';
        int rest = j;
        for (int i = ID_DIGITS; i > 0; i--) {
            line[at + i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return at + ID_DIGITS + 1;
    }

    /** Writes {@code 2026-03-01T10:15:30Z}. */
    private static int putInstant(char[] line, int at, long epochSecond) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
        int secondOfDay = Math.floorMod(epochSecond, 86_400);
        int n = at;
        n = putDigits(line, n, date.getYear(), 4);
        line[n++] = '-';
        n = putDigits(line, n, date.getMonthValue(), 2);
        line[n++] = '-';
        n = putDigits(line, n, date.getDayOfMonth(), 2);
        line[n++] = 'T';
        n = putDigits(line, n, secondOfDay / 3_600, 2);
        line[n++] = ':';
        n = putDigits(line, n, secondOfDay / 60 % 60, 2);
        line[n++] = ':';
        n = putDigits(line, n, secondOfDay % 60, 2);
        line[n++] = 'Z';
        return n;
    }

    private static int putDigits(char[] line, int at, int value, int digits) {
        int rest = value;
        for (int i = digits - 1; i >= 0; i--) {
            line[at + i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return at + digits;
    }

    /**
     * Returns the size of the batch, such as {@code 1000 journeys, 4012 touchpoints, 300 conversions}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return journeys() + " journeys, " + touchpoints() + " touchpoints, " + conversions() + " conversions";
    }

    private final class LazyJourneys extends AbstractList<Journey> implements RandomAccess {

        @Override
        public Journey get(int index) {
            Objects.checkIndex(index, journeys());
            return journey(index);
        }

        @Override
        public int size() {
            return journeys();
        }
    }
}
