/**
 * Reading attribution input from CSV: {@link org.roikit.attribution.io.TouchpointCsv touchpoints},
 * {@link org.roikit.attribution.io.ConversionCsv conversions}, {@link org.roikit.attribution.io.CostCsv
 * costs}, and {@link org.roikit.attribution.io.JourneyCsv journeys} joined from the first two.
 *
 * <pre>{@code
 * List<Journey> journeys = JourneyCsv.readAll(Path.of("touchpoints.csv"), Path.of("conversions.csv"));
 * Investment investment = CostCsv.readInvestment(Path.of("costs.csv"));
 *
 * try (CsvReader<Journey> sorted = JourneyCsv.openSorted(Path.of("tp-sorted.csv"), Path.of("conv-sorted.csv"))) {
 *     sorted.forEachRemaining(journey -> ...);      // one journey in memory at a time
 * }
 * try (CsvReader<JourneyBatch> batches = JourneyCsv.openSortedBatches(Path.of("tp-sorted.csv"),
 *         Path.of("conv-sorted.csv"))) {
 *     batches.forEachRemaining(batch -> ...);       // columns of 65,536 journeys at a time, the fast way
 * }
 * }</pre>
 *
 * <h2>The CSV format</h2>
 * All files follow RFC 4180, with these decisions:
 * <ul>
 *   <li><b>Encoding.</b> Files and byte streams are UTF-8; malformed UTF-8 is an error naming its
 *       line and byte offset. A leading byte order mark is ignored.</li>
 *   <li><b>Header.</b> The first record is the header. Columns are found by name, in any order;
 *       names are matched exactly (case-sensitive, not trimmed). In a touchpoint file, the columns
 *       beyond the contract become touchpoint attributes (see {@link TouchpointCsv}), except in
 *       the batch readers, which ignore them; in the other files unknown columns are ignored. A
 *       missing header, a missing required column, or a name that appears twice is an error.</li>
 *   <li><b>Fields.</b> Separated by commas. A field that starts with a double quote is quoted: it
 *       ends at the matching closing quote, may contain commas and line breaks, and writes a quote
 *       as two quotes ({@code "say ""hi"""}). A closing quote must be followed by a comma, a line
 *       break or the end of the input, and an unquoted field must not contain a quote. Nothing is
 *       trimmed: {@code " 12.00"} is not a number.</li>
 *   <li><b>Records.</b> End with CRLF, LF or CR; the last line break is optional. Every record has
 *       as many fields as the header. A completely empty line is not a record and is skipped (it
 *       holds no data, so nothing is lost); a line of spaces is a record, and has the wrong number
 *       of fields. A record is at most 1,048,576 characters long, which also stops an unclosed
 *       quote from swallowing a large file.</li>
 *   <li><b>Optional columns.</b> An empty field in an optional column means "absent", as does
 *       leaving the column out; a field of only spaces is an error.</li>
 *   <li><b>Timestamps.</b> ISO-8601 instants ({@code 2026-03-01T10:15:30Z}) or offset date-times
 *       ({@code 2026-03-01T11:15:30+01:00}), as {@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME}
 *       reads them (seconds and fractions optional). A date-time without an offset is an error:
 *       its instant depends on a time zone the file does not give.</li>
 *   <li><b>Amounts.</b> Plain decimal numbers ({@code 1600}, {@code 1600.00}), at least zero,
 *       with no more decimal places than the currency has (two for EUR, none for JPY, three for
 *       BHD); never rounded.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * A bad header, record or value throws {@link org.roikit.attribution.io.CsvFormatException} (an
 * {@link java.lang.IllegalArgumentException}) whose message names the source, the line, the
 * column and the value:
 * {@code touchpoints.csv:17: column 2 (timestamp): "2026-13-01T00:00Z" is not an ISO-8601 instant or offset date-time}.
 * No record is ever skipped: once a reader has thrown, it throws the same error again. A failure
 * to read throws {@link java.io.UncheckedIOException} naming the source.
 *
 * <h2>Memory</h2>
 * Readers stream: they read through fixed-size buffers and hold one record at a time, so a file
 * of any size can be read in little memory. Each reader shares one {@code String} per distinct
 * channel, campaign and type (up to 4096 distinct values of each; beyond that, values are not
 * shared). The in-memory journey join and the {@code readAll} methods hold all values, and a
 * conversions reader that generates conversion ids keeps a counter per journey (see
 * {@link org.roikit.attribution.io.ConversionCsv}). The batch readers of
 * {@link org.roikit.attribution.io.JourneyCsv} make no {@code String} per field: the sorted one
 * holds one batch, the any-order one a compact store of less than 32 bytes per touchpoint for
 * journeys of a few touchpoints (about 22 with ids such as {@code j-0000001}, 29 with UUIDs; 11
 * once both files are read and the ids let go), held until the reader is closed.
 *
 * <p>The static methods may be called from any thread. A reader is not thread-safe; the values it
 * returns are immutable and thread-safe.
 */
package org.roikit.attribution.io;
