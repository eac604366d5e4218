package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.TestScale;

/**
 * Invariants of every discrete family at seeded random valid parameters biased to the extremes
 * ({@link ExtremeParameters}): {@value #QUICK} distributions a family in {@code mvn verify},
 * {@value #FULL} with {@code -Pexhaustive}, each probed at random whole numbers of its support, at
 * random levels and far in both tails. Every check is exact or states its rounding allowance; none
 * is a sample statistic, so none fails by chance.
 */
class DiscretePropertiesTest {

  private static final int QUICK = 40;
  private static final int FULL = 4000;
  private static final int POINTS = 24;
  private static final double EPS = Math.ulp(1.0);

  static List<Family> families() {
    return DiscreteFamilies.all();
  }

  private static List<Distribution> draws(Family family, long salt) {
    List<Distribution> out = new ArrayList<>();
    for (double[] v :
        ExtremeParameters.of(
            family, family.name().hashCode() * 31L + salt, TestScale.of(QUICK, FULL))) {
      out.add(family.create(v).orElseThrow());
    }
    return out;
  }

  /** Whole numbers of the support: both ends, next to them, and random ones across the body. */
  private static double[] points(Distribution d, SplittableRandom random) {
    double lo = d.supportLower();
    double hi = Double.isFinite(d.supportUpper()) ? d.supportUpper() : d.inverseSurvival(1e-300);
    double[] xs = new double[POINTS];
    xs[0] = lo;
    xs[1] = Math.min(lo + 1, hi);
    xs[2] = hi;
    xs[3] = Math.max(hi - 1, lo);
    for (int i = 4; i < POINTS; i++) {
      double u = random.nextDouble();
      // half at quantiles (the body), half uniform over [lo, hi] (mostly far tails)
      xs[i] = i % 2 == 0 ? d.quantile(u) : Math.floor(lo + u * (hi - lo));
    }
    return xs;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void massesAndTailsAreProbabilitiesThatAddUp(Family family) {
    SplittableRandom random = new SplittableRandom(1);
    for (Distribution d : draws(family, 1)) {
      for (double x : points(d, random)) {
        String at = d + " at " + x;
        double mass = d.density(x);
        double cdf = d.cdf(x);
        double sf = d.survival(x);
        assertThat(mass).as(at).isBetween(0.0, 1.0);
        assertThat(d.logDensity(x)).as(at).isLessThanOrEqualTo(0.0).isNotNaN();
        assertThat(cdf).as(at).isBetween(0.0, 1.0);
        assertThat(sf).as(at).isBetween(0.0, 1.0);
        assertThat(Math.abs(cdf + sf - 1)).as("cdf + sf - 1 " + at).isLessThanOrEqualTo(EPS);
        assertThat(d.hazard(x)).as("hazard " + at).isBetween(0.0, 1.0);
        assertThat(d.logCdf(x))
            .as(at)
            .isLessThanOrEqualTo(0.0)
            .isGreaterThan(Double.NEGATIVE_INFINITY);
        double logSf = d.logSurvival(x);
        if (x < d.supportUpper()) {
          assertThat(logSf).as(at).isLessThanOrEqualTo(0.0).isGreaterThan(Double.NEGATIVE_INFINITY);
        } else {
          assertThat(logSf).as(at).isEqualTo(Double.NEGATIVE_INFINITY);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void everyFigureIsANumberAtAnyArgument(Family family) {
    SplittableRandom random = new SplittableRandom(8);
    for (Distribution d : draws(family, 8)) {
      double lo = d.supportLower();
      double hi = d.supportUpper();
      double[] xs = {
        lo - 1,
        lo + 0.5,
        hi + 0.5,
        -1e300,
        1e300,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        -Double.MAX_VALUE,
        Double.MAX_VALUE,
        Math.floor(d.quantile(random.nextDouble())) + 0.25,
        3e9,
        Math.nextUp(lo)
      };
      for (double x : xs) {
        String at = d + " at " + x;
        assertThat(d.density(x)).as(at).isBetween(0.0, 1.0);
        assertThat(d.logDensity(x)).as(at).isNotNaN().isLessThanOrEqualTo(0.0);
        assertThat(d.cdf(x)).as(at).isBetween(0.0, 1.0);
        assertThat(d.survival(x)).as(at).isBetween(0.0, 1.0);
        assertThat(d.logCdf(x)).as(at).isNotNaN().isLessThanOrEqualTo(0.0);
        assertThat(d.logSurvival(x)).as(at).isNotNaN().isLessThanOrEqualTo(0.0);
        if (x <= hi && x < Double.POSITIVE_INFINITY) {
          // above the support (and at +∞) the hazard is 0/0, NaN by the Distribution contract
          assertThat(d.hazard(x)).as("hazard " + at).isBetween(0.0, 1.0);
        } else {
          assertThat(d.hazard(x)).as("hazard " + at).isNaN();
        }
      }
      for (double p : new double[] {Double.MIN_VALUE, 1e-320, Math.nextDown(1.0), 0, 1}) {
        assertThat(d.quantile(p)).as(d + " Q(" + p + ")").isBetween(lo, hi);
        assertThat(d.inverseSurvival(p)).as(d + " S⁻¹(" + p + ")").isBetween(lo, hi);
      }
      assertThat(d.quantile(Double.NaN)).isNaN();
      assertThat(d.inverseSurvival(-0.5)).isNaN();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void logarithmsOfTailsAgreeWithTheTailsWhereBothAreRepresentable(Family family) {
    SplittableRandom random = new SplittableRandom(2);
    for (Distribution d : draws(family, 2)) {
      for (double x : points(d, random)) {
        double cdf = d.cdf(x);
        if (cdf >= 1e-300 && cdf <= 0.5) {
          assertThat(d.logCdf(x)).as(d + " ln F at " + x).isCloseTo(Math.log(cdf), within(x, cdf));
        }
        double sf = d.survival(x);
        if (sf >= 1e-300 && sf <= 0.5) {
          assertThat(d.logSurvival(x))
              .as(d + " ln S at " + x)
              .isCloseTo(Math.log(sf), within(x, sf));
        }
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double x, double p) {
    return org.assertj.core.data.Offset.offset(4 * EPS * Math.max(1, Math.abs(Math.log(p))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void tailsStepByTheMassAndNeverTurnBack(Family family) {
    SplittableRandom random = new SplittableRandom(3);
    for (Distribution d : draws(family, 3)) {
      for (double x : points(d, random)) {
        if (x <= d.supportLower()) {
          continue;
        }
        String at = d + " at " + x;
        double mass = d.density(x);
        assertThat(d.cdf(x)).as(at).isGreaterThanOrEqualTo(d.cdf(x - 1));
        assertThat(d.survival(x)).as(at).isLessThanOrEqualTo(d.survival(x - 1));
        // the step of the smaller tail is the mass: the difference cancels, leaving the tails'
        // own rounding (the reference tolerance of a tail, twice) against the mass
        boolean lower = d.cdf(x) <= 0.5;
        double step = lower ? d.cdf(x) - d.cdf(x - 1) : d.survival(x - 1) - d.survival(x);
        double scale = lower ? d.cdf(x) : d.survival(x - 1);
        double allowed =
            2 * DiscreteTolerance.probability(Math.log(scale)) * scale
                + 1e-12 * mass
                + Double.MIN_VALUE * 4;
        assertThat(Math.abs(step - mass))
            .as("tail step vs mass " + at)
            .isLessThanOrEqualTo(allowed);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void quantilesAreTheSmallestWholeNumbersReachingTheLevel(Family family) {
    SplittableRandom random = new SplittableRandom(4);
    double[] fixed = {1e-300, 1e-100, 1e-15, 1e-6, 0.5, 1 - 1e-6, Math.nextDown(1.0)};
    for (Distribution d : draws(family, 4)) {
      double[] levels = new double[fixed.length + 8];
      System.arraycopy(fixed, 0, levels, 0, fixed.length);
      for (int i = fixed.length; i < levels.length; i++) {
        levels[i] = random.nextDouble();
      }
      java.util.Arrays.sort(levels);
      double previous = d.supportLower();
      for (double p : levels) {
        double k = d.quantile(p);
        String at = d + " Q(" + p + ") = " + k;
        assertThat(k).as(at).isEqualTo(Math.rint(k)).isBetween(d.supportLower(), d.supportUpper());
        assertThat(k).as("monotone " + at).isGreaterThanOrEqualTo(previous);
        previous = k;
        if (p <= 0.5) {
          assertThat(d.cdf(k)).as(at).isGreaterThanOrEqualTo(p);
          assertThat(d.cdf(k - 1)).as(at).isLessThan(p);
        } else {
          // decided on the survival function, where 1 - p is exact
          assertThat(d.survival(k)).as(at).isLessThanOrEqualTo(1 - p);
          assertThat(d.survival(k - 1)).as(at).isGreaterThan(1 - p);
          assertThat(d.cdf(k)).as(at).isGreaterThanOrEqualTo(p);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void inverseSurvivalIsTheQuantileOfTheComplementWhereThatIsExact(Family family) {
    SplittableRandom random = new SplittableRandom(5);
    for (Distribution d : draws(family, 5)) {
      double previous = d.supportUpper();
      double[] qs = new double[10];
      for (int i = 0; i < qs.length; i++) {
        // dyadic q: 1 - q is exact
        qs[i] = (1 + random.nextInt((1 << 20) - 1)) / (double) (1 << 20);
      }
      java.util.Arrays.sort(qs);
      for (double q : qs) {
        double k = d.inverseSurvival(q);
        assertThat(k).as(d + " S⁻¹(" + q + ")").isEqualTo(d.quantile(1 - q));
        assertThat(k).as("monotone").isLessThanOrEqualTo(previous);
        previous = k;
      }
      for (double q : new double[] {1e-300, 1e-100, 1e-15}) {
        double k = d.inverseSurvival(q);
        assertThat(d.survival(k)).as(d + " S(S⁻¹(" + q + "))").isLessThanOrEqualTo(q);
        assertThat(d.survival(k - 1)).as(d + " S(S⁻¹(" + q + ") - 1)").isGreaterThan(q);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void modesCarryTheLargestMass(Family family) {
    for (Distribution d : draws(family, 6)) {
      Modes modes = d.modes();
      assertThat(modes.kind()).as(d.toString()).isNotEqualTo(Modes.Kind.UNKNOWN);
      double[] points = modes.points();
      double top = d.logDensity(points[0]);
      for (double m : points) {
        assertThat(d.logDensity(m)).as(d + " mode " + m).isCloseTo(top, tolerance(top));
      }
      if (modes.kind() == Modes.Kind.POINTS) {
        double below = points[0] - 1;
        double above = points[points.length - 1] + 1;
        for (double neighbour : new double[] {below, above}) {
          assertThat(d.logDensity(neighbour))
              .as(d + " next to the mode, at " + neighbour)
              .isLessThanOrEqualTo(top + Math.abs(top) * 1e-13 + 1e-13);
        }
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> tolerance(double log) {
    return org.assertj.core.data.Offset.offset(1e-12 * Math.max(1, Math.abs(log)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void summaryFiguresAreNumbersOrTheConvention(Family family) {
    for (Distribution d : draws(family, 7)) {
      assertThat(d.mean()).as(d.toString()).isBetween(d.supportLower(), d.supportUpper());
      assertThat(d.variance()).as(d.toString()).isGreaterThanOrEqualTo(0.0);
      assertThat(d.entropy()).as(d.toString()).isGreaterThanOrEqualTo(0.0).isFinite();
      assertThat(d.median()).as(d.toString()).isEqualTo(d.quantile(0.5));
    }
  }
}
