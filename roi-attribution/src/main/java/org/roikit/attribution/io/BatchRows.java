package org.roikit.attribution.io;

import java.util.Currency;
import org.roikit.attribution.JourneyBatch;

/**
 * Reads touchpoint and conversion records straight into the parts of a {@link JourneyBatch}:
 * checking every field as {@link TouchpointCsv} and {@link ConversionCsv} do, in the same order
 * and with the same messages, but without making a {@code String} per field (channel and
 * campaign names go through the builder's interning, journey ids are left to the caller).
 * Conversion ids and types, and touch types, are checked and dropped.
 *
 * <p>Not thread-safe.
 */
final class BatchRows {

    private BatchRows() {
    }

    /** Touchpoint records. */
    static final class Touches {

        final CsvRecords records;
        final int journeyId;
        private final int timestamp;
        private final int channel;
        private final int campaign;
        private final int type;
        /** The channel id of the last record read. */
        int channelId;
        /** The campaign id of the last record read, or {@link JourneyBatch#NO_CAMPAIGN}. */
        int campaignId;

        Touches(CsvRecords records) {
            this.records = records;
            this.journeyId = records.column("journey_id");
            this.timestamp = records.column("timestamp");
            this.channel = records.column("channel");
            this.campaign = records.column("campaign");
            this.type = records.column("type");
        }

        /**
         * Checks the current record, reads its instant into {@code instant} (second, nanoseconds)
         * and its channel and campaign ids, interned by {@code builder}, into {@link #channelId}
         * and {@link #campaignId}.
         *
         * @throws CsvFormatException if a field is bad
         */
        void read(JourneyBatch.Builder builder, long[] instant) {
            records.checkRequired(journeyId);
            records.instantParts(timestamp, instant);
            records.checkRequired(channel);
            records.checkNameIfParenthesised(channel);
            channelId = builder.channelId(records.view(channel));
            if (records.isEmpty(campaign)) {
                campaignId = JourneyBatch.NO_CAMPAIGN;
            } else {
                records.checkOptional(campaign);
                records.checkNameIfParenthesised(campaign);
                campaignId = builder.campaignId(records.view(campaign));
            }
            records.checkOptional(type);
        }
    }

    /** Conversion records. */
    static final class Conversions {

        final CsvRecords records;
        final int journeyId;
        private final int timestamp;
        private final int value;
        private final int currency;
        private final int conversionId;
        private final int type;

        Conversions(CsvRecords records) {
            this.records = records;
            this.journeyId = records.column("journey_id");
            this.timestamp = records.column("timestamp");
            this.value = records.column("value");
            this.currency = records.column("currency");
            this.conversionId = records.column("conversion_id");
            this.type = records.column("type");
        }

        /**
         * Checks the current record, reads its instant into {@code instant} (second,
         * nanoseconds) and its currency into {@code currencyOut[0]}, and returns its value in
         * minor units.
         *
         * @throws CsvFormatException if a field is bad
         */
        long read(long[] instant, Currency[] currencyOut) {
            records.checkRequired(journeyId);
            if (!records.isEmpty(conversionId)) {
                records.checkRequired(conversionId);
            }
            records.instantParts(timestamp, instant);
            long minor = records.minorUnits(value, currency, currencyOut);
            records.checkOptional(type);
            return minor;
        }
    }
}
