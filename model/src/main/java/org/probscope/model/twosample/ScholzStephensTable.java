package org.probscope.model.twosample;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.probscope.model.twosample.AndersonDarlingTwoSample.PValueClipping;

/**
 * The p-value of the standardised two-sample Anderson–Darling statistic, interpolated as {@code
 * scipy.stats.anderson_ksamp} does: critical values t<sub>α</sub> = b₀ + b₁/√(k−1) + b₂/(k−1) from
 * Scholz &amp; Stephens (1987) Table 2 (here k − 1 = 1), a least-squares quadratic fitted to
 * (t<sub>α</sub>, ln α) (NumPy's {@code polyfit(critical, log(sig), 2)}), and p = exp(quadratic(T))
 * between the first and last critical value; outside, the table's end levels.
 */
final class ScholzStephensTable {

  private static final double[] LEVELS = {0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001};
  private static final double[] B0 = {0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085};
  private static final double[] B1 = {-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615};
  private static final double[] B2 = {-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154};
  private static final double[] CRITICAL = criticalValuesForTwoSamples();

  /** Coefficients c₀, c₁, c₂ of ln p ≈ c₀ + c₁T + c₂T². */
  private static final double[] LOG_LEVEL_QUADRATIC = fitQuadratic(CRITICAL, LEVELS);

  private ScholzStephensTable() {}

  static AndersonDarlingTwoSample pValue(double statistic) {
    if (statistic < CRITICAL[0]) {
      return new AndersonDarlingTwoSample(statistic, LEVELS[0], PValueClipping.CAPPED);
    }
    int last = LEVELS.length - 1;
    if (statistic > CRITICAL[last]) {
      return new AndersonDarlingTwoSample(statistic, LEVELS[last], PValueClipping.FLOORED);
    }
    double[] c = LOG_LEVEL_QUADRATIC;
    double logP = (c[2] * statistic + c[1]) * statistic + c[0];
    return new AndersonDarlingTwoSample(statistic, Math.exp(logP), PValueClipping.NONE);
  }

  private static double[] criticalValuesForTwoSamples() {
    double[] critical = new double[LEVELS.length];
    double samplesMinusOne = 1;
    for (int i = 0; i < critical.length; i++) {
      critical[i] = B0[i] + B1[i] / Math.sqrt(samplesMinusOne) + B2[i] / samplesMinusOne;
    }
    return critical;
  }

  /** Least squares by QR decomposition (Commons Math), as stable as NumPy's SVD-based fit. */
  private static double[] fitQuadratic(double[] x, double[] levels) {
    double[][] design = new double[x.length][];
    double[] logLevels = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      design[i] = new double[] {1, x[i], x[i] * x[i]};
      logLevels[i] = Math.log(levels[i]);
    }
    RealVector solution =
        new QRDecomposition(new Array2DRowRealMatrix(design, false))
            .getSolver()
            .solve(new ArrayRealVector(logLevels, false));
    return solution.toArray();
  }
}
