package org.probscope.model.fit;

import java.util.Optional;
import org.probscope.model.distribution.SpecNumbers;

/**
 * The check shared by the families whose support ends are parameters (uniform, uniformdiscrete).
 */
final class Bounds {

  private Bounds() {}

  /** A failure when [lower, upper] does not hold every value, otherwise empty. */
  static Optional<Estimation> check(double lower, double upper, FitData data) {
    long below = 0;
    long above = 0;
    double example = Double.NaN;
    for (int i = 0; i < data.distinct(); i++) {
      double x = data.value(i);
      if (x < lower || x > upper) {
        below += x < lower ? 1 : 0;
        above += x > upper ? 1 : 0;
        example = Double.isNaN(example) ? x : example;
      }
    }
    if (below + above == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Estimation.failed(
            new FitFailure(
                FitFailure.Reason.OUTSIDE_SUPPORT,
                below + above,
                example,
                (below + above)
                    + " distinct values lie outside the fixed ["
                    + SpecNumbers.format(lower)
                    + ", "
                    + SpecNumbers.format(upper)
                    + "] (the smallest is "
                    + SpecNumbers.format(example)
                    + ")")));
  }
}
