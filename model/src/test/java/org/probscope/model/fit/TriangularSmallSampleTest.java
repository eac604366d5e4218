package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;

/**
 * A small sample whose triangular MLE has its mode at the data's minimum: the simplex alone stopped
 * at mode 2.8 with ln L = −30.10. SciPy 1.17 `scipy.stats.triang.fit([1.5, 2, 3, 4, 5])` reaches
 * −7.4515 (c = 0.99677, loc = 0.17227, scale = 4.84336; its own optimiser, not the optimum); the
 * mode at the minimum with upper ≈ 5.94 gives about −6.90, and the fit must reach at least SciPy's.
 */
class TriangularSmallSampleTest {

  @Test
  void aModeAtTheEdgeOfASmallSampleIsFound() {
    FitData data = FitData.of(Sample.of("x", new double[] {1.5, 2, 3, 4, 5}));
    FitResult fit =
        Fitter.fit(
            Families.byName("triangular").orElseThrow(),
            data,
            FitOptions.defaults().withGoodnessOfFit(false));

    assertThat(fit.isOk()).isTrue();
    assertThat(fit.logLikelihood()).isGreaterThan(-7.4515);
    assertThat(fit.logLikelihood()).isGreaterThan(-6.95);
  }

  /**
   * A right triangle: the mode at the largest value and the upper end on it. Before, the joint
   * Newton on both ends stopped with upper 4e-9 above the mode and lower −0.0481, ln L
   * −13.714905639 (2.0e-4 below). Reference: SciPy 1.17, for the mode at the maximum m, {@code
   * minimize_scalar(lambda a: -triang.logpdf(x, 1.0, a, m - a).sum(), bounds=(min - 10, min -
   * 1e-12), method='bounded', options=dict(xatol=1e-14))} → lower −0.0716534, ln L
   * −13.714709602152782, the best over every order statistic as mode (Nelder–Mead from three starts
   * each). Data: numpy {@code default_rng(7)}, normal(5, 2), n = 8.
   */
  @Test
  void aModeAtTheLargestValueShutsTheUpperEndOntoIt() {
    double[] x = {
      5.7137740163201212,
      5.2108284979957968,
      3.1390639105835909,
      4.9414963550734532,
      6.3906063889165754,
      2.3115709054298361,
      4.0847684779195639,
      1.1975545203983118
    };
    FitResult fit =
        Fitter.fit(
            Families.byName("triangular").orElseThrow(),
            FitData.of(Sample.of("x", x)),
            FitOptions.defaults().withGoodnessOfFit(false));

    assertThat(fit.isOk()).isTrue();
    double reference = -13.714709602152782;
    assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(reference - 1e-9 * Math.abs(reference));
    assertThat(fit.parameters().get(0).value()).isCloseTo(-0.0716534, within(1e-6));
    assertThat(fit.parameters().get(2).value()).isEqualTo(6.3906063889165754);
  }

  /** The mirror image: the mode at the smallest value, the lower end shut onto it. */
  @Test
  void aModeAtTheSmallestValueShutsTheLowerEndOntoIt() {
    double[] x = {
      -5.7137740163201212,
      -5.2108284979957968,
      -3.1390639105835909,
      -4.9414963550734532,
      -6.3906063889165754,
      -2.3115709054298361,
      -4.0847684779195639,
      -1.1975545203983118
    };
    FitResult fit =
        Fitter.fit(
            Families.byName("triangular").orElseThrow(),
            FitData.of(Sample.of("x", x)),
            FitOptions.defaults().withGoodnessOfFit(false));

    double reference = -13.714709602152782;
    assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(reference - 1e-9 * Math.abs(reference));
    assertThat(fit.parameters().get(0).value()).isEqualTo(-6.3906063889165754);
    assertThat(fit.parameters().get(2).value()).isCloseTo(0.0716534, within(1e-6));
  }

  /**
   * U-shaped data (numpy {@code default_rng(21).beta(0.3, 0.4, 300)}, data/beta-u-shaped-300.csv):
   * the mode and lower end at the minimum, the upper end well beyond the maximum. Before, the upper
   * end stayed at 1.0303, ln L −120.736, 79 below the maximum. Reference: SciPy 1.17, with c the
   * minimum, {@code minimize_scalar(lambda b: -triang.logpdf(x, 0.0, c, b - c).sum(), bounds=(max +
   * 1e-12, max + 5), method='bounded', options=dict(xatol=1e-14))} → upper 1.3248638518819487, ln L
   * −41.451631891276605 ({@code triang.fit} itself stops at −78.13).
   */
  @Test
  void uShapedDataPutTheUpperEndWellBeyondTheMaximum() throws java.io.IOException {
    FitResult fit =
        Fitter.fit(
            Families.byName("triangular").orElseThrow(),
            FitReferenceTest.data("beta-u-shaped-300"),
            FitOptions.defaults().withGoodnessOfFit(false));
    double reference = -41.451631891276605;
    assertThat(fit.isOk()).isTrue();
    assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(reference - 1e-9 * Math.abs(reference));
    assertThat(fit.parameters().get(2).value()).isCloseTo(1.3248638518819487, within(1e-6));
  }
}
