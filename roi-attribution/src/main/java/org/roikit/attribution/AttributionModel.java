package org.roikit.attribution;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rule that shares the credit for one conversion among its eligible touches.
 *
 * <p>The family is closed: {@link LastTouch}, {@link FirstTouch}, {@link Linear},
 * {@link TimeDecay}, {@link PositionBased} and {@link LastNonDirect}. Each is a small immutable
 * value whose {@code toString()} shows its parameters and reads back with
 * {@link #parse(String)}: {@code time-decay(P7D)}, {@code position-based(0.4, 0.2, 0.4)}.
 *
 * <p>A model only computes weights. Which touches are eligible for a conversion (same journey,
 * within the lookback window, the conversion policy, collapsed repeats) is decided by the engine,
 * {@link Attribution}, from its {@link AttributionSettings}; the model then receives those touches
 * in time order, ties in input order.
 *
 * <p><b>Hot path.</b> {@link #weigh(int, double[], boolean[], double[])} reads primitive arrays
 * and writes into a caller-provided one, allocating nothing, so the engine can attribute millions
 * of journeys without garbage. The weights are doubles: they are the real-valued credit, the share
 * of the conversion that each touch earns. Money is never held in doubles; the engine turns these
 * shares into exact amounts (see {@link Attribution}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface AttributionModel
        permits LastTouch, FirstTouch, Linear, TimeDecay, PositionBased, LastNonDirect {

    /**
     * Returns the model's name as the command line writes it: {@code last-touch},
     * {@code first-touch}, {@code linear}, {@code time-decay}, {@code position-based} or
     * {@code last-non-direct}. Models of one kind with different parameters share a name.
     *
     * @return the name, without parameters
     */
    String name();

    /**
     * Writes the weights of {@code n} eligible touches of one conversion into
     * {@code weights[0..n)}, allocating nothing.
     *
     * <p>Touch {@code i} is the i-th eligible touch in time order (index 0 the earliest). The
     * weights written are at least zero and sum to 1 up to floating-point rounding; the entries of
     * {@code weights} beyond {@code n} are left alone.
     *
     * @param n the number of eligible touches, at least 1
     * @param ages for each touch, the time from the touch to the conversion in seconds, at least
     *     zero (read by {@link TimeDecay} only; not checked)
     * @param direct for each touch, whether its channel is direct (read by {@link LastNonDirect}
     *     only, which gives {@link LastNonDirect#isDirect(String)} per channel)
     * @param weights where the weights go
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if {@code n} is less than 1 or an array is shorter than
     *     {@code n}
     */
    void weigh(int n, double[] ages, boolean[] direct, double[] weights);

    /**
     * Returns the last-touch model: everything to the last eligible touch.
     *
     * @return the model
     */
    static LastTouch lastTouch() {
        return LastTouch.INSTANCE;
    }

    /**
     * Returns the first-touch model: everything to the first eligible touch.
     *
     * @return the model
     */
    static FirstTouch firstTouch() {
        return FirstTouch.INSTANCE;
    }

    /**
     * Returns the linear model: an equal share to every eligible touch.
     *
     * @return the model
     */
    static Linear linear() {
        return Linear.INSTANCE;
    }

    /**
     * Returns the time-decay model with the default half-life, {@link TimeDecay#DEFAULT_HALF_LIFE}
     * (7 days).
     *
     * @return the model
     */
    static TimeDecay timeDecay() {
        return new TimeDecay(TimeDecay.DEFAULT_HALF_LIFE);
    }

    /**
     * Returns the time-decay model with the given half-life.
     *
     * @param halfLife the age at which a touch weighs half as much as one at the conversion
     *     instant; positive
     * @return the model
     * @throws NullPointerException if {@code halfLife} is null
     * @throws IllegalArgumentException if {@code halfLife} is zero or negative
     */
    static TimeDecay timeDecay(Duration halfLife) {
        return new TimeDecay(halfLife);
    }

    /**
     * Returns the position-based model with the U-shape weights 0.4 / 0.2 / 0.4.
     *
     * @return the model
     */
    static PositionBased positionBased() {
        return PositionBased.uShape();
    }

    /**
     * Returns the position-based model with the given relative weights of the first touch, all
     * middle touches together, and the last touch.
     *
     * @param first the weight of the first touch, at least zero
     * @param middle the weight shared by the middle touches, at least zero
     * @param last the weight of the last touch, at least zero
     * @return the model
     * @throws IllegalArgumentException if a weight is negative or not finite, or {@code first}
     *     and {@code last} are both zero
     */
    static PositionBased positionBased(double first, double middle, double last) {
        return new PositionBased(first, middle, last);
    }

    /**
     * Returns the last-non-direct model with the default direct channels,
     * {@link LastNonDirect#DEFAULT_DIRECT} ({@code direct} and {@code (direct)}).
     *
     * @return the model
     */
    static LastNonDirect lastNonDirect() {
        return new LastNonDirect(LastNonDirect.DEFAULT_DIRECT);
    }

    /**
     * Returns the last-non-direct model with the given direct channels, matched ignoring case.
     *
     * @param direct the channels that count as direct; not empty, none blank
     * @return the model
     * @throws NullPointerException if {@code direct} or an element is null
     * @throws IllegalArgumentException if {@code direct} is empty or an element is blank
     */
    static LastNonDirect lastNonDirect(Set<String> direct) {
        return new LastNonDirect(direct);
    }

    /**
     * Returns one model of each kind with default parameters, in the order last touch, first
     * touch, linear, time decay, position based, last non-direct: what the command line runs for
     * {@code --model all}.
     *
     * @return an unmodifiable list of six models
     */
    static List<AttributionModel> all() {
        return List.of(lastTouch(), firstTouch(), linear(), timeDecay(), positionBased(), lastNonDirect());
    }

    /**
     * Returns the model written as by its {@code toString()} or as a bare name for the default
     * parameters: {@code linear}, {@code time-decay}, {@code time-decay(PT12H)},
     * {@code position-based(0.2, 0.2, 0.6)}, {@code last-non-direct(direct, none)}. Surrounding
     * whitespace is ignored; names are lower case.
     *
     * @param text the text to read
     * @return the model
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the name is unknown, the parameters are malformed, or
     *     they are invalid for the model
     */
    static AttributionModel parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int open = s.indexOf('(');
        String name = open < 0 ? s : s.substring(0, open);
        List<String> args = new ArrayList<>();
        if (open >= 0) {
            if (!s.endsWith(")")) {
                throw new IllegalArgumentException("model (\"" + text + "\") must close its parameters with ')'");
            }
            for (String arg : s.substring(open + 1, s.length() - 1).split(",", -1)) {
                args.add(arg.strip());
            }
        }
        switch (name) {
            case "last-touch":
                return noParameters(text, open, lastTouch());
            case "first-touch":
                return noParameters(text, open, firstTouch());
            case "linear":
                return noParameters(text, open, linear());
            case "time-decay":
                return open < 0 ? timeDecay() : timeDecay(parseHalfLife(text, args));
            case "position-based":
                return open < 0 ? positionBased() : parseWeights(text, args);
            case "last-non-direct":
                return open < 0 ? lastNonDirect() : lastNonDirect(Set.copyOf(args));
            default:
                throw new IllegalArgumentException("model (\"" + text + "\") is not one of last-touch, "
                        + "first-touch, linear, time-decay, position-based, last-non-direct");
        }
    }

    private static AttributionModel noParameters(String text, int open, AttributionModel model) {
        if (open >= 0) {
            throw new IllegalArgumentException("model (\"" + text + "\") takes no parameters");
        }
        return model;
    }

    private static Duration parseHalfLife(String text, List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("model (\"" + text + "\") takes one half-life, such as time-decay(P7D)");
        }
        try {
            return Duration.parse(args.get(0));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("halfLife (\"" + args.get(0)
                    + "\") is not an ISO-8601 duration such as P7D or PT12H", e);
        }
    }

    private static PositionBased parseWeights(String text, List<String> args) {
        if (args.size() != 3) {
            throw new IllegalArgumentException("model (\"" + text
                    + "\") takes three weights, first, middle and last, such as position-based(0.4, 0.2, 0.4)");
        }
        String[] names = {"first", "middle", "last"};
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                w[i] = new BigDecimal(args.get(i)).doubleValue();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(names[i] + " (\"" + args.get(i) + "\") is not a decimal number", e);
            }
        }
        return positionBased(w[0], w[1], w[2]);
    }
}
