package org.roikit.attribution.io;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads values from CSV input one record at a time: an {@link Iterator} that holds one record in
 * memory, and must be closed to release the input.
 *
 * <p>Use it in a try-with-resources block, as an iterator or as a stream:
 * <pre>{@code
 * try (CsvReader<Touchpoint> touchpoints = TouchpointCsv.open(Path.of("touchpoints.csv"))) {
 *     while (touchpoints.hasNext()) {
 *         Touchpoint t = touchpoints.next();
 *         ...
 *     }
 * }
 * try (Stream<Touchpoint> touchpoints = TouchpointCsv.open(Path.of("touchpoints.csv")).stream()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #hasNext()} reads ahead one record, so it is {@code hasNext()} that throws when the
 * next record is bad: {@link CsvFormatException} for a record or value that breaks a rule,
 * {@link UncheckedIOException} (naming the source) when reading fails. No record is ever skipped:
 * once a call has thrown, every later call to {@code hasNext()} or {@code next()} throws the same
 * exception again. The input is closed when the end is reached, when reading fails, and by
 * {@link #close()}, whichever comes first.
 *
 * <p>A reader is not thread-safe; the values it returns are immutable.
 *
 * @param <T> the type of the values read
 */
public final class CsvReader<T> implements Iterator<T>, AutoCloseable {

    /** Where the values come from: one value per call, null at the end. */
    interface Source<T> {

        /** Returns the next value, or null at the end of the input. */
        T read();

        /** Releases the input. */
        void close();
    }

    private final Source<T> source;
    private T next;
    private RuntimeException failure;
    private boolean started;
    private boolean exhausted;
    private boolean sourceClosed;
    private boolean closed;

    CsvReader(Source<T> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Returns whether there is another value, reading the next record if needed.
     *
     * @return true if {@link #next()} will return a value
     * @throws CsvFormatException if the next record or one of its values is bad (again on every
     *     later call)
     * @throws UncheckedIOException if reading fails (again on every later call)
     * @throws IllegalStateException if the reader is closed
     */
    @Override
    public boolean hasNext() {
        if (closed) {
            throw new IllegalStateException("the reader is closed");
        }
        if (failure != null) {
            throw failure;
        }
        if (next != null) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        started = true;
        try {
            next = source.read();
        } catch (RuntimeException e) {
            failure = e;
            closeSource(e);
            throw e;
        }
        if (next == null) {
            exhausted = true;
            closeSource(null);
        }
        return next != null;
    }

    /**
     * Returns the next value.
     *
     * @return the value
     * @throws NoSuchElementException if there is none
     * @throws CsvFormatException if the next record or one of its values is bad
     * @throws UncheckedIOException if reading fails
     * @throws IllegalStateException if the reader is closed
     */
    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        T value = next;
        next = null;
        return value;
    }

    /**
     * Returns the remaining values as a sequential, ordered stream that reads lazily; closing the
     * stream closes this reader.
     *
     * @return the stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Closes the input; further calls to {@link #hasNext()} and {@link #next()} throw
     * {@link IllegalStateException}. Closing twice has no effect.
     *
     * @throws UncheckedIOException if closing the input fails
     */
    @Override
    public void close() {
        closed = true;
        next = null;
        closeSource(null);
    }

    /** Returns whether a value has been read (or tried) from the source. */
    boolean isStarted() {
        return started;
    }

    /** Returns the source, for readers built on top of this one. */
    Source<T> source() {
        return source;
    }

    private void closeSource(RuntimeException pending) {
        if (sourceClosed) {
            return;
        }
        sourceClosed = true;
        try {
            source.close();
        } catch (RuntimeException e) {
            if (pending == null) {
                failure = e;
                throw e;
            }
            pending.addSuppressed(e);
        }
    }
}
