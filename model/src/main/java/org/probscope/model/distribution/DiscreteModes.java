package org.probscope.model.distribution;

/**
 * Modes of the counting families whose mass ratio P(X = k)/P(X = k − 1) falls through 1 at a point
 * x ((n+1)p for the binomial, (r−1)(1−p)/p for the negative binomial): the mode is ⌊x⌋, and when x
 * is a whole number the masses at x − 1 and x are equal, so both are modes. "Whole" allows for the
 * rounding that the decimal parameters carry into x, because a parameter typed as 0.1 stands for
 * 1/10: binomial(trials=9, p=0.1) has modes 0 and 1, although the double nearest 0.1 exceeds it by
 * 5.6e-18 and so, strictly, favours 1 by 6e-17; negativebinomial(successes=1000000, p=0.999) has
 * modes 1000 and 1001, although 1 − p as a double is 8.9e-16 (relative) above 0.001.
 */
final class DiscreteModes {

  private DiscreteModes() {}

  /**
   * @param x where the mass ratio crosses 1
   * @param relativeRounding how far (relative) x may be from the value its decimal parameters stand
   *     for
   * @param smallestTie the smallest whole x that makes two modes (below it x − 1 is no value)
   * @param largest the largest value of the support
   */
  static Modes tieOrFloor(double x, double relativeRounding, double smallestTie, double largest) {
    double whole = Math.rint(x);
    boolean isWhole = Math.abs(x - whole) <= whole * relativeRounding;
    if (isWhole && whole >= smallestTie && whole <= largest) {
      return Modes.pair(whole - 1, whole);
    }
    return Modes.single(Math.min(Math.floor(x), largest));
  }
}
