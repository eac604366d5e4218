package org.probscope.model.distribution;

/**
 * How close a discrete figure must be to its mpmath reference (the reasons are in {@link
 * DiscreteReferenceTest}). A NaN or infinite reference must be matched exactly.
 */
enum DiscreteTolerance {
  PROBABILITY,
  HAZARD,
  LOG,
  QUANTILE,
  MOMENT,
  SHAPE,
  ENTROPY;

  /** Relative rounding allowed per unit of |ln v|, for a probability v. */
  static final double PER_LOG_UNIT = 6e-16;

  /** Units allowed however large v is: the log of the mode's mass, up to ~11 at σ = 3e4. */
  static final double BODY_UNITS = 12;

  static DiscreteTolerance of(String quantity) {
    return switch (quantity) {
      case "pmf", "cdf", "sf" -> PROBABILITY;
      case "hazard" -> HAZARD;
      case "logpmf", "logcdf", "logsf" -> LOG;
      case "ppf", "isf" -> QUANTILE;
      case "entropy" -> ENTROPY;
      case "skew", "kurt" -> SHAPE;
      default -> MOMENT;
    };
  }

  /** The relative tolerance of a probability (or mass) whose natural log is {@code log}. */
  static double probability(double log) {
    double units = Double.isFinite(log) ? Math.abs(log) : -Math.log(Double.MIN_NORMAL);
    return PER_LOG_UNIT * (BODY_UNITS + units);
  }

  /**
   * The absolute tolerance (or relative, as the kind says) for this reference value.
   *
   * @param logMass the reference log mass at the same x, which sets the hazard's tolerance
   */
  double tolerance(double expected, double logMass) {
    return switch (this) {
      case PROBABILITY -> probability(Math.log(expected)) * Math.max(expected, Double.MIN_NORMAL);
      case HAZARD -> probability(logMass) * Math.max(expected, Double.MIN_NORMAL);
      case LOG -> PER_LOG_UNIT * (BODY_UNITS + Math.abs(expected));
      case QUANTILE -> 0;
      case MOMENT -> 1e-13 * Math.abs(expected);
      case SHAPE -> 1e-13 * Math.max(1, Math.abs(expected));
      case ENTROPY -> 1e-12 * Math.abs(expected);
    };
  }

  boolean accepts(double actual, double expected, double logMass) {
    if (Double.isNaN(expected) || Double.isInfinite(expected)) {
      return Double.compare(actual, expected) == 0;
    }
    return Math.abs(actual - expected) <= tolerance(expected, logMass);
  }
}
