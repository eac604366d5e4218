package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probscope.model.fit.MleTestData.data;
import static org.probscope.model.fit.MleTestData.draw;
import static org.probscope.model.fit.MleTestData.family;
import static org.probscope.model.fit.MleTestData.formula;
import static org.probscope.model.fit.MleTestData.logLik;
import static org.probscope.model.fit.MleTestData.problem;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.distribution.Family;

/**
 * Each specialised estimate against the generic numerical MLE on the same problem: its
 * log-likelihood is at least the numeric one's − 1e-9·|ln L|, and where the optimum is unique and
 * smooth the parameters agree to 1e-6 (relative to the value, or to the data's spread for a
 * location near 0). Whole-number parameters, which the numeric path cannot move, are fixed at the
 * specialised estimate for the comparison, and checked to beat their neighbours.
 */
class MleFormulasTest {

  private static final double LL_TOLERANCE = 1e-9;
  private static final double PARAMETER_TOLERANCE = 1e-6;

  /** family, true parameters, n, seed, fixed parameters, whether the parameters are compared. */
  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("normal", new double[] {3, 2}, FixedParameters.none(), true),
        arguments("normal", new double[] {3, 2}, FixedParameters.none().with("mean", 2.5), true),
        arguments("normal", new double[] {3, 2}, FixedParameters.none().with("sd", 1.5), true),
        arguments("lognormal", new double[] {1, 0.7}, FixedParameters.none(), true),
        arguments("lognormal", new double[] {1, 0.7}, FixedParameters.none().with("mu", 0.8), true),
        arguments("exponential", new double[] {2.5}, FixedParameters.none(), true),
        arguments("gamma", new double[] {2.5, 3}, FixedParameters.none(), true),
        arguments("gamma", new double[] {0.3, 3}, FixedParameters.none(), true),
        arguments("gamma", new double[] {40, 0.1}, FixedParameters.none(), true),
        arguments("gamma", new double[] {2.5, 3}, FixedParameters.none().with("shape", 2), true),
        arguments("gamma", new double[] {2.5, 3}, FixedParameters.none().with("scale", 2), true),
        arguments("beta", new double[] {2, 5}, FixedParameters.none(), true),
        arguments("beta", new double[] {0.4, 0.4}, FixedParameters.none(), true),
        arguments("beta", new double[] {2, 5}, FixedParameters.none().with("alpha", 1.5), true),
        arguments("beta", new double[] {2, 5}, FixedParameters.none().with("beta", 4), true),
        arguments("weibull", new double[] {1.5, 2}, FixedParameters.none(), true),
        arguments("weibull", new double[] {20, 3}, FixedParameters.none(), true),
        arguments("weibull", new double[] {0.4, 3}, FixedParameters.none(), true),
        arguments(
            "weibull", new double[] {1.5, 2}, FixedParameters.none().with("scale", 1.8), true),
        arguments(
            "weibull", new double[] {1.5, 2}, FixedParameters.none().with("shape", 1.2), true),
        arguments("chisquared", new double[] {4.5}, FixedParameters.none(), true),
        arguments("gumbel", new double[] {5, 2}, FixedParameters.none(), true),
        arguments("gumbel", new double[] {5, 2}, FixedParameters.none().with("scale", 2.2), true),
        arguments("laplace", new double[] {1, 2}, FixedParameters.none(), true),
        arguments(
            "laplace", new double[] {1, 2}, FixedParameters.none().with("location", 0.5), true),
        arguments("pareto", new double[] {1.5, 2.5}, FixedParameters.none(), true),
        arguments(
            "pareto", new double[] {1.5, 2.5}, FixedParameters.none().with("scale", 1.2), true),
        arguments("pareto", new double[] {1.5, 2.5}, FixedParameters.none().with("shape", 2), true),
        arguments("uniform", new double[] {-1, 4}, FixedParameters.none(), true),
        arguments("uniform", new double[] {-1, 4}, FixedParameters.none().with("lower", -2), true),
        arguments("levy", new double[] {1, 0.5}, FixedParameters.none(), true),
        arguments(
            "levy", new double[] {1, 0.5}, FixedParameters.none().with("location", 0.9), true),
        arguments("levy", new double[] {1, 0.5}, FixedParameters.none().with("scale", 0.6), true),
        arguments("truncatednormal", new double[] {0, 1, -1, 2}, FixedParameters.none(), true),
        arguments(
            "truncatednormal",
            new double[] {0, 1, -1, 2},
            FixedParameters.none().with("lower", -1).with("upper", 2),
            true),
        arguments("poisson", new double[] {4}, FixedParameters.none(), true),
        arguments("geometric", new double[] {0.3}, FixedParameters.none(), true),
        arguments("bernoulli", new double[] {0.3}, FixedParameters.none(), true),
        arguments("binomial", new double[] {20, 0.3}, FixedParameters.none(), true),
        arguments(
            "binomial", new double[] {20, 0.3}, FixedParameters.none().with("trials", 25), true),
        arguments("binomial", new double[] {20, 0.3}, FixedParameters.none().with("p", 0.25), true),
        arguments("negativebinomial", new double[] {3, 0.4}, FixedParameters.none(), true),
        arguments(
            "negativebinomial", new double[] {3, 0.4}, FixedParameters.none().with("p", 0.5), true),
        arguments(
            "negativebinomial",
            new double[] {3, 0.4},
            FixedParameters.none().with("successes", 4),
            true),
        arguments("uniformdiscrete", new double[] {2, 9}, FixedParameters.none(), true),
        arguments("zipf", new double[] {20, 1.3}, FixedParameters.none(), true),
        arguments(
            "zipf", new double[] {20, 1.3}, FixedParameters.none().with("elements", 30), true),
        arguments(
            "hypergeometric",
            new double[] {60, 15, 12},
            FixedParameters.none().with("population", 60).with("draws", 12),
            true),
        arguments(
            "hypergeometric",
            new double[] {60, 15, 12},
            FixedParameters.none().with("population", 60).with("successes", 15),
            true),
        arguments(
            "hypergeometric",
            new double[] {60, 15, 12},
            FixedParameters.none().with("successes", 15).with("draws", 12),
            true));
  }

  private static Arguments arguments(
      String family, double[] truth, FixedParameters fixed, boolean compare) {
    return Arguments.of(family, truth, fixed, compare);
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void atLeastAsGoodAsTheNumericOptimum(
      String name, double[] truth, FixedParameters fixed, boolean compare) {
    // 401 points: an odd count, so that laplace's median is unique
    double[] x = draw(name, truth, 401, 20261202L + name.hashCode());
    FitData data = data(x);
    FitProblem problem = problem(name, fixed);
    Estimation ours = formula(problem, data);
    assertThat(ours.succeeded()).as("%s", ours.failure()).isTrue();
    Family family = family(name);
    double[] v = ours.values();
    double ll = logLik(family, v, data);
    FitProblem numericProblem = numericProblem(problem, v);
    Estimation numeric = NumericMle.INSTANCE.estimate(numericProblem, data);
    assertThat(numeric.succeeded()).isTrue();
    double[] nv = numeric.values();
    double numericLl = logLik(family, nv, data);
    assertThat(ll).isGreaterThanOrEqualTo(numericLl - LL_TOLERANCE * Math.abs(numericLl));
    double spread = Math.sqrt(data.variance());
    for (int i = 0; i < v.length; i++) {
      if (compare && numericProblem.isFree(i)) {
        assertThat(v[i])
            .as("%s %s", name, family.parameters().get(i).name())
            .isCloseTo(
                nv[i],
                org.assertj.core.data.Offset.offset(
                    PARAMETER_TOLERANCE * Math.max(Math.abs(nv[i]), spread)));
      }
    }
    assertWholeNumbersBeatNeighbours(problem, v, data, ll);
  }

  /**
   * The problem the numeric path can solve: the whole-number parameters held at our estimate, and a
   * truncated normal's free bounds at the data's ends (the numeric path cannot move an edge).
   */
  private static FitProblem numericProblem(FitProblem problem, double[] estimate) {
    FixedParameters fixed = FixedParameters.none();
    Family family = problem.family();
    for (int i = 0; i < estimate.length; i++) {
      var p = family.parameters().get(i);
      boolean edge = family.name().equals("truncatednormal") && i >= 2;
      if (!problem.isFree(i) || p.integer() || edge) {
        fixed = fixed.with(p.name(), estimate[i]);
      }
    }
    return FitProblem.of(family, fixed).orElseThrow();
  }

  private static void assertWholeNumbersBeatNeighbours(
      FitProblem problem, double[] v, FitData data, double ll) {
    Family family = problem.family();
    for (int i = 0; i < v.length; i++) {
      if (!problem.isFree(i) || !family.parameters().get(i).integer()) {
        continue;
      }
      for (int step = -1; step <= 1; step += 2) {
        double[] w = v.clone();
        w[i] += step;
        // the neighbour's other free parameters at their conditional estimate
        FixedParameters fixed = FixedParameters.none();
        for (int j = 0; j < v.length; j++) {
          if (j == i || !problem.isFree(j) || family.parameters().get(j).integer()) {
            fixed = fixed.with(family.parameters().get(j).name(), j == i ? w[j] : w[j]);
          }
        }
        var neighbour = FitProblem.of(family, fixed);
        if (!neighbour.isValid() || family.create(w).violations().size() > 0) {
          continue;
        }
        var e = MaximumLikelihood.INSTANCE.estimate(neighbour.orElseThrow(), data);
        if (!e.succeeded() || !family.create(e.values()).isValid()) {
          continue;
        }
        double neighbourLl = logLik(family, e.values(), data);
        assertThat(ll)
            .as("%s %s=%s against %s", family.name(), family.parameters().get(i).name(), v[i], w[i])
            .isGreaterThanOrEqualTo(neighbourLl - LL_TOLERANCE * Math.abs(neighbourLl));
      }
    }
  }
}
