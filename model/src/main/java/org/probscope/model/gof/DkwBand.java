package org.probscope.model.gof;

/**
 * The Dvoretzky–Kiefer–Wolfowitz simultaneous confidence band for the true CDF around the empirical
 * CDF: with probability at least 1 − α, {@code Fn(x) − ε <= F(x) <= Fn(x) + ε} for all x, where ε =
 * √(ln(2/α) / (2n)) (Massart's tight constant, 1990).
 *
 * @param alpha the level α in (0, 1); the band has coverage 1 − α
 * @param n the sample size
 * @param epsilon the half-width ε
 */
public record DkwBand(double alpha, int n, double epsilon) {

  /**
   * The band for a sample of size {@code n} at level 1 − α.
   *
   * @throws IllegalArgumentException when α is not in (0, 1) or n < 1
   */
  public static DkwBand of(int n, double alpha) {
    Levels.requireLevel(alpha);
    if (n < 1) {
      throw new IllegalArgumentException("the DKW band needs n >= 1, got " + n);
    }
    return new DkwBand(alpha, n, Math.sqrt(Math.log(2 / alpha) / (2.0 * n)));
  }

  /** The lower edge at an ECDF value, clipped to [0, 1]. */
  public double lower(double ecdf) {
    return Math.max(0, ecdf - epsilon);
  }

  /** The upper edge at an ECDF value, clipped to [0, 1]. */
  public double upper(double ecdf) {
    return Math.min(1, ecdf + epsilon);
  }
}
