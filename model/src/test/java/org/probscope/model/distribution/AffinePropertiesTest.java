package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.probscope.model.sample.SampleGenerator;

/**
 * The transform identities of X = s + c·Y at seeded random shifts, scales and bases.
 *
 * <p>The strong check compares an affine distribution with the catalogue family it equals, whose
 * code shares nothing with {@link AffineDistribution}: affine(normal(0, 1), s, c) = normal(s, c),
 * likewise Cauchy, Laplace, logistic, Gumbel and Lévy; with s = 0, affine(gamma(k, 1), 0, c) =
 * gamma(k, c), chi-squared(k) = gamma(k/2, 2) so affine(chisquared(k), 0, c) = gamma(k/2, 2c),
 * Weibull(k, 1) → Weibull(k, c), Pareto(1, α) → Pareto(c, α), exponential(1) → exponential(1/c);
 * and affine(uniform(0, 1), s, c) = uniform(s, s + c). Every figure agrees to 1e-9 relative (the
 * two compute z with different roundings, (x − s)/c against the family's own), at points from the
 * far lower tail (p = 1e-12) to the far upper one.
 */
class AffinePropertiesTest {

  private static final double[] LEVELS = {1e-12, 1e-4, 0.01, 0.3, 0.5, 0.9, 0.999, 1 - 1e-9};

  /** An affine distribution and the catalogue distribution it equals. */
  record Pair(Distribution affine, Distribution same) {
    @Override
    public String toString() {
      return affine + " = " + same;
    }
  }

  @Provide
  Arbitrary<Pair> pairs() {
    Arbitrary<Double> shift = Arbitraries.doubles().between(-1e3, 1e3);
    Arbitrary<Double> zeroOrShift = Arbitraries.oneOf(Arbitraries.just(0.0), shift);
    Arbitrary<Double> scale = Arbitraries.doubles().between(-3, 3).map(e -> Math.pow(10, e));
    Arbitrary<Double> shape = Arbitraries.doubles().between(0.3, 20);
    Arbitrary<String> kind =
        Arbitraries.of(
            "normal",
            "cauchy",
            "laplace",
            "logistic",
            "gumbel",
            "levy",
            "gamma",
            "chisquared",
            "weibull",
            "pareto",
            "exponential",
            "uniform");
    return Combinators.combine(kind, zeroOrShift, scale, shape).as(AffinePropertiesTest::pair);
  }

  private static Pair pair(String kind, double s, double c, double k) {
    return switch (kind) {
      case "normal" -> pair("normal(mean=0, sd=1)", s, c, "normal(mean=" + s + ", sd=" + c + ")");
      case "cauchy", "laplace", "logistic", "gumbel", "levy" ->
          pair(
              kind + "(location=0, scale=1)", s, c, kind + "(location=" + s + ", scale=" + c + ")");
      case "gamma" ->
          pair("gamma(shape=" + k + ", scale=1)", 0, c, "gamma(shape=" + k + ", scale=" + c + ")");
      case "chisquared" ->
          pair("chisquared(df=" + k + ")", 0, c, "gamma(shape=" + k / 2 + ", scale=" + 2 * c + ")");
      case "weibull" ->
          pair(
              "weibull(shape=" + k + ", scale=1)",
              0,
              c,
              "weibull(shape=" + k + ", scale=" + c + ")");
      case "pareto" ->
          pair(
              "pareto(scale=1, shape=" + k + ")", 0, c, "pareto(scale=" + c + ", shape=" + k + ")");
      case "exponential" -> pair("exponential(rate=1)", 0, c, "exponential(rate=" + 1 / c + ")");
      case "uniform" ->
          pair(
              "uniform(lower=0, upper=1)", s, c, "uniform(lower=" + s + ", upper=" + (s + c) + ")");
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static Pair pair(String base, double s, double c, String same) {
    Distribution y = DistributionSpec.parse(base).orElseThrow();
    return new Pair(
        AffineDistribution.of(y, s, c).orElseThrow(), DistributionSpec.parse(same).orElseThrow());
  }

  @Property(tries = 300, seed = "20261202")
  void agreesWithTheFamilyItEquals(@ForAll("pairs") Pair pair) {
    Distribution a = pair.affine();
    Distribution b = pair.same();
    double s = ((AffineDistribution) a).shift();
    assertThat(a.supportLower())
        .as("%s lower", pair)
        .isCloseTo(b.supportLower(), within(b.supportLower(), s));
    assertThat(a.supportUpper())
        .as("%s upper", pair)
        .isCloseTo(b.supportUpper(), within(b.supportUpper(), s));
    for (double p : LEVELS) {
      double x = b.quantile(p);
      String at = pair + " at x = " + x + " (p = " + p + ")";
      assertThat(a.quantile(p)).as(at).isCloseTo(x, within(x, s));
      double xq = b.inverseSurvival(p);
      assertThat(a.inverseSurvival(p)).as(at).isCloseTo(xq, within(xq, s));
      double dx = 8 * Math.ulp(Math.abs(x) + Math.abs(s));
      close(at + " pdf", a::density, b::density, x, dx);
      close(at + " cdf", a::cdf, b::cdf, x, dx);
      close(at + " sf", a::survival, b::survival, x, dx);
      close(at + " hazard", a::hazard, b::hazard, x, dx);
      close(at + " logpdf", a::logDensity, b::logDensity, x, dx);
      close(at + " logcdf", a::logCdf, b::logCdf, x, dx);
      close(at + " logsf", a::logSurvival, b::logSurvival, x, dx);
      double spread = Math.abs(x) + Math.abs(s) + b.survivalIntegral(x) + b.cdfIntegral(x);
      compareAbsolute(at + " C", a.cdfIntegral(x), b.cdfIntegral(x), 1e-9 * spread);
      compareAbsolute(at + " Σ", a.survivalIntegral(x), b.survivalIntegral(x), 1e-9 * spread);
    }
    compareAbsolute(pair + " mean", a.mean(), b.mean(), 1e-9 * (Math.abs(b.mean()) + Math.abs(s)));
    compare(pair + " variance", a.variance(), b.variance());
    compare(pair + " skewness", a.skewness(), b.skewness());
    compareLog(pair + " entropy", a.entropy(), b.entropy());
    assertThat(a.modes().kind()).as(pair + " modes").isEqualTo(b.modes().kind());
    double[] am = a.modes().points();
    double[] bm = b.modes().points();
    assertThat(am).hasSameSizeAs(bm);
    for (int i = 0; i < am.length; i++) {
      compareAbsolute(pair + " mode", am[i], bm[i], 1e-9 * (Math.abs(bm[i]) + Math.abs(s)));
    }
  }

  @Property(tries = 200, seed = "20261203")
  void anIdentityTransformChangesNothingButTheSpec(@ForAll("bases") Distribution y) {
    Distribution x = AffineDistribution.of(y, 0, 1).orElseThrow();
    assertThat(x.spec()).isEqualTo("affine(" + y.spec() + ", shift=0, scale=1)");
    for (double p : LEVELS) {
      double at = y.quantile(p);
      same(x.quantile(p), at);
      same(x.inverseSurvival(p), y.inverseSurvival(p));
      same(x.density(at), y.density(at));
      same(x.cdf(at), y.cdf(at));
      same(x.survival(at), y.survival(at));
      same(x.logCdf(at), y.logCdf(at));
      same(x.logSurvival(at), y.logSurvival(at));
      same(x.hazard(at), y.hazard(at));
    }
    same(x.mean(), y.mean());
    same(x.entropy(), y.entropy());
    assertThat(x.modes()).isEqualTo(y.modes());
  }

  @Property(tries = 100, seed = "20261204")
  void everyFigureIsTheBasesAtTheStandardisedPoint(
      @ForAll("bases") Distribution y,
      @ForAll("shifts") double s,
      @ForAll("scales") double c,
      @ForAll("levels") double p) {
    AffineDistribution x = AffineDistribution.of(y, s, c).orElseThrow();
    double q = y.quantile(p);
    double at = s + c * q;
    String where = x + " at " + at + " (base at " + q + ", p = " + p + ")";
    // z = (at − s)/c is q up to the rounding of s + c·q: compare through the base's own slope
    double z = x.standardise(at);
    assertThat(z)
        .as(where)
        .isCloseTo(q, Assertions.within(1e-12 * (Math.abs(q) + Math.abs(s) / c)));
    same(x.cdf(at), y.cdf(z));
    same(x.survival(at), y.survival(z));
    same(x.logDensity(at), y.logDensity(z) - Math.log(c));
    same(x.quantile(p), s + c * q);
    same(x.median(), s + c * y.median());
    same(x.standardDeviation(), c * y.standardDeviation());
    same(x.skewness(), y.skewness());
    same(x.excessKurtosis(), y.excessKurtosis());
    same(x.entropy(), y.entropy() + Math.log(c));
    same(x.supportLower(), s + c * y.supportLower());
    same(x.supportUpper(), s + c * y.supportUpper());
    same(x.cdf(x.supportUpper()), y.cdf(y.supportUpper()));
    same(x.survival(x.supportLower()), y.survival(y.supportLower()));
    if (Double.isFinite(x.mean())) {
      double gap = x.survivalIntegral(at) - x.cdfIntegral(at);
      double size = x.survivalIntegral(at) + x.cdfIntegral(at) + Math.abs(at) + Math.abs(x.mean());
      assertThat(gap).as(where).isCloseTo(x.mean() - at, Assertions.within(1e-9 * size));
      same(x.cdfIntegral(at), c * y.cdfIntegral(z));
      assertThat(StopLoss.of(x).cdfIntegral(at))
          .as(where)
          .isCloseTo(x.cdfIntegral(at), Assertions.within(1e-12 * size));
      assertThat(StopLoss.of(x).survivalIntegral(at))
          .as(where)
          .isCloseTo(x.survivalIntegral(at), Assertions.within(1e-12 * size));
    }
  }

  @Property(tries = 100, seed = "20261205")
  void drawsAreTheBasesDrawsTransformed(
      @ForAll("bases") Distribution y, @ForAll("shifts") double s, @ForAll("scales") double c) {
    Distribution x = AffineDistribution.of(y, s, c).orElseThrow();
    double[] ys = SampleGenerator.drawValues(y, 50, 7);
    double[] xs = SampleGenerator.drawValues(x, 50, 7);
    for (int i = 0; i < ys.length; i++) {
      assertThat(xs[i]).isEqualTo(s + c * ys[i]);
    }
  }

  @Provide
  Arbitrary<Distribution> bases() {
    return Arbitraries.of(Families.all().stream().filter(f -> !f.isDiscrete()).toList())
        .flatMap(FamilyArbitraries::distributions);
  }

  @Provide
  Arbitrary<Double> shifts() {
    return Arbitraries.doubles().between(-1e4, 1e4);
  }

  @Provide
  Arbitrary<Double> scales() {
    return Arbitraries.doubles().between(-4, 4).map(e -> Math.pow(10, e));
  }

  @Provide
  Arbitrary<Double> levels() {
    return Arbitraries.oneOf(
        Arbitraries.of(1e-300, 1e-12, 0.5, 1 - 1e-12),
        Arbitraries.doubles().between(1e-6, 1 - 1e-6).ofScale(9));
  }

  private static Offset<Double> within(double expected, double shift) {
    return Assertions.within(
        Double.isFinite(expected) ? 1e-9 * (Math.abs(expected) + Math.abs(shift)) : 0);
  }

  private static Offset<Double> relative(double expected) {
    return Assertions.within(1e-9 * Math.abs(expected));
  }

  private static void compare(String what, double actual, double expected) {
    if (actual == expected || (Double.isNaN(actual) && Double.isNaN(expected))) {
      return;
    }
    assertThat(actual).as(what).isCloseTo(expected, relative(expected));
  }

  /**
   * Equal to 1e-9 relative (1e-9 absolute below 1 for log figures), plus what moving x by dx (the
   * rounding of (x − s)/c, several ulps of |x| + |s|) changes in the reference: next to a support
   * end or where F is steep the two roundings of z legitimately differ by that much.
   */
  private static void close(
      String what, DoubleUnaryOperator actual, DoubleUnaryOperator expected, double x, double dx) {
    double a = actual.applyAsDouble(x);
    double e = expected.applyAsDouble(x);
    if (a == e || (Double.isNaN(a) && Double.isNaN(e))) {
      return;
    }
    double sensitivity =
        Math.max(
            Math.abs(expected.applyAsDouble(x + dx) - e),
            Math.abs(expected.applyAsDouble(x - dx) - e));
    double bound = 1e-9 * Math.max(Math.abs(e), what.contains(" log") ? 1 : 0) + sensitivity;
    assertThat(a).as(what).isCloseTo(e, Assertions.within(bound));
  }

  private static void same(double actual, double expected) {
    assertThat(Double.valueOf(actual)).isEqualTo(Double.valueOf(expected));
  }

  private static void compareLog(String what, double actual, double expected) {
    if (actual == expected || (Double.isNaN(actual) && Double.isNaN(expected))) {
      return;
    }
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, Assertions.within(1e-9 * Math.max(1, Math.abs(expected))));
  }

  private static void compareAbsolute(String what, double actual, double expected, double bound) {
    if (actual == expected || (Double.isNaN(actual) && Double.isNaN(expected))) {
      return;
    }
    assertThat(actual).as(what).isCloseTo(expected, Assertions.within(bound));
  }
}
