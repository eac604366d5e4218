package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mean and variance of e^{λy} on [0, 1] against mpmath (dps 30): m = quad(y e^{λy}) / quad(e^{λy}),
 * v = quad((y − m)² e^{λy}) / quad(e^{λy}) over [0, 1], on both sides of the series' switch at
 * 0.05.
 */
class TruncatedExponentialTest {

  @ParameterizedTest
  @CsvSource({
    "-30, 0.0333333333332397571036449228308, 0.00111111111101753488142269185204",
    "-1, 0.418023293130673575614997994891, 0.0793264057922076810545864772835",
    "-0.04, 0.496666755552169447544191735813, 0.0833266670899233874744090075276",
    "0.01, 0.500833331944447751331831295885, 0.0833329166683201000330702249949",
    "0.049, 0.50408316994128499666689086311, 0.0833233301197613413864407700405",
    "0.051, 0.504249815773908823047427947119, 0.0833224969518163329927620831796",
    "2, 0.656517642749665651818080623465, 0.0689845847584223833980028027174",
    "40, 0.975000000000000004248354255292, 0.000624999999999995751645744708411"
  })
  void matchesMpmath(double lambda, double mean, double variance) {
    assertThat(TruncatedExponential.mean(lambda)).isCloseTo(mean, within(1e-14 * mean));
    assertThat(TruncatedExponential.variance(lambda)).isCloseTo(variance, within(1e-12 * variance));
    assertThat(TruncatedExponential.varianceAtMean(mean))
        .isCloseTo(variance, within(1e-9 * variance));
  }

  @ParameterizedTest
  @CsvSource({"uniform", "ushaped"})
  void flatDataHaveNoTruncatedNormalMaximum(String shape) {
    // 201 points: an even grid on [0, 1], or the arcsine law's quantiles sin²(πu/2)
    double[] x = new double[201];
    for (int i = 0; i < x.length; i++) {
      double u = i / 200.0;
      x[i] = shape.equals("uniform") ? u : Math.pow(Math.sin(Math.PI * u / 2), 2);
    }
    var e =
        MleFormulas.estimate(
            FitProblem.allFree(MleTestData.family("truncatednormal")), MleTestData.data(x));
    assertThat(e.orElseThrow().failure().orElseThrow().reason())
        .isEqualTo(FitFailure.Reason.DID_NOT_CONVERGE);
  }
}
