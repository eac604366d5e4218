package org.probscope.model.distribution;

/**
 * The summary figures of one distribution, computed by each family's factory: closed forms where
 * they exist (each factory cites its source), Commons Statistics' mean and variance otherwise. NaN
 * means "does not exist", {@code +Infinity} means "diverges" (see {@link Distribution}).
 *
 * @param mean first moment
 * @param variance second central moment
 * @param skewness third standardised moment
 * @param excessKurtosis fourth standardised moment minus 3
 * @param mode the unique mode, or NaN
 * @param entropy entropy in nats
 */
record Shape(
    double mean,
    double variance,
    double skewness,
    double excessKurtosis,
    double mode,
    double entropy) {}
