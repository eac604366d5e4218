package org.probscope.model.distribution;

import java.util.function.DoubleSupplier;

/**
 * The summary figures of one distribution, computed by each family's factory: closed forms where
 * they exist (each factory cites its source), Commons Statistics' mean and variance otherwise. NaN
 * means "does not exist", {@code +Infinity} means "diverges" (see {@link Distribution}).
 *
 * <p>The entropy may be given as a supplier: it is then computed on first use, once, so that a
 * distribution whose entropy is a long sum costs nothing to build (a spec parsed, a slider moved)
 * until the figure is shown.
 */
final class Shape {

  private final double mean;
  private final double variance;
  private final double skewness;
  private final double excessKurtosis;
  private final Modes modes;
  private final DoubleSupplier entropySource;
  private volatile double entropy = Double.NaN;
  private volatile boolean entropyKnown;

  /**
   * @param mean first moment
   * @param variance second central moment
   * @param skewness third standardised moment
   * @param excessKurtosis fourth standardised moment minus 3
   * @param modes the modes
   * @param entropy entropy in nats, computed on first use
   */
  Shape(
      double mean,
      double variance,
      double skewness,
      double excessKurtosis,
      Modes modes,
      DoubleSupplier entropy) {
    this.mean = mean;
    this.variance = variance;
    this.skewness = skewness;
    this.excessKurtosis = excessKurtosis;
    this.modes = modes;
    this.entropySource = entropy;
  }

  /** Figures with a known entropy; a NaN mode means "not unique" and is to be replaced. */
  Shape(
      double mean,
      double variance,
      double skewness,
      double excessKurtosis,
      Modes modes,
      double entropy) {
    this(mean, variance, skewness, excessKurtosis, modes, () -> entropy);
    this.entropy = entropy;
    this.entropyKnown = true;
  }

  /**
   * Figures with a single mode, or NaN for a mode that is not unique (kept while the families move
   * to {@link Modes}: NaN becomes {@link Modes#unknown()}).
   */
  Shape(
      double mean,
      double variance,
      double skewness,
      double excessKurtosis,
      double mode,
      double entropy) {
    this(
        mean,
        variance,
        skewness,
        excessKurtosis,
        Double.isNaN(mode) ? Modes.unknown() : Modes.single(mode),
        entropy);
  }

  double mean() {
    return mean;
  }

  double variance() {
    return variance;
  }

  double skewness() {
    return skewness;
  }

  double excessKurtosis() {
    return excessKurtosis;
  }

  Modes modes() {
    return modes;
  }

  double entropy() {
    if (!entropyKnown) {
      synchronized (this) {
        if (!entropyKnown) {
          entropy = entropySource.getAsDouble();
          entropyKnown = true;
        }
      }
    }
    return entropy;
  }
}
