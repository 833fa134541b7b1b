package org.roikit.attribution.cli;

/**
 * A problem with the command line or with its input that the user can fix: the command prints
 * {@code roi: } and the message on one line of standard error and exits with status 2.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
