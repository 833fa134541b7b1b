package org.roikit.attribution;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.roikit.attribution.internal.MinorUnits;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

/**
 * Many journeys held as primitive columns: the form the engine attributes fastest, in the least
 * memory.
 *
 * <pre>{@code
 * JourneyBatch batch = JourneyBatch.of(journeys);                        // from the object API
 * AttributionReport report = Attribution.of(AttributionModel.linear()).attribute(batch);
 * AttributionReport same = Attribution.of(AttributionModel.linear()).attribute(batch, 4);   // 4 threads
 * }</pre>
 *
 * <p>Per touchpoint a batch holds an interned (channel, campaign) key and the instant's epoch
 * second; per conversion the epoch second, the value in minor units and an interned currency;
 * per journey the offsets of its touchpoints and conversions. Nanoseconds are held only when some
 * instant has them. Channel and campaign names are interned to ids once, when the batch is built
 * ({@link #channels()} and {@link #campaigns()} give the names by id). Within each journey,
 * touchpoints and conversions are in time order, equal instants in the order they were added,
 * exactly as in {@link Journey}; attributing a batch gives the same report, to the last digit, as
 * attributing the same journeys as objects.
 *
 * <p>Only what attribution reads is kept: journey ids, conversion ids and types, and touch
 * types are not. A batch holds at most {@code Integer.MAX_VALUE - 8} touchpoints, and as many
 * conversions.
 *
 * <p>Batches are compared by identity: two batches of the same journeys are not equal.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JourneyBatch {

    /** The campaign id of a touchpoint without a campaign: {@code -1}. */
    public static final int NO_CAMPAIGN = -1;

    /** The largest array length the virtual machine reliably allocates. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
    private static final long MAX_SECOND = Instant.MAX.getEpochSecond();
    private static final int NANOS_PER_SECOND = 1_000_000_000;

    final int journeys;
    /** Journey j's touchpoints are {@code [touchStart[j], touchStart[j + 1])}. */
    final int[] touchStart;
    /** Per touchpoint, its (channel, campaign) key. */
    final int[] touchKey;
    final long[] touchSecond;
    /** Per touchpoint, its nanoseconds; null when all are zero. */
    final int[] touchNano;
    /** Journey j's conversions are {@code [conversionStart[j], conversionStart[j + 1])}. */
    final int[] conversionStart;
    final long[] conversionSecond;
    /** Per conversion, its nanoseconds; null when all are zero. */
    final int[] conversionNano;
    final long[] conversionMinor;
    final int[] conversionCurrency;

    /** Per key, its channel id and campaign id ({@link #NO_CAMPAIGN} for none); shared, read up to keyCount. */
    final int keyCount;
    final int[] keyChannel;
    final int[] keyCampaign;
    final int channelCount;
    final String[] channelNames;
    final int campaignCount;
    final String[] campaignNames;
    final Currency[] currencies;

    private JourneyBatch(Builder b) {
        this.journeys = b.journeys;
        this.touchStart = Arrays.copyOf(b.touchStart, b.journeys + 1);
        this.touchKey = Arrays.copyOf(b.touchKey, b.touches);
        this.touchSecond = Arrays.copyOf(b.touchSecond, b.touches);
        this.touchNano = b.touchNano == null ? null : Arrays.copyOf(b.touchNano, b.touches);
        this.conversionStart = Arrays.copyOf(b.conversionStart, b.journeys + 1);
        this.conversionSecond = Arrays.copyOf(b.conversionSecond, b.conversions);
        this.conversionNano = b.conversionNano == null ? null : Arrays.copyOf(b.conversionNano, b.conversions);
        this.conversionMinor = Arrays.copyOf(b.conversionMinor, b.conversions);
        this.conversionCurrency = Arrays.copyOf(b.conversionCurrency, b.conversions);
        // The dictionaries only ever grow at the end, so the batch can share the builder's arrays.
        this.keyCount = b.keys.count;
        this.keyChannel = b.keys.channel;
        this.keyCampaign = b.keys.campaign;
        this.channelCount = b.channels.count;
        this.channelNames = b.channels.names;
        this.campaignCount = b.campaigns.count;
        this.campaignNames = b.campaigns.names;
        this.currencies = Arrays.copyOf(b.currencies, b.currencyCount);
    }

    /**
     * Returns the batch of {@code journeys}, in iteration order.
     *
     * @param journeys the journeys
     * @return the batch
     * @throws NullPointerException if {@code journeys} or a journey is null
     * @throws IllegalStateException if the journeys hold more touchpoints or conversions than a
     *     batch can
     * @throws ArithmeticException if a conversion value does not fit in a {@code long} of minor units
     */
    public static JourneyBatch of(Iterable<Journey> journeys) {
        Objects.requireNonNull(journeys, "journeys");
        Builder b = builder();
        int i = 0;
        for (Journey journey : journeys) {
            Objects.requireNonNull(journey, "journeys[" + i + "]");
            b.startJourney();
            for (Touchpoint t : journey.touchpoints()) {
                Instant at = t.instant();
                int campaign = t.campaign().isPresent() ? b.campaignId(t.campaign().get()) : NO_CAMPAIGN;
                b.touch(at.getEpochSecond(), at.getNano(), b.channelId(t.channel()), campaign);
            }
            for (Conversion c : journey.conversions()) {
                Instant at = c.instant();
                b.conversion(at.getEpochSecond(), at.getNano(), MinorUnits.of(c.value()), c.value().currency());
            }
            i++;
        }
        return b.build();
    }

    /**
     * Returns a new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of journeys.
     *
     * @return the count, at least zero
     */
    public int journeyCount() {
        return journeys;
    }

    /**
     * Returns the number of touchpoints of all journeys.
     *
     * @return the count, at least zero
     */
    public int touchpointCount() {
        return touchKey.length;
    }

    /**
     * Returns the number of conversions of all journeys.
     *
     * @return the count, at least zero
     */
    public int conversionCount() {
        return conversionMinor.length;
    }

    /**
     * Returns the channel names by id: the name of channel id {@code i} is element {@code i}. The
     * list may hold channels that no touchpoint of this batch uses (see {@link Builder#build()}).
     *
     * @return an unmodifiable list
     */
    public List<String> channels() {
        return Collections.unmodifiableList(Arrays.asList(channelNames).subList(0, channelCount));
    }

    /**
     * Returns the campaign names by id, as {@link #channels()} does for channels.
     *
     * @return an unmodifiable list
     */
    public List<String> campaigns() {
        return Collections.unmodifiableList(Arrays.asList(campaignNames).subList(0, campaignCount));
    }

    /**
     * Returns the currencies of the conversions, in the order they were first met.
     *
     * @return an unmodifiable list
     */
    public List<Currency> currencies() {
        return List.of(currencies);
    }

    /**
     * Returns the size of the batch for reading, such as
     * {@code JourneyBatch[1000 journeys, 4012 touchpoints, 302 conversions, 10 channels, 3 campaigns, 2 currencies]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "JourneyBatch[" + journeys + " journeys, " + touchpointCount() + " touchpoints, " + conversionCount()
                + " conversions, " + channelCount + " channels, " + campaignCount + " campaigns, "
                + currencies.length + " currencies]";
    }

    /**
     * Builds {@link JourneyBatch}es row by row: start a journey, add its touchpoints and
     * conversions in any order, start the next one, and {@link #build()}.
     *
     * <pre>{@code
     * JourneyBatch.Builder b = JourneyBatch.builder();
     * int email = b.channelId("email");
     * int launch = b.campaignId("q1-launch");
     * b.startJourney()
     *         .touch(1_772_323_200L, 0, email, launch)
     *         .touch(1_772_409_600L, 0, b.channelId("direct"), JourneyBatch.NO_CAMPAIGN)
     *         .conversion(1_772_496_000L, 0, 12_000, Currency.getInstance("EUR"));
     * JourneyBatch batch = b.build();
     * }</pre>
     *
     * <p>Names are interned: {@link #channelId(CharSequence)} and {@link #campaignId(CharSequence)}
     * return the same id for the same text, building a {@code String} only the first time a text
     * is met, so a reader may pass a reused view of its buffer. Ids stay valid across
     * {@link #build()}: the batches of one builder share their ids, and each batch's
     * {@link JourneyBatch#channels()} lists every name interned before it was built.
     *
     * <p>A builder is not thread-safe; the batches it builds are.
     */
    public static final class Builder {

        private int journeys;
        private boolean started;
        private int[] touchStart = new int[64];
        private int[] conversionStart = new int[64];

        private int touches;
        private int[] touchKey = new int[256];
        private long[] touchSecond = new long[256];
        private int[] touchNano;

        private int conversions;
        private long[] conversionSecond = new long[64];
        private int[] conversionNano;
        private long[] conversionMinor = new long[64];
        private int[] conversionCurrency = new int[64];

        private final Names channels = new Names("channel");
        private final Names campaigns = new Names("campaign");
        private final Keys keys = new Keys();
        private Currency[] currencies = new Currency[4];
        private int currencyCount;

        /** Scratch space for sorting one journey. */
        private int[] order = new int[16];
        private int[] orderScratch = new int[16];
        private long[] longScratch = new long[16];
        private int[] intScratch = new int[16];

        private Builder() {
        }

        /**
         * Returns the id of the channel named {@code name}, interning the name if it is new.
         * Names are kept exactly as given: no trimming or case folding.
         *
         * @param name the channel name, not blank
         * @return the id, from 0 up in order of first use
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public int channelId(CharSequence name) {
            return channels.id(Objects.requireNonNull(name, "name"));
        }

        /**
         * Returns the id of the campaign named {@code name}, interning the name if it is new.
         *
         * @param name the campaign name, not blank
         * @return the id, from 0 up in order of first use
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public int campaignId(CharSequence name) {
            return campaigns.id(Objects.requireNonNull(name, "name"));
        }

        /**
         * Starts the next journey; the touchpoints and conversions added until the next call
         * belong to it. The journey before it is put in time order.
         *
         * @return this builder
         * @throws IllegalStateException if the batch already holds {@code Integer.MAX_VALUE - 8}
         *     journeys
         */
        public Builder startJourney() {
            if (started) {
                close();
            }
            if (journeys + 1 >= touchStart.length) {
                int capacity = grown(touchStart.length, journeys + 2, "journeys");
                touchStart = Arrays.copyOf(touchStart, capacity);
                conversionStart = Arrays.copyOf(conversionStart, capacity);
            }
            touchStart[journeys] = touches;
            conversionStart[journeys] = conversions;
            journeys++;
            started = true;
            return this;
        }

        /**
         * Adds a touchpoint to the current journey.
         *
         * @param instant when the touch happened
         * @param channel the channel, not blank
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code channel} is blank
         * @throws IllegalStateException if no journey has been started, or the batch is full
         */
        public Builder touch(Instant instant, CharSequence channel) {
            Objects.requireNonNull(instant, "instant");
            return touch(instant.getEpochSecond(), instant.getNano(), channelId(channel), NO_CAMPAIGN);
        }

        /**
         * Adds a touchpoint with a campaign to the current journey.
         *
         * @param instant when the touch happened
         * @param channel the channel, not blank
         * @param campaign the campaign, not blank
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code channel} or {@code campaign} is blank
         * @throws IllegalStateException if no journey has been started, or the batch is full
         */
        public Builder touch(Instant instant, CharSequence channel, CharSequence campaign) {
            Objects.requireNonNull(instant, "instant");
            return touch(instant.getEpochSecond(), instant.getNano(), channelId(channel), campaignId(campaign));
        }

        /**
         * Adds a touchpoint to the current journey, by instant parts and interned ids.
         *
         * @param epochSecond the instant's seconds from 1970-01-01T00:00:00Z, within the range of
         *     {@link Instant}
         * @param nano the instant's nanoseconds within the second, from 0 to 999,999,999
         * @param channelId a channel id from {@link #channelId(CharSequence)}
         * @param campaignId a campaign id from {@link #campaignId(CharSequence)}, or
         *     {@link JourneyBatch#NO_CAMPAIGN}
         * @return this builder
         * @throws IllegalArgumentException if the instant is out of range, or an id is not one
         *     this builder gave out
         * @throws IllegalStateException if no journey has been started, or the batch is full
         */
        public Builder touch(long epochSecond, int nano, int channelId, int campaignId) {
            checkInstant(epochSecond, nano);
            if (channelId < 0 || channelId >= channels.count) {
                throw new IllegalArgumentException("channelId (" + channelId + ") must be >= 0 and < "
                        + channels.count + ", an id from channelId(name)");
            }
            if (campaignId < NO_CAMPAIGN || campaignId >= campaigns.count) {
                throw new IllegalArgumentException("campaignId (" + campaignId + ") must be NO_CAMPAIGN (-1) or >= 0"
                        + " and < " + campaigns.count + ", an id from campaignId(name)");
            }
            checkStarted();
            if (touches == touchKey.length) {
                int capacity = grown(touchKey.length, touches + 1, "touchpoints");
                touchKey = Arrays.copyOf(touchKey, capacity);
                touchSecond = Arrays.copyOf(touchSecond, capacity);
                if (touchNano != null) {
                    touchNano = Arrays.copyOf(touchNano, capacity);
                }
            }
            if (nano != 0 && touchNano == null) {
                touchNano = new int[touchKey.length];
            }
            touchKey[touches] = keys.id(channelId, campaignId);
            touchSecond[touches] = epochSecond;
            if (touchNano != null) {
                touchNano[touches] = nano;
            }
            touches++;
            return this;
        }

        /**
         * Adds a conversion worth {@code value} to the current journey.
         *
         * @param instant when the conversion happened
         * @param value the value, at least zero
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code value} is negative
         * @throws ArithmeticException if the value does not fit in a {@code long} of minor units
         * @throws IllegalStateException if no journey has been started, or the batch is full
         */
        public Builder conversion(Instant instant, Money value) {
            Objects.requireNonNull(instant, "instant");
            Objects.requireNonNull(value, "value");
            if (value.isNegative()) {
                throw new IllegalArgumentException("value (" + value + ") must be >= 0");
            }
            return conversion(instant.getEpochSecond(), instant.getNano(), MinorUnits.of(value), value.currency());
        }

        /**
         * Adds a conversion to the current journey, by instant parts and value in minor units.
         *
         * @param epochSecond the instant's seconds from 1970-01-01T00:00:00Z, within the range of
         *     {@link Instant}
         * @param nano the instant's nanoseconds within the second, from 0 to 999,999,999
         * @param minorUnits the value in the currency's smallest unit (cents for EUR), at least zero
         * @param currency the currency, one with a minor unit
         * @return this builder
         * @throws NullPointerException if {@code currency} is null
         * @throws IllegalArgumentException if the instant is out of range, {@code minorUnits} is
         *     negative or the currency has no minor unit
         * @throws IllegalStateException if no journey has been started, or the batch is full
         */
        public Builder conversion(long epochSecond, int nano, long minorUnits, Currency currency) {
            Objects.requireNonNull(currency, "currency");
            checkInstant(epochSecond, nano);
            if (minorUnits < 0) {
                throw new IllegalArgumentException("minorUnits (" + minorUnits + ") must be >= 0");
            }
            int currencyId = currencyId(currency);
            checkStarted();
            if (conversions == conversionMinor.length) {
                int capacity = grown(conversionMinor.length, conversions + 1, "conversions");
                conversionSecond = Arrays.copyOf(conversionSecond, capacity);
                conversionMinor = Arrays.copyOf(conversionMinor, capacity);
                conversionCurrency = Arrays.copyOf(conversionCurrency, capacity);
                if (conversionNano != null) {
                    conversionNano = Arrays.copyOf(conversionNano, capacity);
                }
            }
            if (nano != 0 && conversionNano == null) {
                conversionNano = new int[conversionMinor.length];
            }
            conversionSecond[conversions] = epochSecond;
            conversionMinor[conversions] = minorUnits;
            conversionCurrency[conversions] = currencyId;
            if (conversionNano != null) {
                conversionNano[conversions] = nano;
            }
            conversions++;
            return this;
        }

        /**
         * Returns the number of journeys started since the last {@link #build()}.
         *
         * @return the count
         */
        public int journeyCount() {
            return journeys;
        }

        /**
         * Returns the number of touchpoints added since the last {@link #build()}.
         *
         * @return the count
         */
        public int touchpointCount() {
            return touches;
        }

        /**
         * Returns the number of conversions added since the last {@link #build()}.
         *
         * @return the count
         */
        public int conversionCount() {
            return conversions;
        }

        /**
         * Returns the batch of the journeys started since the last call, and starts over with
         * none; interned names keep their ids, and the buffers are reused.
         *
         * @return the batch, possibly of no journeys
         */
        public JourneyBatch build() {
            if (started) {
                close();
            }
            touchStart[journeys] = touches;
            conversionStart[journeys] = conversions;
            JourneyBatch batch = new JourneyBatch(this);
            journeys = 0;
            touches = 0;
            conversions = 0;
            started = false;
            if (touchNano != null) {
                touchNano = null;
            }
            if (conversionNano != null) {
                conversionNano = null;
            }
            return batch;
        }

        private void checkStarted() {
            if (!started) {
                throw new IllegalStateException("no journey started: call startJourney() before adding to it");
            }
        }

        private static void checkInstant(long epochSecond, int nano) {
            if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
                throw new IllegalArgumentException("epochSecond (" + epochSecond + ") must be >= " + MIN_SECOND
                        + " and <= " + MAX_SECOND + ", the range of Instant");
            }
            if (nano < 0 || nano >= NANOS_PER_SECOND) {
                throw new IllegalArgumentException("nano (" + nano + ") must be >= 0 and <= 999999999");
            }
        }

        private int currencyId(Currency currency) {
            for (int i = 0; i < currencyCount; i++) {
                if (currencies[i] == currency) {
                    return i;
                }
            }
            Money.zero(currency); // checks that it has a minor unit
            if (currencyCount == currencies.length) {
                currencies = Arrays.copyOf(currencies, currencyCount * 2);
            }
            currencies[currencyCount] = currency;
            return currencyCount++;
        }

        /** Puts the current journey's touchpoints and conversions in time order, stable. */
        private void close() {
            int t0 = touchStart[journeys - 1];
            if (!isSorted(touchSecond, touchNano, t0, touches)) {
                sortOrder(touchSecond, touchNano, t0, touches);
                permute(touchSecond, t0, touches);
                permute(touchKey, t0, touches);
                if (touchNano != null) {
                    permute(touchNano, t0, touches);
                }
            }
            int c0 = conversionStart[journeys - 1];
            if (!isSorted(conversionSecond, conversionNano, c0, conversions)) {
                sortOrder(conversionSecond, conversionNano, c0, conversions);
                permute(conversionSecond, c0, conversions);
                permute(conversionMinor, c0, conversions);
                permute(conversionCurrency, c0, conversions);
                if (conversionNano != null) {
                    permute(conversionNano, c0, conversions);
                }
            }
        }

        private static boolean isSorted(long[] seconds, int[] nanos, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (compare(seconds, nanos, i - 1, i) > 0) {
                    return false;
                }
            }
            return true;
        }

        private static int compare(long[] seconds, int[] nanos, int i, int j) {
            int c = Long.compare(seconds[i], seconds[j]);
            return c != 0 || nanos == null ? c : Integer.compare(nanos[i], nanos[j]);
        }

        /** Sets {@code order[0..to-from)} to the indices of the range in stable time order (a merge sort). */
        private void sortOrder(long[] seconds, int[] nanos, int from, int to) {
            int n = to - from;
            if (order.length < n) {
                order = new int[Math.max(n, order.length * 2)];
                orderScratch = new int[order.length];
            }
            for (int i = 0; i < n; i++) {
                order[i] = from + i;
            }
            int[] src = order;
            int[] dst = orderScratch;
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    int a = lo;
                    int b = mid;
                    for (int k = lo; k < hi; k++) {
                        // Ties take the left run first, which keeps the sort stable.
                        if (a < mid && (b >= hi || compare(seconds, nanos, src[a], src[b]) <= 0)) {
                            dst[k] = src[a++];
                        } else {
                            dst[k] = src[b++];
                        }
                    }
                }
                int[] swap = src;
                src = dst;
                dst = swap;
            }
            if (src != order) {
                System.arraycopy(src, 0, order, 0, n);
            }
        }

        private void permute(long[] column, int from, int to) {
            int n = to - from;
            if (longScratch.length < n) {
                longScratch = new long[Math.max(n, longScratch.length * 2)];
            }
            for (int i = 0; i < n; i++) {
                longScratch[i] = column[order[i]];
            }
            System.arraycopy(longScratch, 0, column, from, n);
        }

        private void permute(int[] column, int from, int to) {
            int n = to - from;
            if (intScratch.length < n) {
                intScratch = new int[Math.max(n, intScratch.length * 2)];
            }
            for (int i = 0; i < n; i++) {
                intScratch[i] = column[order[i]];
            }
            System.arraycopy(intScratch, 0, column, from, n);
        }

        private static int grown(int length, int needed, String what) {
            if (needed > MAX_LENGTH) {
                throw new IllegalStateException("a batch holds at most " + MAX_LENGTH + " " + what);
            }
            return (int) Math.min(MAX_LENGTH, Math.max(needed, length * 2L));
        }
    }

    /** Interned names: an append-only array of names and an open-addressing table of their ids. */
    private static final class Names {

        private final String what;
        String[] names = new String[16];
        int count;
        private int[] slots = new int[32];

        Names(String what) {
            this.what = what;
        }

        int id(CharSequence text) {
            int hash = hash(text);
            int mask = slots.length - 1;
            int slot = spread(hash) & mask;
            while (true) {
                int entry = slots[slot];
                if (entry == 0) {
                    break;
                }
                String name = names[entry - 1];
                if (name.hashCode() == hash && same(name, text)) {
                    return entry - 1;
                }
                slot = (slot + 1) & mask;
            }
            String name = text.toString();
            if (name.isBlank()) {
                throw new IllegalArgumentException(what + " (\"" + name + "\") must not be blank");
            }
            if (count == names.length) {
                if (count == MAX_LENGTH) {
                    throw new IllegalStateException("a batch holds at most " + MAX_LENGTH + " " + what + " names");
                }
                // A new array: batches built earlier keep the old one, whose used part never changes.
                names = Arrays.copyOf(names, (int) Math.min(MAX_LENGTH, count * 2L));
            }
            names[count] = name;
            slots[slot] = ++count;
            if (count * 2 > slots.length) {
                rehash();
            }
            return count - 1;
        }

        private void rehash() {
            int[] grown = new int[slots.length * 2];
            int mask = grown.length - 1;
            for (int id = 0; id < count; id++) {
                int slot = spread(names[id].hashCode()) & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = id + 1;
            }
            slots = grown;
        }

        private static int hash(CharSequence text) {
            if (text instanceof String s) {
                return s.hashCode();
            }
            int h = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                h = 31 * h + text.charAt(i);
            }
            return h;
        }

        private static boolean same(String name, CharSequence text) {
            if (text instanceof String s) {
                return name.equals(s);
            }
            int n = name.length();
            if (text.length() != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (name.charAt(i) != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Interned (channel, campaign) pairs: append-only arrays and an open-addressing table. */
    private static final class Keys {

        int[] channel = new int[16];
        int[] campaign = new int[16];
        int count;
        private int[] slots = new int[32];
        private int lastChannel = -2;
        private int lastCampaign = -2;
        private int lastId;

        int id(int ch, int ca) {
            if (ch == lastChannel && ca == lastCampaign) {
                return lastId;
            }
            int mask = slots.length - 1;
            int slot = spread(ch * 0x9E3779B9 + ca) & mask;
            while (true) {
                int entry = slots[slot];
                if (entry == 0) {
                    break;
                }
                if (channel[entry - 1] == ch && campaign[entry - 1] == ca) {
                    return remember(ch, ca, entry - 1);
                }
                slot = (slot + 1) & mask;
            }
            if (count == channel.length) {
                int capacity = (int) Math.min(MAX_LENGTH, count * 2L);
                channel = Arrays.copyOf(channel, capacity);
                campaign = Arrays.copyOf(campaign, capacity);
            }
            channel[count] = ch;
            campaign[count] = ca;
            slots[slot] = ++count;
            if (count * 2 > slots.length) {
                int[] grown = new int[slots.length * 2];
                int m = grown.length - 1;
                for (int id = 0; id < count; id++) {
                    int s = spread(channel[id] * 0x9E3779B9 + campaign[id]) & m;
                    while (grown[s] != 0) {
                        s = (s + 1) & m;
                    }
                    grown[s] = id + 1;
                }
                slots = grown;
            }
            return remember(ch, ca, count - 1);
        }

        private int remember(int ch, int ca, int id) {
            lastChannel = ch;
            lastCampaign = ca;
            lastId = id;
            return id;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
