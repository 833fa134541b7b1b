package org.roikit.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.roikit.attribution.internal.KeySums;
import org.roikit.attribution.internal.LargestRemainder;
import org.roikit.attribution.internal.MinorUnits;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

/**
 * The mergeable accumulator behind {@link Attribution} and {@link ModelComparison}: attributes
 * journeys under several models at once and keeps, per currency, exact sums per interned channel
 * and campaign id.
 *
 * <p>Channel and campaign names are interned once per ledger; a journey is read into reused
 * buffers, so adding one allocates nothing once the buffers, dictionaries and sums have grown to
 * the longest journey and to every channel, campaign and currency. Memory grows with channels,
 * campaigns and currencies, never with journeys. The real-valued credit of each touch is added in
 * fixed point ({@link org.roikit.attribution.internal.Fixed128}), so the sums, and the reports
 * rounded from them, are the same for any order, chunking and merge order of the journeys.
 *
 * <p>{@link JourneyBatch}es go through {@link BatchKernel}s into {@link BatchSums} keyed by the
 * batch's own ids, one per range of journeys when several threads share a batch, which the ledger
 * then absorbs by channel and campaign name into the same sums. Not thread-safe: only the kernels
 * of one {@link #add(JourneyBatch, int, Executor)} call run on other threads, each on its own
 * range and sums, and the call returns after they are done.
 */
final class Ledger {

    private static final BigInteger MICROS = BigInteger.valueOf(1_000_000);
    private static final long SECONDS_PER_DAY = 86_400;

    private final List<AttributionModel> models;
    private final AttributionModel[] modelArray;
    private final AttributionSettings settings;
    private final Eligibility eligibility;

    private final Map<String, Integer> channelIds = new HashMap<>();
    private final List<String> channels = new ArrayList<>();
    private final Map<String, Integer> campaignIds = new HashMap<>();
    private final List<String> campaigns = new ArrayList<>();
    /** Per model, the direct flag of each channel id for last-non-direct models; null for others. */
    private final boolean[][] directByChannel;

    private int[] channelOf = new int[16];
    private int[] campaignOf = new int[16];
    private double[] weights = new double[16];
    private boolean[] direct = new boolean[16];

    private BatchKernel[] kernels = new BatchKernel[0];
    private BatchSums[] batchSums = new BatchSums[0];

    private CurrencySums[] currencies = new CurrencySums[2];
    private int currencyCount;
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;

    Ledger(List<AttributionModel> models, AttributionSettings settings) {
        this.models = models;
        this.modelArray = models.toArray(new AttributionModel[0]);
        this.settings = settings;
        this.eligibility = new Eligibility(settings);
        this.directByChannel = new boolean[modelArray.length][];
        for (int k = 0; k < modelArray.length; k++) {
            if (modelArray[k] instanceof LastNonDirect) {
                directByChannel[k] = new boolean[16];
            }
        }
    }

    /** Returns the number of models. */
    int modelCount() {
        return modelArray.length;
    }

    /** Attributes every conversion of {@code journey}. */
    void add(Journey journey) {
        List<Conversion> conversions = journey.conversions();
        if (conversions.isEmpty()) {
            return;
        }
        List<Touchpoint> touches = journey.touchpoints();
        int size = touches.size();
        if (channelOf.length < size) {
            int capacity = Math.max(size, channelOf.length * 2);
            channelOf = new int[capacity];
            campaignOf = new int[capacity];
            weights = new double[capacity];
            direct = new boolean[capacity];
        }
        for (int i = 0; i < size; i++) {
            Touchpoint t = touches.get(i);
            channelOf[i] = channelId(t.channel());
            campaignOf[i] = campaignId(t.campaign().orElse(AttributionReport.NO_CAMPAIGN));
        }
        eligibility.begin(journey);
        for (int c = 0; c < conversions.size(); c++) {
            Conversion conversion = conversions.get(c);
            Money value = conversion.value();
            long minor = MinorUnits.of(value);
            CurrencySums sums = currency(value.currency());
            if (!eligibility.next(conversion)) {
                sums.excluded = Math.addExact(sums.excluded, 1);
                sums.excludedValue = Math.addExact(sums.excludedValue, minor);
                continue;
            }
            long day = Math.floorDiv(conversion.instant().getEpochSecond(), SECONDS_PER_DAY);
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
            sums.conversions = Math.addExact(sums.conversions, 1);
            sums.value = Math.addExact(sums.value, minor);
            int n = eligibility.count;
            if (n == 0) {
                sums.unattributed = Math.addExact(sums.unattributed, 1);
                sums.unattributedValue = Math.addExact(sums.unattributedValue, minor);
                continue;
            }
            credit(sums, n, minor);
        }
    }

    private void credit(CurrencySums sums, int n, long minor) {
        int[] eligible = eligibility.touch;
        for (int e = 0; e < n; e++) {
            sums.channels.touch(channelOf[eligible[e]]);
            sums.campaigns.touch(campaignOf[eligible[e]]);
        }
        double total = minor;
        for (int k = 0; k < modelArray.length; k++) {
            boolean[] directOfChannel = directByChannel[k];
            if (directOfChannel != null) {
                for (int e = 0; e < n; e++) {
                    direct[e] = directOfChannel[channelOf[eligible[e]]];
                }
            }
            modelArray[k].weigh(n, eligibility.ages, direct, weights);
            for (int e = 0; e < n; e++) {
                double w = weights[e];
                double money = w * total;
                sums.channels.add(k, channelOf[eligible[e]], money, w);
                sums.campaigns.add(k, campaignOf[eligible[e]], money, w);
            }
        }
    }

    /** Attributes every journey of {@code batch} on the calling thread. */
    void add(JourneyBatch batch) {
        BatchSums sums = parts(1)[0];
        try {
            kernels[0].run(batch, 0, batch.journeys, sums);
        } catch (RuntimeException | Error e) {
            sums.clear();
            throw e;
        }
        absorb(batch, sums);
    }

    /**
     * Attributes every journey of {@code batch} in {@code parts} contiguous ranges of about equal
     * numbers of touchpoints, the first on the calling thread and the others on {@code executor},
     * or on threads made for the call when it is null; then absorbs the ranges' sums in range
     * order. The sums are exact, so the result is the same as on one thread.
     */
    void add(JourneyBatch batch, int parts, Executor executor) {
        int n = Math.max(1, Math.min(parts, batch.journeys));
        if (n == 1) {
            add(batch);
            return;
        }
        BatchSums[] sums = parts(n);
        int[] bounds = split(batch, n);
        Throwable[] failures = new Throwable[n];
        CountDownLatch done = new CountDownLatch(n - 1);
        Throwable notStarted = null;
        for (int i = 1; i < n; i++) {
            Runnable task = range(batch, bounds, i, sums, failures, done);
            try {
                if (executor == null) {
                    new Thread(task, "roikit-attribution-" + i).start();
                } else {
                    executor.execute(task);
                }
            } catch (RuntimeException | Error e) {
                // Start nothing more; wait for what runs, then report.
                notStarted = e;
                for (int k = i; k < n; k++) {
                    done.countDown();
                }
                break;
            }
        }
        if (notStarted == null) {
            range(batch, bounds, 0, sums, failures, null).run();
        }
        awaitUninterruptibly(done);
        Throwable failure = notStarted != null ? notStarted : firstFailure(failures);
        if (failure != null) {
            for (BatchSums s : sums) {
                s.clear();
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) failure;
        }
        for (int i = 0; i < n; i++) {
            absorb(batch, sums[i]);
        }
    }

    private Runnable range(JourneyBatch batch, int[] bounds, int i, BatchSums[] sums, Throwable[] failures,
            CountDownLatch done) {
        BatchKernel kernel = kernels[i];
        return () -> {
            try {
                kernel.run(batch, bounds[i], bounds[i + 1], sums[i]);
            } catch (RuntimeException | Error e) {
                failures[i] = e;
            } finally {
                if (done != null) {
                    done.countDown();
                }
            }
        };
    }

    private static Throwable firstFailure(Throwable[] failures) {
        for (Throwable t : failures) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static void awaitUninterruptibly(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the journey bounds of {@code n} ranges of about equal numbers of touchpoints. */
    static int[] split(JourneyBatch batch, int n) {
        int[] bounds = new int[n + 1];
        int journeys = batch.journeys;
        long touches = batch.touchKey.length;
        for (int i = 1; i < n; i++) {
            int b;
            if (touches == 0) {
                b = (int) ((long) journeys * i / n);
            } else {
                // The first journey that starts at or after the i-th n-th of the touchpoints.
                int target = (int) (touches * i / n);
                int lo = 0;
                int hi = journeys;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (batch.touchStart[mid] < target) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                b = lo;
            }
            bounds[i] = Math.max(bounds[i - 1], b);
        }
        bounds[n] = journeys;
        return bounds;
    }

    /** Returns at least {@code n} kernels' sums, making kernels and sums as needed. */
    private BatchSums[] parts(int n) {
        if (kernels.length < n) {
            int had = kernels.length;
            kernels = Arrays.copyOf(kernels, n);
            batchSums = Arrays.copyOf(batchSums, n);
            for (int i = had; i < n; i++) {
                kernels[i] = new BatchKernel(models, settings);
                batchSums[i] = new BatchSums(modelArray.length);
            }
        }
        return batchSums;
    }

    /** Adds what {@code sums} holds for {@code batch}, by channel and campaign name, and clears it. */
    private void absorb(JourneyBatch batch, BatchSums sums) {
        try {
            int models = modelArray.length;
            for (int c = 0; c < batch.currencies.length; c++) {
                if (!sums.isUsed(c)) {
                    continue;
                }
                sums.checkHighWords(c);
                CurrencySums mine = currency(batch.currencies[c]);
                long[] counts = sums.counts;
                int at = c * BatchSums.COUNTS;
                mine.conversions = Math.addExact(mine.conversions, counts[at + BatchSums.CONVERSIONS_AT]);
                mine.value = Math.addExact(mine.value, counts[at + BatchSums.VALUE_AT]);
                mine.unattributed = Math.addExact(mine.unattributed, counts[at + BatchSums.UNATTRIBUTED_AT]);
                mine.unattributedValue = Math.addExact(mine.unattributedValue,
                        counts[at + BatchSums.UNATTRIBUTED_VALUE_AT]);
                mine.excluded = Math.addExact(mine.excluded, counts[at + BatchSums.EXCLUDED_AT]);
                mine.excludedValue = Math.addExact(mine.excludedValue, counts[at + BatchSums.EXCLUDED_VALUE_AT]);
                long[] acc = sums.sums[c];
                for (int i = 0; i < sums.touchedCount[c]; i++) {
                    int key = sums.touched[c][i];
                    int channel = channelId(batch.channelNames[batch.keyChannel[key]]);
                    int campaignOfKey = batch.keyCampaign[key];
                    int campaign = campaignId(campaignOfKey == JourneyBatch.NO_CAMPAIGN ? AttributionReport.NO_CAMPAIGN
                            : batch.campaignNames[campaignOfKey]);
                    int base = key * sums.stride;
                    mine.channels.touch(channel, acc[base]);
                    mine.campaigns.touch(campaign, acc[base]);
                    for (int k = 0; k < models; k++) {
                        int w = base + 1 + 4 * k;
                        mine.channels.add(k, channel, acc[w + 1], acc[w], acc[w + 3], acc[w + 2]);
                        mine.campaigns.add(k, campaign, acc[w + 1], acc[w], acc[w + 3], acc[w + 2]);
                    }
                }
            }
            if (sums.minSecond <= sums.maxSecond) {
                firstDay = Math.min(firstDay, Math.floorDiv(sums.minSecond, SECONDS_PER_DAY));
                lastDay = Math.max(lastDay, Math.floorDiv(sums.maxSecond, SECONDS_PER_DAY));
            }
        } finally {
            sums.clear();
        }
    }

    /** Adds the sums of {@code other}, which must attribute with the same models and settings. */
    void merge(Ledger other) {
        if (other == this) {
            throw new IllegalArgumentException("an accumulator cannot be merged into itself");
        }
        if (!models.equals(other.models) || !settings.equals(other.settings)) {
            throw new IllegalArgumentException("other accumulator (" + other.models + "; " + other.settings
                    + ") must attribute with the same models and settings (" + models + "; " + settings + ")");
        }
        int[] channelMap = new int[other.channels.size()];
        for (int i = 0; i < channelMap.length; i++) {
            channelMap[i] = channelId(other.channels.get(i));
        }
        int[] campaignMap = new int[other.campaigns.size()];
        for (int i = 0; i < campaignMap.length; i++) {
            campaignMap[i] = campaignId(other.campaigns.get(i));
        }
        for (int i = 0; i < other.currencyCount; i++) {
            CurrencySums theirs = other.currencies[i];
            CurrencySums mine = currency(theirs.currency);
            mine.conversions = Math.addExact(mine.conversions, theirs.conversions);
            mine.value = Math.addExact(mine.value, theirs.value);
            mine.unattributed = Math.addExact(mine.unattributed, theirs.unattributed);
            mine.unattributedValue = Math.addExact(mine.unattributedValue, theirs.unattributedValue);
            mine.excluded = Math.addExact(mine.excluded, theirs.excluded);
            mine.excludedValue = Math.addExact(mine.excludedValue, theirs.excludedValue);
            mine.channels.merge(theirs.channels, channelMap);
            mine.campaigns.merge(theirs.campaigns, campaignMap);
        }
        firstDay = Math.min(firstDay, other.firstDay);
        lastDay = Math.max(lastDay, other.lastDay);
    }

    /** Returns the report of model {@code k} over everything added so far. */
    AttributionReport report(int k) {
        Optional<LocalDate> from = settings.from();
        Optional<LocalDate> to = settings.to();
        if (from.isEmpty() && firstDay <= lastDay) {
            from = Optional.of(LocalDate.ofEpochDay(firstDay));
            to = Optional.of(LocalDate.ofEpochDay(lastDay));
        }
        List<AttributionReport.Part> parts = new ArrayList<>(currencyCount);
        for (int i = 0; i < currencyCount; i++) {
            CurrencySums sums = currencies[i];
            Currency currency = sums.currency;
            long attributed = sums.conversions - sums.unattributed;
            long attributedValue = sums.value - sums.unattributedValue;
            parts.add(new AttributionReport.Part(currency, sums.conversions, Money.ofMinor(sums.value, currency),
                    sums.unattributed, Money.ofMinor(sums.unattributedValue, currency), sums.excluded,
                    Money.ofMinor(sums.excludedValue, currency),
                    entries(sums.channels, channels, k, currency, attributed, attributedValue),
                    entries(sums.campaigns, campaigns, k, currency, attributed, attributedValue)));
        }
        parts.sort(Comparator.comparing(p -> p.currency().getCurrencyCode()));
        return new AttributionReport(modelArray[k], settings, from, to, parts, Optional.empty());
    }

    /**
     * Rounds the real-valued totals of the keys touched in one currency: money by largest
     * remainder to the attributed value, conversions by largest remainder in millionths to the
     * attributed count; ties go to the name that sorts first, so the order the names were first
     * seen in does not matter.
     */
    private static List<AttributionReport.Entry> entries(KeySums sums, List<String> names, int k, Currency currency,
            long attributed, long attributedValue) {
        List<Integer> keys = new ArrayList<>();
        for (int key = 0; key < names.size(); key++) {
            if (sums.touches(key) > 0) {
                keys.add(key);
            }
        }
        keys.sort(Comparator.comparing(names::get));
        int m = keys.size();
        BigInteger[] money = new BigInteger[m];
        BigInteger[] weight = new BigInteger[m];
        for (int i = 0; i < m; i++) {
            money[i] = sums.money(k, keys.get(i));
            weight[i] = sums.weight(k, keys.get(i)).multiply(MICROS);
        }
        BigInteger[] amounts = LargestRemainder.round(money, BigInteger.valueOf(attributedValue));
        BigInteger[] micros = LargestRemainder.round(weight, BigInteger.valueOf(attributed).multiply(MICROS));
        List<AttributionReport.Entry> entries = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            entries.add(new AttributionReport.Entry(names.get(keys.get(i)), new BigDecimal(micros[i], 6),
                    Money.ofMinor(amounts[i].longValueExact(), currency)));
        }
        return entries;
    }

    private int channelId(String channel) {
        Integer id = channelIds.get(channel);
        if (id != null) {
            return id;
        }
        int next = channels.size();
        channelIds.put(channel, next);
        channels.add(channel);
        for (int k = 0; k < modelArray.length; k++) {
            if (directByChannel[k] != null) {
                if (next >= directByChannel[k].length) {
                    directByChannel[k] = Arrays.copyOf(directByChannel[k], Math.max(next + 1, next * 2));
                }
                directByChannel[k][next] = ((LastNonDirect) modelArray[k]).isDirect(channel);
            }
        }
        return next;
    }

    private int campaignId(String campaign) {
        Integer id = campaignIds.get(campaign);
        if (id != null) {
            return id;
        }
        int next = campaigns.size();
        campaignIds.put(campaign, next);
        campaigns.add(campaign);
        return next;
    }

    private CurrencySums currency(Currency currency) {
        for (int i = 0; i < currencyCount; i++) {
            if (currencies[i].currency == currency) {
                return currencies[i];
            }
        }
        for (int i = 0; i < currencyCount; i++) {
            if (currencies[i].currency.equals(currency)) {
                return currencies[i];
            }
        }
        if (currencyCount == currencies.length) {
            currencies = Arrays.copyOf(currencies, currencyCount * 2);
        }
        CurrencySums sums = new CurrencySums(currency, modelArray.length);
        currencies[currencyCount++] = sums;
        return sums;
    }

    /** The counts and per-key sums of one currency; values in minor units. */
    private static final class CurrencySums {

        final Currency currency;
        final KeySums channels;
        final KeySums campaigns;
        long conversions;
        long value;
        long unattributed;
        long unattributedValue;
        long excluded;
        long excludedValue;

        CurrencySums(Currency currency, int models) {
            this.currency = currency;
            this.channels = new KeySums(models);
            this.campaigns = new KeySums(models);
        }
    }
}
