package org.probscope.model.gof;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * The tests of a sample against a discrete target, with p-values valid for a discrete null (never a
 * continuous-case formula on tied data):
 *
 * <ul>
 *   <li>Kolmogorov–Smirnov: exact ({@link DiscreteKsPValue}) while its cost m·(2nd)², paid ~20
 *       times for the critical value, is within {@value #EXACT_BUDGET} (n up to about 5000 on a
 *       support of 20 points, 10⁴ on 10), else seeded Monte Carlo ({@link DiscreteNullSimulation}).
 *   <li>Kuiper: seeded Monte Carlo of the same null.
 *   <li>Cramér–von Mises W², Watson U², Anderson–Darling A²: the discrete forms of Choulakian,
 *       Lockhart &amp; Stephens (1994) over at most {@value #MAX_CVM_CELLS} cells (adjacent support
 *       points merged beyond that), asymptotic p-values ({@link DiscreteCramerVonMises}).
 * </ul>
 *
 * <p>A sample value with probability 0 under the target (outside its support, or between its
 * values) makes the null impossible: W², U² and A² are then +∞ with p-value 0; D and V keep their
 * values and their null p-values.
 */
final class DiscreteTests {

  static final int MAX_CELLS = 1000;
  static final int MAX_CVM_CELLS = 64;
  static final int MAX_BRIDGE_CELLS = 512;
  static final double EXACT_BUDGET = 1e6;

  private final DiscreteCells cells;
  private final List<TestResult> results;
  private final DiscreteNullSimulation simulation;
  private final boolean exactKs;
  private final Map<GofTest, WeightedChiSquareTail> laws;
  private final Map<Double, Double> ksCritical = new ConcurrentHashMap<>();

  private DiscreteTests(
      DiscreteCells cells,
      List<TestResult> results,
      DiscreteNullSimulation simulation,
      boolean exactKs,
      Map<GofTest, WeightedChiSquareTail> laws) {
    this.cells = cells;
    this.results = results;
    this.simulation = simulation;
    this.exactKs = exactKs;
    this.laws = laws;
  }

  /** The tests of {@code sample} against {@code target}, given D⁺ and D⁻ from the one pass. */
  static DiscreteTests of(Sample sample, Distribution target, double dPlus, double dMinus) {
    DiscreteCells cells = DiscreteCells.of(sample, target, MAX_CELLS);
    double d = Math.max(dPlus, dMinus);
    double v = dPlus + dMinus;
    // affordable at the observed D and near the critical values the decisions need
    double typical = 2.0 / Math.sqrt(sample.size());
    boolean exact =
        DiscreteKsPValue.cost(cells, typical) <= EXACT_BUDGET
            && DiscreteKsPValue.cost(cells, d) <= 4 * EXACT_BUDGET;
    DiscreteNullSimulation simulation = simulation(cells);
    String mc = monteCarlo(simulation, cells);
    double pKs = exact ? DiscreteKsPValue.pValue(cells, d) : simulation.pValueKs(d);
    String ksMethod =
        exact
            ? "exact for a discrete null (P(D ≥ d) as Conover 1972, by a multinomial recursion over "
                + points(cells)
                + ")"
            : mc + standardError(pKs);
    double pV = simulation.pValueKuiper(v);
    DiscreteCells coarse = coarse(cells);
    Map<GofTest, WeightedChiSquareTail> laws = new java.util.EnumMap<>(GofTest.class);
    TestResult w2 = cvm(coarse, DiscreteCramerVonMises.Kind.W2, GofTest.CRAMER_VON_MISES, laws);
    TestResult u2 = cvm(coarse, DiscreteCramerVonMises.Kind.U2, GofTest.WATSON, laws);
    TestResult a2 = cvm(coarse, DiscreteCramerVonMises.Kind.A2, GofTest.ANDERSON_DARLING, laws);
    List<TestResult> results =
        List.of(
            exact
                ? new TestResult(GofTest.KOLMOGOROV_SMIRNOV, d, pKs, ksMethod)
                : simulated(GofTest.KOLMOGOROV_SMIRNOV, d, pKs, ksMethod),
            simulated(GofTest.KUIPER, v, pV, mc + standardError(pV)),
            w2,
            a2,
            u2);
    return new DiscreteTests(cells, results, simulation, exact, laws);
  }

  /**
   * A Monte-Carlo p-value; at its floor 1/(B + 1), where no simulated statistic reached the
   * observed one (D = 1 against a target the sample never touches), only a bound: the number would
   * read as a measurement of a p-value the simulation cannot resolve.
   */
  private static TestResult simulated(GofTest test, double statistic, double p, String method) {
    double floor = 1.0 / (DiscreteNullSimulation.REPLICATES + 1.0);
    if (p <= floor) {
      return new TestResult(
          test,
          statistic,
          PValue.below(
              floor,
              Math.log(floor),
              method,
              "no simulated statistic reached the observed one (1 in "
                  + (DiscreteNullSimulation.REPLICATES + 1)
                  + ")"));
    }
    return new TestResult(test, statistic, p, method);
  }

  private static DiscreteNullSimulation simulation(DiscreteCells cells) {
    boolean finite =
        (double) cells.n() * DiscreteNullSimulation.REPLICATES
            <= DiscreteNullSimulation.FINITE_WORK;
    return DiscreteNullSimulation.of(finite ? cells : cells.mergedTo(MAX_BRIDGE_CELLS));
  }

  private static String monteCarlo(DiscreteNullSimulation simulation, DiscreteCells cells) {
    String what =
        simulation.finite()
            ? "samples of size " + cells.n() + " from the target"
            : "Brownian-bridge paths (the large-n limit) at the support points"
                + (cells.size() > MAX_BRIDGE_CELLS
                    ? " (adjacent ones merged to " + MAX_BRIDGE_CELLS + " cells)"
                    : "");
    return "Monte Carlo for a discrete null: "
        + DiscreteNullSimulation.REPLICATES
        + " "
        + what
        + ", seed "
        + DiscreteNullSimulation.SEED
        + (cells.merged() ? ", over " + cells.size() + " merged cells" : "");
  }

  private static String standardError(double p) {
    return String.format(
        java.util.Locale.ROOT, "; standard error %.2g", DiscreteNullSimulation.standardError(p));
  }

  private static String points(DiscreteCells cells) {
    return cells.merged()
        ? cells.size()
            + " cells of adjacent support points merged (the step CDF is checked at"
            + " their ends)"
        : cells.size() + " support points";
  }

  private static TestResult cvm(
      DiscreteCells cells,
      DiscreteCramerVonMises.Kind kind,
      GofTest test,
      Map<GofTest, WeightedChiSquareTail> laws) {
    String method =
        "asymptotic for a discrete null (Choulakian, Lockhart & Stephens 1994; exact series for"
            + " the weighted sum of chi-squares over "
            + cells.size()
            + (cells.merged() ? " merged cells)" : " support points)");
    WeightedChiSquareTail law = null;
    try {
      law = WeightedChiSquareTail.of(DiscreteCramerVonMises.eigenvalues(cells, kind));
      laws.put(test, law);
    } catch (IllegalArgumentException e) {
      // a target with all its mass in one cell: every sample from it has Z = 0 (critical value 0)
      method = "degenerate target (all its mass on one value): any deviation rejects";
    }
    if (!cells.onSupport()) {
      return new TestResult(
          test,
          Double.POSITIVE_INFINITY,
          0,
          "a sample value has probability 0 under the target (outside its support, or not one of its values)");
    }
    double statistic = cramerVonMisesStatistic(cells, kind);
    double p = law != null ? law.survival(statistic) : statistic > 0 ? 0 : 1;
    return new TestResult(test, statistic, p, method);
  }

  /** The cells W², U² and A² are computed over: at most {@value #MAX_CVM_CELLS}. */
  static DiscreteCells cramerVonMisesCells(Sample sample, Distribution target) {
    return coarse(DiscreteCells.of(sample, target, MAX_CELLS));
  }

  private static DiscreteCells coarse(DiscreteCells cells) {
    return cells.mergedTo(MAX_CVM_CELLS);
  }

  /**
   * The discrete W², U² or A² over {@code cells}; +∞ when a sample value has probability 0 under
   * the target (the null is impossible).
   */
  static double cramerVonMisesStatistic(DiscreteCells cells, DiscreteCramerVonMises.Kind kind) {
    return cells.onSupport()
        ? DiscreteCramerVonMises.statistic(cells, kind)
        : Double.POSITIVE_INFINITY;
  }

  /** KS, Kuiper, CvM W², AD A², Watson U², in {@link GofTest} order. */
  List<TestResult> results() {
    return results;
  }

  /** The statistic whose p-value is α under the method of {@code test}'s p-value. */
  double criticalValue(GofTest test, double alpha) {
    return switch (test) {
      case KOLMOGOROV_SMIRNOV ->
          exactKs
              ? ksCritical.computeIfAbsent(alpha, this::exactKsCritical)
              : simulation.criticalKs(alpha);
      case KUIPER -> simulation.criticalKuiper(alpha);
      case CRAMER_VON_MISES, ANDERSON_DARLING, WATSON -> {
        WeightedChiSquareTail law = laws.get(test);
        yield law == null
            ? 0
            : Roots.decreasingLog(
                u -> Math.log(law.survival(u)),
                Math.log(alpha),
                0,
                Math.max(10 * law.mean(), Double.MIN_NORMAL));
      }
    };
  }

  private double exactKsCritical(double alpha) {
    return ksCritical(cells, alpha);
  }

  /**
   * The smallest d with exact P(D ≥ d) &lt; α for samples of the cells' n, to 1e-6 relative, by
   * bisection. The bracket's upper end is Massart's bound: P(D ≥ d) ≤ 2e^{−2nd²} holds for any F,
   * so the p-value is below α at d = √(ln(2/α)/(2n)).
   */
  static double ksCritical(DiscreteCells cells, double alpha) {
    double hi = Math.min(1, Math.sqrt(Math.log(2 / alpha) / (2.0 * cells.n())));
    double lo = 0;
    while (hi - lo > 1e-6 * hi) {
      double mid = 0.5 * (lo + hi);
      if (DiscreteKsPValue.pValue(cells, mid) < alpha) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }
}
