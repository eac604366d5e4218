package org.probscope.model.twosample;

import org.probscope.model.sample.Sample;

/**
 * Distances between the empirical distributions of two samples (a of size n, b of size m), each
 * computed exactly in one linear pass over the sorted values.
 *
 * <ul>
 *   <li>Wasserstein-1: W₁ = ∫|F<sub>a</sub>(x) − F<sub>b</sub>(x)| dx = ∫₀¹|F<sub>a</sub>⁻¹(u) −
 *       F<sub>b</sub>⁻¹(u)| du, as {@code scipy.stats.wasserstein_distance(a, b)}.
 *   <li>Wasserstein-2: W₂ = (∫₀¹ (F<sub>a</sub>⁻¹(u) − F<sub>b</sub>⁻¹(u))² du)<sup>½</sup> with
 *       the step quantile functions F<sub>a</sub>⁻¹(u) = a<sub>(⌈un⌉)</sub>. Both quantile
 *       functions are constant between consecutive breakpoints of {i/n} ∪ {j/m}; merged on the grid
 *       1/(n·m), where they are the integers i·m and j·n, the integral is an exact finite sum. W₁
 *       comes from the same sum, so W₁ ≤ W₂ (Jensen) holds up to rounding.
 *   <li>Energy distance: D = (2E|X − Y| − E|X − X′| − E|Y − Y′|)<sup>½</sup> = (2∫(F<sub>a</sub> −
 *       F<sub>b</sub>)² dx)<sup>½</sup> (Székely &amp; Rizzo 2013, "Energy statistics", J. Stat.
 *       Plan. Inference 143(8), Prop. 1), as {@code scipy.stats.energy_distance(a, b)}. The
 *       integrand is constant between consecutive pooled values, so the integral is one merge, O(n
 *       + m) on sorted values, instead of the O(n·m) double sum.
 * </ul>
 *
 * @param wasserstein1 W₁, in the units of the data
 * @param wasserstein2 W₂, in the units of the data
 * @param energyDistance D, in units of the square root of the data's units
 */
public record EmpiricalDistances(double wasserstein1, double wasserstein2, double energyDistance) {

  public static EmpiricalDistances of(Sample a, Sample b) {
    double[] w1AndSquaredW2 = quantileCoupling(a, b);
    return new EmpiricalDistances(
        w1AndSquaredW2[0], Math.sqrt(w1AndSquaredW2[1]), energyDistance(a, b));
  }

  /** {∫|F⁻¹ − G⁻¹|, ∫(F⁻¹ − G⁻¹)²} over the merged breakpoints i·m and j·n of [0, n·m]. */
  private static double[] quantileCoupling(Sample a, Sample b) {
    long n = a.size();
    long m = b.size();
    double absolute = 0;
    double squared = 0;
    long start = 0;
    int i = 0;
    int j = 0;
    while (i < n) {
      long endA = (i + 1) * m;
      long endB = (j + 1) * n;
      long end = Math.min(endA, endB);
      double difference = a.sorted(i) - b.sorted(j);
      double width = end - start;
      absolute += Math.abs(difference) * width;
      squared += difference * difference * width;
      start = end;
      if (endA == end) {
        i++;
      }
      if (endB == end) {
        j++;
      }
    }
    double total = (double) n * m;
    return new double[] {absolute / total, squared / total};
  }

  /** (2∫(F − G)²)^½ with F − G = (#a·m − #b·n)/(n·m) between consecutive pooled values. */
  private static double energyDistance(Sample a, Sample b) {
    long n = a.size();
    long m = b.size();
    double integral = 0;
    TieGroupWalk walk = new TieGroupWalk(a, b);
    walk.next();
    double gap = walk.throughA() * m - walk.throughB() * n;
    double previous = walk.value();
    while (walk.next()) {
      integral += gap * gap * (walk.value() - previous);
      gap = walk.throughA() * m - walk.throughB() * n;
      previous = walk.value();
    }
    return Math.sqrt(2 * integral) / ((double) n * m);
  }
}
