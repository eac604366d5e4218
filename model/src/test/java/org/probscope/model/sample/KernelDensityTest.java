package org.probscope.model.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KernelDensityTest {

  // x = [-1.2, -0.4, 0.1, 0.3, 0.9, 1.7, 2.2]
  // bw.nrd0 rule, with numpy: sd = np.std(x, ddof=1) = 1.1824107738409855,
  //   iqr = np.subtract(*np.quantile(x, [.75, .25])) = 1.45, min(sd, iqr / 1.34) = 1.0820895...
  //   h = 0.9 * min(sd, iqr / 1.34) * 7 ** -0.2 = 0.6599121208862893
  // scipy: scipy.stats.gaussian_kde(x, bw_method=h / sd).evaluate([0.0, 1.0, 3.0])
  //   = [0.2891972, 0.24382158, 0.05439699] (exact sum of Gaussian kernels)
  private static final double[] X = {-1.2, -0.4, 0.1, 0.3, 0.9, 1.7, 2.2};

  @Test
  void bandwidthIsSilvermansRuleOfThumb() {
    assertThat(KernelDensity.silvermanBandwidth(Sample.of("x", X)))
        .isCloseTo(0.6599121208862893, within(1e-12));
  }

  @Test
  void binnedEstimateMatchesTheExactKernelSumWithinTheBinningError() {
    KernelDensity kde = KernelDensity.of(Sample.of("x", X));
    // grid step ~ 0.008 here; linear binning error is O(step^2 / h^2) relative, well under 1e-3
    assertThat(kde.density(0.0)).isCloseTo(0.2891972, within(2e-4));
    assertThat(kde.density(1.0)).isCloseTo(0.24382158, within(2e-4));
    assertThat(kde.density(3.0)).isCloseTo(0.05439699, within(2e-4));
    assertThat(kde.density(100)).isZero();
  }

  @Test
  void integratesToOne() {
    KernelDensity kde = KernelDensity.of(Sample.of("x", X));
    double lo = -6;
    double hi = 7;
    int steps = 20_000;
    double sum = 0;
    for (int i = 0; i < steps; i++) {
      sum += kde.density(lo + (i + 0.5) * (hi - lo) / steps);
    }
    assertThat(sum * (hi - lo) / steps).isCloseTo(1, within(1e-3));
  }
}
