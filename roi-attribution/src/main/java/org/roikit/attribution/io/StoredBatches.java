package org.roikit.attribution.io;

import org.roikit.attribution.JourneyBatch;

/**
 * Batches of journeys joined from a touchpoints input and a conversions input in any order: the
 * first read takes both inputs whole into a {@link JourneyStore}, closing each when done, and
 * groups them by journey; every read then hands out the next batch.
 *
 * <p>Not thread-safe.
 */
final class StoredBatches implements CsvReader.Source<JourneyBatch> {

    private final BatchRows.Touches touches;
    private final BatchRows.Conversions conversions;
    private final int maxJourneys;
    private JourneyStore store;

    StoredBatches(BatchRows.Touches touches, BatchRows.Conversions conversions, int maxJourneys) {
        this.touches = touches;
        this.conversions = conversions;
        this.maxJourneys = maxJourneys;
    }

    @Override
    public JourneyBatch read() {
        if (store == null) {
            JourneyStore s = new JourneyStore();
            s.readTouchpoints(touches);
            touches.records.close();
            s.readConversions(conversions);
            conversions.records.close();
            s.group();
            store = s;
        }
        return store.nextBatch(maxJourneys);
    }

    /** Returns the store, once the first batch has been read; for tests of its size. */
    JourneyStore store() {
        return store;
    }

    @Override
    public void close() {
        store = null;
        Sources.closeBoth(touches.records::close, conversions.records::close);
    }
}
