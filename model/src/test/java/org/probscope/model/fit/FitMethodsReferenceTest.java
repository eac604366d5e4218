package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mmedist, qmedist and mgedist of R fitdistrplus 1.1.8 on the seeded data sets of
 * methods/make_methods_reference.R, their optima polished with SciPy 1.17 by
 * methods/make_methods_reference.py (the calls are in each .properties file).
 *
 * <p>Tolerances: moment closed forms 1e-12 relative (the same formulas; weibull's root 1e-10
 * against mpmath at 30 digits); quantile matching and the CvM and AD distances: our objective at
 * most the polished one × (1 + 1e-9) (plus 1e-24 absolute for quantile matching, whose optimum is
 * 0) and the parameters within 1e-5 relative (the optimum is unique; the polish stops near 1e-8 in
 * the parameters); KS only the objective, its minimiser being a set.
 */
class FitMethodsReferenceTest {

  static Stream<MethodReference> cases() {
    return MethodReference.NAMES.stream().map(MethodReference::load);
  }

  static Stream<MethodReference> continuous() {
    return cases().filter(r -> !r.family().isDiscrete());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void momentsAsMmedist(MethodReference ref) {
    FitProblem problem = FitProblem.allFree(ref.family());
    Estimation e = MomentMatching.INSTANCE.estimate(problem, ref.data());
    if (ref.family().name().equals("negativebinomial")) {
      // successes is a whole number here: refused, with R's real solution in the reason
      assertThat(e.succeeded()).isFalse();
      FitFailure f = e.failure().orElseThrow();
      assertThat(f.reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
      double size = ref.get("mm.successes");
      double quoted = Double.parseDouble(f.detail().replaceAll(".*successes = ", ""));
      assertThat(quoted).isCloseTo(size, within(1e-12 * size));
      return;
    }
    double tolerance = ref.family().name().equals("weibull") ? 1e-10 : 1e-12;
    assertClose(e.values(), ref.parameters("mm"), tolerance);
  }

  @ParameterizedTest
  @MethodSource("continuous")
  void quantilesAsPolishedQmedist(MethodReference ref) {
    for (String prefix : new String[] {"qme", "qme2"}) {
      QuantileMatching qme = new QuantileMatching(ref.probabilities(prefix));
      FitProblem problem = FitProblem.allFree(ref.family());
      double[] ours = qme.estimate(problem, ref.data()).values();
      double[] p = qme.probabilities(problem.freeCount());
      double[] q = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        q[i] = ref.data().quantile(p[i]);
      }
      double objective = QuantileMatching.objective(problem, ours, p, q);
      assertThat(objective)
          .as(prefix)
          .isLessThanOrEqualTo(ref.get(prefix + ".objective") * (1 + 1e-9) + 1e-24);
      assertClose(ours, ref.parameters(prefix), 1e-5);
    }
  }

  @ParameterizedTest
  @MethodSource("continuous")
  void distancesAsPolishedMgedist(MethodReference ref) {
    for (MgeDistance kind : MgeDistance.values()) {
      String prefix = "mge." + kind.code();
      MaximumGoodnessOfFit mge = new MaximumGoodnessOfFit(kind);
      FitProblem problem = FitProblem.allFree(ref.family());
      Estimation e = mge.estimate(problem, ref.data());
      double ours = mge.distance(problem, ref.data(), e.values());
      double polished = ref.get(prefix + ".objective");
      assertThat(ours).as(prefix).isLessThanOrEqualTo(polished * (1 + 1e-9));
      // our distance evaluates R's own optimum as R did
      double atPolished = mge.distance(problem, ref.data(), ref.parameters(prefix));
      assertThat(atPolished).as(prefix).isCloseTo(polished, within(1e-12 * polished));
      if (kind != MgeDistance.KS) {
        assertClose(e.values(), ref.parameters(prefix), 1e-5);
      }
    }
  }

  static void assertClose(double[] actual, double[] expected, double relative) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i])
          .as("parameter %d", i)
          .isCloseTo(expected[i], within(relative * Math.max(Math.abs(expected[i]), 1e-300)));
    }
  }
}
