package org.probscope.model.gof;

/**
 * Σⱼ (base + step·j)·ln yⱼ over a run of values y₀, y₁, … in (0, 1] with two logarithms per run
 * instead of one per value, because Math.log dominates the Anderson–Darling pass otherwise. With
 * the running product R = Πyⱼ and the product of its prefixes Q = Πₘ Rₘ = Πⱼ yⱼ^(L−j): Σ ln yⱼ = ln
 * R and Σ j·ln yⱼ = L·ln R − ln Q. Both products are kept as a mantissa in [2⁻¹⁰⁰, 2) and a
 * separate binary exponent, so nothing underflows; values below {@link #SMALLEST} must be added
 * through their logarithm instead (they would overflow the exponent budget of one step).
 *
 * <p>Rounding: each product of L factors carries about L ulps, so with runs of {@value
 * OrderStatisticPass#RUN} the sum's absolute error is about 1e-13 per run, below the error of
 * summing the n weighted logarithms one by one.
 */
final class WeightedLogRun {

  /** The smallest value the products accept: 2⁻⁵⁰⁰. */
  static final double SMALLEST = 0x1p-500;

  private static final double LN_2 = Math.log(2);

  private double product = 1;
  private long productExponent;
  private double prefixProduct = 1;
  private long prefixExponent;
  private int count;

  /** Adds the next value, in [{@link #SMALLEST}, 1]. */
  void add(double y) {
    product *= y;
    int e = Math.getExponent(product);
    if (e < -100) {
      product = Math.scalb(product, -e);
      productExponent += e;
    }
    prefixProduct *= product;
    prefixExponent += productExponent;
    int p = Math.getExponent(prefixProduct);
    if (p < -100) {
      prefixProduct = Math.scalb(prefixProduct, -p);
      prefixExponent += p;
    }
    count++;
  }

  /** Σⱼ (base + step·j)·ln yⱼ over the values added since the last reset; then resets. */
  double sumAndReset(double base, double step) {
    double logProduct = Math.log(product) + productExponent * LN_2;
    double logPrefix = Math.log(prefixProduct) + prefixExponent * LN_2;
    double sum = base * logProduct + step * (count * logProduct - logPrefix);
    product = 1;
    productExponent = 0;
    prefixProduct = 1;
    prefixExponent = 0;
    count = 0;
    return sum;
  }
}
