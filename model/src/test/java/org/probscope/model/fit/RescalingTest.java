package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.sample.Sample;

/**
 * Data of extreme scale are fitted as the same data near 1 ({@link Rescaling}): a change of scale
 * by 2^k, exact in binary, must give the estimate multiplied by 2^k (a rate divided, lognormal's mu
 * shifted by k ln 2, shapes and dfs unchanged), ln L lowered by n k ln 2 and the standard errors
 * multiplied. Before, at 1e-300 levy, triangular and studentt stopped 3.35, 0.75 and 0.21 below
 * their maximum, cauchy's scale "ran to 1e-300", and every location or scale error was "undefined".
 */
class RescalingTest {

  private static final FitOptions MLE = FitOptions.defaults().withLocationScale(true);

  private static FitData scaled(double[] x, int k) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.scalb(x[i], k);
    }
    return FitData.of(Sample.of("x", y));
  }

  @ParameterizedTest
  @ValueSource(ints = {-990, -500, 990})
  void aPowerOfTwoChangeOfScaleMovesEveryEstimateByItsRule(int k) {
    double[] x = MethodSamples.values("gamma(shape=3, scale=1)", 200, 11);
    FitData near1 = scaled(x, 0);
    FitData far = scaled(x, k);
    List<String> names =
        List.of(
            "normal",
            "lognormal",
            "exponential",
            "gamma",
            "weibull",
            "gumbel",
            "laplace",
            "logistic",
            "cauchy",
            "levy",
            "studentt",
            "triangular",
            "uniform");
    int compared = 0;
    for (String name : names) {
      Family family = Families.byName(name).orElseThrow();
      FitResult a = Fitter.fit(family, near1, MLE);
      FitResult b = Fitter.fit(family, far, MLE);
      assertThat(a.isOk()).as(name + " near 1: " + a.status()).isTrue();
      if (!b.isOk()) {
        // only a value the library cannot evaluate (a rate of 2^1060), said so
        assertThat(b.status()).as(name).contains("cannot be evaluated reliably");
        continue;
      }
      compared++;
      double lnL = a.logLikelihood() - a.n() * k * Math.log(2);
      assertThat(b.logLikelihood())
          .as(name)
          .isCloseTo(lnL, org.assertj.core.api.Assertions.within(1e-9 * Math.abs(lnL)));
      for (int i = 0; i < a.parameters().size(); i++) {
        ParameterEstimate pa = a.parameters().get(i);
        ParameterEstimate pb = b.parameters().get(i);
        double factor =
            switch (pa.name()) {
              case "rate" -> Math.scalb(1.0, -k);
              case "shape", "df", "sigma", "mu" -> 1;
              default -> Math.scalb(1.0, k);
            };
        double expected =
            pa.name().equals("mu") ? pa.value() + k * Math.log(2) : pa.value() * factor;
        assertThat(pb.value())
            .as(name + " " + pa.name())
            .isCloseTo(
                expected,
                org.assertj.core.api.Assertions.within(1e-7 * Math.abs(expected) + 1e-12));
        if (Double.isFinite(pa.standardError())) {
          assertThat(pb.standardError())
              .as(name + " SE " + pa.name())
              .isCloseTo(
                  pa.standardError() * factor,
                  org.assertj.core.api.Assertions.within(1e-4 * pa.standardError() * factor));
        }
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(names.size() - 3);
  }

  @Test
  void dataNear1eMinus300FitAsTheSameDataTimes1e300() {
    double[] x = MethodSamples.values("gamma(shape=3, scale=1)", 200, 7);
    double[] tiny = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      tiny[i] = x[i] * 1e-300;
    }
    for (String name : List.of("levy", "studentt", "triangular", "cauchy", "logistic")) {
      Family family = Families.byName(name).orElseThrow();
      FitResult r = Fitter.fit(family, FitData.of(Sample.of("x", tiny)), MLE);
      if (r.isOk()) {
        assertThat(
                r.parameters().stream()
                    .filter(
                        p ->
                            !p.name().equals("lower")
                                && !p.name().equals("mode")
                                && !p.name().equals("upper")))
            .as(name)
            .allMatch(p -> Double.isFinite(p.standardError()));
      } else {
        // cauchy's and logistic's scales land just below 1e-300, the end of the evaluated range
        assertThat(r.status()).as(name).contains("must be at least 1e-300");
      }
    }
  }
}
