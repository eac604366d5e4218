package org.probscope.model.distribution;

/**
 * The summary figures Commons Statistics does not provide, computed in closed form by each family's
 * factory. NaN means "does not exist", {@code +Infinity} means "diverges" (see {@link
 * Distribution}).
 *
 * @param skewness third standardised moment
 * @param excessKurtosis fourth standardised moment minus 3
 * @param mode the unique mode, or NaN
 * @param entropy entropy in nats
 */
record Shape(double skewness, double excessKurtosis, double mode, double entropy) {}
