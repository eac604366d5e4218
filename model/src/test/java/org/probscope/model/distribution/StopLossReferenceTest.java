package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C(x) = E[(x − X)⁺] and Σ(x) = E[(X − x)⁺] against stop-loss.csv, made by
 * model/src/test/python/make_wasserstein_reference.py in mpmath at 50 digits from partial
 * expectations written with incomplete gamma and beta functions (or mp.quad of t·f(t)), at the
 * quantiles 1e-12 … 1 − 1e-12 of every target the W₁ references use and outside its support.
 *
 * <p>Tolerance: 1e-12 relative, plus 1e-13 of C + Σ = E|X − x| for the side that is the small tail
 * (its closed form cancels by up to ~1e3 in the far tail, see {@link StopLoss}), plus 4 ulp of x (μ
 * and x are doubles: log-normal(2, 1e-6) has μ − x ~ 1e-5 but μ rounded by 9e-16), plus 1e-300
 * absolute for values that underflow.
 */
public class StopLossReferenceTest {

  record Case(String spec, double x, double cdfIntegral, double survivalIntegral) {
    @Override
    public String toString() {
      return spec + " at " + x;
    }
  }

  static List<Case> cases() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    StopLossReferenceTest.class.getResourceAsStream("stop-loss.csv")),
                StandardCharsets.UTF_8))) {
      return in.lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split(";"))
          .map(
              f ->
                  new Case(
                      f[0],
                      Double.parseDouble(f[1]),
                      Double.parseDouble(f[2]),
                      Double.parseDouble(f[3])))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void stopLossMatchesMpmath(Case c) {
    Distribution d = DistributionSpec.parse(c.spec()).orElseThrow();
    double both = c.cdfIntegral() + c.survivalIntegral();
    double relative = 1e-12;
    double absolute = 1e-13 * both + 4 * Math.ulp(c.x()) + 1e-300;
    assertClose(d.cdfIntegral(c.x()), c.cdfIntegral(), relative, absolute);
    assertClose(d.survivalIntegral(c.x()), c.survivalIntegral(), relative, absolute);
  }

  private static void assertClose(
      double actual, double expected, double relative, double absolute) {
    if (Double.isInfinite(expected)) {
      assertThat(actual).isEqualTo(expected);
      return;
    }
    assertThat(actual).isCloseTo(expected, within(relative * expected + absolute));
  }
}
