package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probscope.app.common.PValueText;
import org.probscope.app.gof.CorrectedPValues;
import org.probscope.model.distribution.Figures;
import org.probscope.model.fit.BootstrapPValue;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.FitFailure;
import org.probscope.model.gof.GofTest;

/**
 * What the bootstrap columns of a row show: the corrected p-values with their Monte-Carlo error,
 * the percentile intervals, and the refits with the failures by reason; "…" while the family's
 * bootstrap waits or runs, "—" with the reason where there is nothing to show.
 */
final class BootstrapCells {

  /** The percentile intervals' level. */
  static final double LEVEL = 0.95;

  static final String PENDING = "…";

  private BootstrapCells() {}

  static boolean isBootstrapColumn(FitColumn c) {
    return switch (c) {
      case KS_P_BOOT, CVM_P_BOOT, AD_P_BOOT, BOOT_INTERVALS, BOOT_REFITS -> true;
      default -> false;
    };
  }

  static Optional<BootstrapPValue> pValue(FitBootstrap.Outcome o, FitColumn c) {
    if (o == null) {
      return Optional.empty();
    }
    GofTest test =
        switch (c) {
          case KS_P_BOOT -> GofTest.KOLMOGOROV_SMIRNOV;
          case CVM_P_BOOT -> GofTest.CRAMER_VON_MISES;
          default -> GofTest.ANDERSON_DARLING;
        };
    return o.gof().map(g -> g.pValue(test));
  }

  /** The corrected p-value to sort by; NaN where there is none (or it is not shown). */
  static double number(FitBootstrap.Outcome o, FitColumn c) {
    return pValue(o, c)
        .filter(p -> CorrectedPValues.notShown(p).isEmpty())
        .map(p -> p.p().value())
        .orElse(Double.NaN);
  }

  /** The Monte-Carlo standard error of a corrected p-value column; NaN where there is none. */
  static double error(FitBootstrap.Outcome o, FitColumn c) {
    return pValue(o, c).map(BootstrapPValue::monteCarloError).orElse(Double.NaN);
  }

  static String text(FitBootstrap.Outcome o, FitColumn c) {
    if (o == null) {
      return FitRow.MISSING;
    }
    if (o.state() == FitBootstrap.State.WAITING || o.state() == FitBootstrap.State.RUNNING) {
      return PENDING;
    }
    Optional<BootstrapResult> b = o.bootstrap();
    if (b.isEmpty() || b.get().succeeded() == 0 && c != FitColumn.BOOT_REFITS) {
      return FitRow.MISSING;
    }
    String partial = b.get().isComplete() ? "" : " (partial)";
    return switch (c) {
      case BOOT_INTERVALS -> intervals(b.get());
      case BOOT_REFITS ->
          b.get().succeeded()
              + " of "
              + b.get().refits()
              + (b.get().failed() > 0 ? ", " + b.get().failed() + " failed" : "")
              + partial;
      default ->
          pValue(o, c)
              .filter(p -> CorrectedPValues.notShown(p).isEmpty())
              .map(p -> CorrectedPValues.format(p) + partial)
              .orElse(FitRow.MISSING);
    };
  }

  /** The cell's tooltip: where the figure comes from, or why there is none. */
  static String detail(FitBootstrap.Outcome o, FitColumn c) {
    if (o == null) {
      return "No bootstrap: set Bootstrap B > 0 and fit again";
    }
    switch (o.state()) {
      case WAITING:
        return "Waiting for the bootstrap of the fits above";
      case RUNNING:
        return "Bootstrap running";
      case FAILED:
        return "The bootstrap stopped with an error: " + o.problem();
      case NOT_RUN:
        return "Not bootstrapped: the bootstrap was cancelled before this family";
      default:
        break;
    }
    BootstrapResult b = o.bootstrap().orElseThrow();
    String from = CorrectedPValues.provenance(b);
    if (c == FitColumn.BOOT_REFITS) {
      return failures(b) + "\n" + from;
    }
    if (b.succeeded() == 0) {
      return "No refit succeeded: " + failures(b);
    }
    if (c == FitColumn.BOOT_INTERVALS) {
      return LEVEL * 100
          + "% percentile intervals (type-7 quantiles) over "
          + b.succeeded()
          + " refits; "
          + from;
    }
    return pValue(o, c)
        .map(
            p ->
                CorrectedPValues.notShown(p)
                    .map(why -> "Not shown: " + why)
                    .orElse(PValueText.method(p.p())))
        .orElse(
            "No corrected p-value: the refits carry no goodness-of-fit statistics (weighted data)");
  }

  static String intervals(BootstrapResult b) {
    if (b.parameterNames().isEmpty()) {
      return "no free parameter";
    }
    List<String> parts = new ArrayList<>();
    for (String name : b.parameterNames()) {
      double[] i = b.percentileInterval(name, LEVEL);
      parts.add(name + " [" + Figures.format(i[0], 4) + ", " + Figures.format(i[1], 4) + "]");
    }
    return String.join(", ", parts);
  }

  /** "3 refits failed: 2 did not converge (first: …), 1 outside support (first: …)". */
  static String failures(BootstrapResult b) {
    if (b.failed() == 0) {
      return "No refit failed ("
          + b.succeeded()
          + " of "
          + b.refits()
          + " succeeded"
          + (b.isComplete() ? ")" : ", " + b.cancelled() + " not run: cancelled)");
    }
    return b.failed()
        + (b.failed() == 1 ? " refit" : " refits")
        + " failed, excluded from the p-values and intervals: "
        + b.failures().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().status() + first(b, e))
            .collect(Collectors.joining("; "))
        + (b.isComplete() ? "" : "; " + b.cancelled() + " not run: cancelled");
  }

  private static String first(BootstrapResult b, Map.Entry<FitFailure.Reason, Long> e) {
    return b.firstFailure(e.getKey()).map(f -> " (first: " + f.detail() + ")").orElse("");
  }
}
