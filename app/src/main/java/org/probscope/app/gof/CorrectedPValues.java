package org.probscope.app.gof;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probscope.app.common.PValueText;
import org.probscope.model.distribution.Figures;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapPValue;
import org.probscope.model.fit.BootstrapResult;

/**
 * Bootstrap-corrected p-values as people read them, shared by the Fit table and the goodness-of-fit
 * tab's "parameters estimated" flag: "0.124 ± 0.010" (the p-value to the decimals its Monte-Carlo
 * standard error supports), "&lt; 0.0099" when no refit reached the observed statistic, and a line
 * naming B, the seed, the failed refits and, when cancelled, that the bootstrap is partial.
 */
public final class CorrectedPValues {

  private CorrectedPValues() {}

  /** Why {@code p} is not shown, or empty when it is shown. */
  public static Optional<String> notShown(BootstrapPValue p) {
    if (!Double.isFinite(p.statistic())) {
      // the bootstrap would compare ∞ with ∞ (every refit "reaches" it): p = 1 means nothing
      return Optional.of(
          "the data's statistic is infinite (a value at the edge of the fit's support), so no"
              + " refit can be compared with it");
    }
    return Double.isNaN(p.p().value()) ? Optional.of("no refit succeeded") : Optional.empty();
  }

  /**
   * "0.124 ± 0.010", a bound as "&lt; 0.0099", or "—" when no refit succeeded or the statistic is
   * infinite ({@link #notShown}).
   */
  public static String format(BootstrapPValue p) {
    if (notShown(p).isPresent()) {
      return "—";
    }
    if (p.p().bound()) {
      return PValueText.format(p.p(), v -> Figures.format(v, 2));
    }
    double v = p.p().value();
    double e = p.monteCarloError();
    if (!(e > 0)) {
      return Figures.format(v, 3);
    }
    int decimals = Math.max(1, Math.min(12, 1 - (int) Math.floor(Math.log10(e))));
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " ± " + f, v, e);
  }

  /** "B = 500 refits, seed 1" with "497 succeeded, 3 failed" and "partial: …" where they apply. */
  public static String provenance(BootstrapResult b) {
    StringBuilder s = new StringBuilder("parametric bootstrap, B = " + b.refits());
    s.append(" refits, seed ").append(b.settings().seed());
    if (b.failed() > 0) {
      s.append("; ").append(b.failed()).append(" failed, excluded");
    }
    if (!b.isComplete()) {
      s.append("; PARTIAL: cancelled after ")
          .append(b.refits() - b.cancelled())
          .append(" of ")
          .append(b.refits())
          .append(" refits");
    }
    return s.toString();
  }

  /**
   * "Corrected: KS p = 0.124 ± 0.010, CvM p = …, AD p = … (parametric bootstrap, B = 500 …)", or
   * empty when the bootstrap has no goodness-of-fit statistics (weighted data).
   */
  public static Optional<String> summary(BootstrapResult b) {
    return BootstrapGof.of(b)
        .map(
            gof ->
                "Corrected: "
                    + List.of(gof.ks(), gof.cramerVonMises(), gof.andersonDarling()).stream()
                        .map(p -> name(p) + " p " + relation(format(p)))
                        .collect(Collectors.joining(", "))
                    + " ("
                    + provenance(b)
                    + ")");
  }

  /** "= 0.124 ± 0.010", "&lt; 0.0099", "not defined". */
  private static String relation(String formatted) {
    if (formatted.equals("—")) {
      return "not defined";
    }
    return formatted.startsWith("<") ? formatted : "= " + formatted;
  }

  private static String name(BootstrapPValue p) {
    return switch (p.test()) {
      case KOLMOGOROV_SMIRNOV -> "KS";
      case CRAMER_VON_MISES -> "CvM";
      case ANDERSON_DARLING -> "AD";
      default -> p.test().label();
    };
  }
}
