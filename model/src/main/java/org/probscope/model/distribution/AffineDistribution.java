package org.probscope.model.distribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * X = s + c·Y for a continuous Y and c &gt; 0 (SciPy's {@code loc} = s and {@code scale} = c, as in
 * {@code scipy.stats.t(df, loc=s, scale=c)}). Every figure is the base's at the standardised point
 * z = (x − s)/c, transformed exactly:
 *
 * <ul>
 *   <li>f(x) = f_Y(z)/c, ln f(x) = ln f_Y(z) − ln c, h(x) = h_Y(z)/c;
 *   <li>F, S, ln F, ln S at x are the base's at z, so a far tail keeps every digit the base has;
 *   <li>F⁻¹(p) = s + c·F_Y⁻¹(p), S⁻¹(q) = s + c·S_Y⁻¹(q);
 *   <li>mean s + cμ, variance c²σ², skewness and excess kurtosis unchanged, entropy h_Y + ln c,
 *       modes s + c·m;
 *   <li>C(x) = c·C_Y(z), Σ(x) = c·Σ_Y(z) (the stop-loss transforms, {@link StopLoss});
 *   <li>a draw is s + c·y for a draw y of the base.
 * </ul>
 *
 * At the support's ends z is the base's end itself, so that s + c·b rounded does not move an end
 * out of its own support. Equality is by base, shift and scale; {@link #toString()} is the spec
 * {@code affine(SPEC, shift=s, scale=c)}.
 */
public final class AffineDistribution implements Distribution {

  private final Family family;
  private final Distribution base;
  private final double shift;
  private final double scale;
  private final double logScale;
  private final double lower;
  private final double upper;

  AffineDistribution(Family family, Distribution base, double shift, double scale) {
    this.family = family;
    this.base = base;
    this.shift = shift;
    this.scale = scale;
    this.logScale = Math.log(scale);
    this.lower = shift + scale * base.supportLower();
    this.upper = shift + scale * base.supportUpper();
  }

  /**
   * s + c·Y, or the rules broken: a discrete or affine {@code base} ({@link
   * AffineFamily#checkBase}), a shift or scale outside its domain (finite shift, scale &gt; 0, both
   * within the magnitudes the library evaluates).
   */
  public static Validated<AffineDistribution> of(Distribution base, double shift, double scale) {
    Objects.requireNonNull(base, "base");
    var wrong = AffineFamily.checkBase(base.family());
    if (wrong.isPresent()) {
      return Validated.invalid(wrong.get());
    }
    Family family = AffineFamily.of(base.family());
    List<Violation> violations = new ArrayList<>();
    AffineFamily.TRANSFORM.get(0).check(shift).ifPresent(violations::add);
    AffineFamily.TRANSFORM.get(1).check(scale).ifPresent(violations::add);
    if (!violations.isEmpty()) {
      return Validated.invalid(violations);
    }
    return Validated.valid(new AffineDistribution(family, base, shift, scale));
  }

  /** The distribution of Y. */
  public Distribution base() {
    return base;
  }

  /** s. */
  public double shift() {
    return shift;
  }

  /** c &gt; 0. */
  public double scale() {
    return scale;
  }

  /** z = (x − s)/c, the point of the base that x stands for; the base's ends at the support's. */
  public double standardise(double x) {
    if (x == lower) {
      return base.supportLower();
    }
    if (x == upper) {
      return base.supportUpper();
    }
    return (x - shift) / scale;
  }

  private double unstandardise(double y) {
    return shift + scale * y;
  }

  @Override
  public Family family() {
    return family;
  }

  @Override
  public double[] parameters() {
    double[] own = base.parameters();
    double[] all = Arrays.copyOf(own, own.length + 2);
    all[own.length] = shift;
    all[own.length + 1] = scale;
    return all;
  }

  @Override
  public double parameter(String name) {
    int i = family.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          AffineFamily.NAME + "(" + base.family().name() + ") has no parameter " + name);
    }
    return parameters()[i];
  }

  @Override
  public boolean isDiscrete() {
    return false;
  }

  @Override
  public double supportLower() {
    return lower;
  }

  @Override
  public double supportUpper() {
    return upper;
  }

  /**
   * f_Y(z)/c; where f_Y(z) is below the normal range of doubles (or underflows to 0 inside the
   * support) and c &lt; 1 would lift it back, exp(ln f_Y(z) − ln c) keeps its digits.
   */
  @Override
  public double density(double x) {
    double z = standardise(x);
    double f = base.density(z);
    if (f < Double.MIN_NORMAL
        && scale < 1
        && z >= base.supportLower()
        && z <= base.supportUpper()) {
      double log = base.logDensity(z);
      return log == Double.NEGATIVE_INFINITY ? f / scale : Math.exp(log - logScale);
    }
    return f / scale;
  }

  @Override
  public double logDensity(double x) {
    return base.logDensity(standardise(x)) - logScale;
  }

  @Override
  public double cdf(double x) {
    return base.cdf(standardise(x));
  }

  @Override
  public double survival(double x) {
    return base.survival(standardise(x));
  }

  @Override
  public double logCdf(double x) {
    return base.logCdf(standardise(x));
  }

  @Override
  public double logSurvival(double x) {
    return base.logSurvival(standardise(x));
  }

  @Override
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    return p == 0 ? lower : p == 1 ? upper : unstandardise(base.quantile(p));
  }

  @Override
  public double inverseSurvival(double q) {
    if (!(q >= 0 && q <= 1)) {
      return Double.NaN;
    }
    return q == 0 ? upper : q == 1 ? lower : unstandardise(base.inverseSurvival(q));
  }

  /** h_Y(z)/c, from logarithms where h_Y(z) is subnormal and c &lt; 1 lifts it. */
  @Override
  public double hazard(double x) {
    double z = standardise(x);
    double h = base.hazard(z);
    if (h > 0 && h < Double.MIN_NORMAL && scale < 1) {
      return Math.exp(base.logDensity(z) - base.logSurvival(z) - logScale);
    }
    return h / scale;
  }

  @Override
  public double mean() {
    return unstandardise(base.mean());
  }

  /** c²σ², through (cσ)² where c² alone would overflow or underflow. */
  @Override
  public double variance() {
    double v = base.variance();
    double direct = scale * scale * v;
    if (v > 0
        && v < Double.POSITIVE_INFINITY
        && !(direct > 0 && direct < Double.POSITIVE_INFINITY)) {
      double sd = scale * Math.sqrt(v);
      return sd * sd;
    }
    return direct;
  }

  @Override
  public double standardDeviation() {
    return scale * base.standardDeviation();
  }

  @Override
  public double skewness() {
    return base.skewness();
  }

  @Override
  public double excessKurtosis() {
    return base.excessKurtosis();
  }

  @Override
  public double median() {
    return unstandardise(base.median());
  }

  @Override
  public Modes modes() {
    Modes modes = base.modes();
    double[] points = modes.points();
    return switch (modes.kind()) {
      case UNKNOWN -> modes;
      case INTERVAL -> Modes.interval(unstandardise(points[0]), unstandardise(points[1]));
      case POINTS ->
          points.length == 1
              ? Modes.single(unstandardise(points[0]))
              : Modes.pair(unstandardise(points[0]), unstandardise(points[1]));
    };
  }

  @Override
  public double entropy() {
    return base.entropy() + logScale;
  }

  /** c·C_Y(z). */
  @Override
  public double cdfIntegral(double x) {
    return scale * base.cdfIntegral(standardise(x));
  }

  /** c·Σ_Y(z). */
  @Override
  public double survivalIntegral(double x) {
    return scale * base.survivalIntegral(standardise(x));
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    Sampler y = base.sampler(rng);
    return () -> unstandardise(y.sample());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AffineDistribution other
        && base.equals(other.base)
        && Double.compare(shift, other.shift) == 0
        && Double.compare(scale, other.scale) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, shift, scale);
  }

  @Override
  public String toString() {
    return spec();
  }
}
