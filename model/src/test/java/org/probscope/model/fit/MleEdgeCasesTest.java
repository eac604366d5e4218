package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;

/**
 * Awkward data through every family's specialised estimator: one point, two points, ties, all
 * equal, extreme magnitudes. Each result is a success with finite values or a failure with a
 * reason; nothing throws.
 */
class MleEdgeCasesTest {

  private static final List<double[]> DATA =
      List.of(
          new double[] {1},
          new double[] {0},
          new double[] {1, 1, 1},
          new double[] {0, 1},
          new double[] {1, 2},
          new double[] {0, 0, 0, 1},
          new double[] {1, 1, 2, 3, 5, 8, 13, 21},
          new double[] {0.001, 0.5, 0.999},
          new double[] {1e-200, 1e-100, 1},
          new double[] {1e200, 2e200, 3e200},
          new double[] {-5, -1, 0, 2, 40},
          new double[] {3, 3, 3, 3, 4});

  static Stream<Family> families() {
    return Families.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void neverThrows(Family family) {
    for (double[] x : DATA) {
      FitData data = MleTestData.data(x);
      for (FixedParameters fixed : fixings(family)) {
        var problem = FitProblem.of(family, fixed);
        if (!problem.isValid() || Applicability.check(problem.orElseThrow(), data).isPresent()) {
          continue;
        }
        var e = MleFormulas.estimate(problem.orElseThrow(), data);
        if (e.isPresent() && e.get().succeeded()) {
          for (double v : e.get().values()) {
            assertThat(v).as("%s %s", family.name(), java.util.Arrays.toString(x)).isFinite();
          }
        }
      }
    }
  }

  /** No fixing, and each parameter alone fixed at its default. */
  private static List<FixedParameters> fixings(Family family) {
    List<FixedParameters> out = new java.util.ArrayList<>();
    out.add(FixedParameters.none());
    double[] defaults = family.defaults();
    for (int i = 0; i < defaults.length; i++) {
      out.add(FixedParameters.none().with(family.parameters().get(i).name(), defaults[i]));
    }
    return out;
  }
}
