package org.probscope.model.distribution;

import java.util.function.DoubleUnaryOperator;

/** The 10-point Gauss–Legendre rule, exact for polynomials of degree 19. */
final class GaussLegendre {

  private static final double[] X = {
    0.1488743389816312108848260,
    0.4333953941292471907992659,
    0.6794095682990244062343274,
    0.8650633666889845107320967,
    0.9739065285171717200779640
  };

  private static final double[] W = {
    0.2955242247147528701738930,
    0.2692667193099963550912269,
    0.2190863625159820439955349,
    0.1494513491505805931457763,
    0.0666713443086881375935688
  };

  private GaussLegendre() {}

  /** The number of nodes on each side of the centre (the rule has twice as many). */
  static final int HALF_POINTS = 5;

  /** The i-th positive node on [−1, 1], i &lt; {@link #HALF_POINTS}; −node(i) is a node too. */
  static double node(int i) {
    return X[i];
  }

  /** The weight of ±node(i). */
  static double weight(int i) {
    return W[i];
  }

  /** ∫ f over [centre − half, centre + half]. */
  static double integrate(DoubleUnaryOperator f, double centre, double half) {
    double sum = 0;
    for (int i = 0; i < X.length; i++) {
      double dx = half * X[i];
      sum += W[i] * (f.applyAsDouble(centre - dx) + f.applyAsDouble(centre + dx));
    }
    return sum * half;
  }
}
