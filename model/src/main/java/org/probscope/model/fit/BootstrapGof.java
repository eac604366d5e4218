package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.probscope.model.gof.GofStatistics;
import org.probscope.model.gof.GofTest;
import org.probscope.model.gof.PValue;

/**
 * The Kolmogorov–Smirnov, Kuiper, Cramér–von Mises and Anderson–Darling p-values of a fit,
 * corrected for the parameters having been estimated from the same data: the parametric bootstrap
 * of Lilliefors (1967) in the general form of Stute, González Manteiga &amp; Presedo Quindimil
 * (1993), as {@code fitdistrplus} users compute it by hand from {@code bootdist}. Each refit's
 * statistic compares its simulated sample with its own refit, so the null distribution includes the
 * estimation; see {@link BootstrapPValue} for the formula. Refits that failed are excluded from B
 * and counted in each p-value's method. Immutable.
 */
public final class BootstrapGof {

  /** The label every corrected p-value's method starts with. */
  public static final String LABEL = "parametric bootstrap, parameters estimated";

  private final List<BootstrapPValue> pValues;

  private BootstrapGof(List<BootstrapPValue> pValues) {
    this.pValues = List.copyOf(pValues);
  }

  /**
   * The corrected p-values of a bootstrap; empty when its goodness-of-fit statistics were not
   * computed (not asked for, or weighted data).
   */
  public static Optional<BootstrapGof> of(BootstrapResult bootstrap) {
    Optional<GofStatistics> observed = bootstrap.observedStatistics();
    if (observed.isEmpty()) {
      return Optional.empty();
    }
    List<BootstrapPValue> list = new ArrayList<>();
    for (GofTest test : BootstrapResult.TESTS) {
      list.add(
          pValue(
              test,
              observed.get().statistic(test),
              bootstrap.simulatedStatistics(test),
              bootstrap));
    }
    return Optional.of(new BootstrapGof(list));
  }

  private static BootstrapPValue pValue(
      GofTest test, double observed, double[] simulated, BootstrapResult bootstrap) {
    int b = simulated.length;
    long exceed = 0;
    for (double t : simulated) {
      if (t >= observed) {
        exceed++;
      }
    }
    double p = (1.0 + exceed) / (b + 1.0);
    double error = b > 0 ? Math.sqrt(p * (1 - p) / b) : Double.NaN;
    String method = method(bootstrap, b, error);
    PValue value;
    if (b == 0) {
      value = PValue.of(Double.NaN, method + "; no refit succeeded");
    } else if (observed == Double.POSITIVE_INFINITY) {
      // ∞ ≥ ∞ would count every refit whose statistic is infinite too (a uniform fit's A² always
      // is: its ends are the sample's extremes) and say p = 1: the test is not defined here
      value =
          PValue.of(
              Double.NaN,
              method
                  + "; not defined: the data's statistic is infinite (a data point where the fit's"
                  + " F is 0 or 1, at the edge of its support)");
    } else if (exceed == 0) {
      value =
          PValue.below(
              p,
              Math.log(p),
              method,
              "no refit's statistic reached the observed one (1 in " + (b + 1) + ")");
    } else {
      value = PValue.of(p, method);
    }
    return new BootstrapPValue(test, observed, value, b, bootstrap.failed(), exceed, error);
  }

  private static String method(BootstrapResult bootstrap, int b, double error) {
    int failed = bootstrap.failed();
    return LABEL
        + " (Stute, González Manteiga & Presedo Quindimil 1993): p = (1 + #{T* ≥ T})/(B + 1) over B = "
        + b
        + " refits"
        + (failed > 0 ? " (" + failed + " failed, excluded)" : "")
        + (bootstrap.cancelled() > 0 ? " (" + bootstrap.cancelled() + " cancelled)" : "")
        + ", seed "
        + bootstrap.settings().seed()
        + (b > 0 ? String.format(Locale.ROOT, "; Monte-Carlo standard error %.2g", error) : "");
  }

  /** KS, Kuiper, CvM and AD, in that order. */
  public List<BootstrapPValue> pValues() {
    return pValues;
  }

  /**
   * The corrected p-value of {@code test}.
   *
   * @throws IllegalArgumentException for Watson's U², which is not bootstrapped
   */
  public BootstrapPValue pValue(GofTest test) {
    return pValues.stream()
        .filter(p -> p.test() == test)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(test.label() + " is not bootstrapped"));
  }

  public BootstrapPValue ks() {
    return pValue(GofTest.KOLMOGOROV_SMIRNOV);
  }

  public BootstrapPValue cramerVonMises() {
    return pValue(GofTest.CRAMER_VON_MISES);
  }

  public BootstrapPValue andersonDarling() {
    return pValue(GofTest.ANDERSON_DARLING);
  }
}
