package org.roikit.attribution.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Opening files and describing read failures, always naming the source. */
final class Sources {

    private Sources() {
    }

    /** Returns the name of {@code file} for messages: its path as given. */
    static String name(Path file) {
        return Objects.requireNonNull(file, "file").toString();
    }

    /**
     * Opens {@code file} for reading.
     *
     * @throws UncheckedIOException naming the file if it cannot be opened
     */
    static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw readFailure(name(file), e);
        }
    }

    /** Returns an unchecked exception whose message names {@code source} and what went wrong. */
    static UncheckedIOException readFailure(String source, IOException e) {
        String what;
        if (e instanceof NoSuchFileException) {
            what = "no such file";
        } else if (e instanceof AccessDeniedException) {
            what = "access denied";
        } else {
            what = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return new UncheckedIOException(source + ": cannot read: " + what, e);
    }

    /**
     * Closes {@code first}, then {@code second} even if the first fails, and rethrows the first
     * failure with any second one suppressed, so that both inputs of a join are always released.
     */
    static void closeBoth(Runnable first, Runnable second) {
        RuntimeException failure = null;
        try {
            first.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            second.run();
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
