package org.probscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probscope.app.common.PValueText;
import org.probscope.model.distribution.Figures;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.ParameterEstimate;
import org.probscope.model.gof.TestResult;

/**
 * {@code fit} without {@code --json}: what was read, the ranked table of the fits (parameters ±
 * standard errors, ln L, AIC, ΔAIC, BIC, KS D and its p-value, flagged as computed as if the
 * parameters were known unless bootstrapped), the bootstrap's intervals, then the families that
 * were not fitted with their reasons.
 *
 * <p>Unlike the other commands' text, this table is rounded for reading (estimates and statistics
 * to seven significant digits, standard errors to two, ln L and the criteria to two decimals,
 * p-values to three digits): at full precision a four-family table is some 250 characters wide. A
 * footnote says so; {@code --json} carries every figure at full precision.
 */
final class FitText {

  static final String NOT_AVAILABLE = "-";

  private static final int DIGITS = 7;
  private static final int SE_DIGITS = 2;
  private static final int P_DIGITS = 3;

  /** Beyond this magnitude two decimals are noise: the criterion prints with an exponent. */
  private static final double CRITERION_PLAIN_LIMIT = 1e15;

  /** The footnote mark of an as-if-known p-value. */
  static final String AS_IF_KNOWN_MARK = "*";

  private FitText() {}

  /** The method text of a p-value that treats the estimated parameters as known. */
  static String asIfKnown(String method) {
    return "as if the parameters were known (they were estimated from these data, so the p-value"
        + " is too large): "
        + method;
  }

  static List<String> toText(FitReport report) {
    List<String> lines = new ArrayList<>(FitHeader.lines(report));
    List<FitReport.Row> ok = report.rows().stream().filter(r -> r.fit().isOk()).toList();
    List<FitReport.Row> failed = report.rows().stream().filter(r -> !r.fit().isOk()).toList();
    lines.add("");
    if (ok.isEmpty()) {
      lines.add("No family could be fitted.");
    } else {
      lines.addAll(table(report, ok));
      lines.add("");
      lines.addAll(footnotes(report));
    }
    if (report.bootstrap().isPresent() && !ok.isEmpty()) {
      lines.add("");
      lines.addAll(bootstrapTable(ok));
    }
    if (!failed.isEmpty()) {
      lines.add("");
      lines.add("Not fitted:");
      for (FitReport.Row row : failed) {
        lines.add("  " + row.fit().family().name() + ": " + row.fit().status());
      }
    }
    return lines;
  }

  private static List<String> table(FitReport report, List<FitReport.Row> ok) {
    boolean boot = report.bootstrap().isPresent();
    List<String> head =
        new ArrayList<>(
            List.of(
                "#",
                "FAMILY",
                report.options().method() == FitMethod.MLE ? "PARAMETERS ± SE" : "PARAMETERS",
                "lnL",
                "AIC",
                "ΔAIC",
                "BIC",
                "KS D",
                "KS p" + (anyEstimatedTest(report) ? AS_IF_KNOWN_MARK : "")));
    if (boot) {
      head.add("KS p (bootstrap)");
    }
    Optional<String> ranked = rankedColumn(report.criterion());
    ranked.ifPresent(head::add);
    List<List<String>> rows = new ArrayList<>();
    int rank = 0;
    for (FitReport.Row row : ok) {
      FitResult fit = row.fit();
      Optional<TestResult> ks = fit.test(Criterion.KS);
      List<String> cells =
          new ArrayList<>(
              List.of(
                  Integer.toString(++rank),
                  fit.family().name(),
                  parameters(fit),
                  criterion(fit.logLikelihood()),
                  criterion(fit.aic()),
                  criterion(fit.aic() - report.bestAic(fit)),
                  criterion(fit.bic()),
                  ks.map(t -> number(t.statistic())).orElse(NOT_AVAILABLE),
                  ks.map(t -> PValueText.format(t.p(), FitText::probability) + exact(fit))
                      .orElse(NOT_AVAILABLE)));
      if (boot) {
        cells.add(
            row.gof()
                .map(BootstrapGof::ks)
                .map(p -> PValueText.format(p.p(), FitText::probability))
                .orElse(NOT_AVAILABLE));
      }
      if (ranked.isPresent()) {
        double v = fit.rankValue(report.criterion());
        cells.add(
            report.criterion() == Criterion.AICC
                ? criterion(fit.aicc())
                : Double.isInfinite(v) ? NOT_AVAILABLE : number(v));
      }
      rows.add(cells);
    }
    return TextTable.render(head, rows);
  }

  /**
   * "mean = 3.48 ± 0.069, sd = 1.14 ± 0.049"; a fixed parameter says so instead of an SE. Only
   * maximum likelihood has standard errors here (the other methods' come from the bootstrap), so
   * the other methods' estimates print bare rather than "± undefined" on every parameter.
   */
  static String parameters(FitResult fit) {
    boolean withErrors = fit.method() == FitMethod.MLE;
    return fit.parameters().stream()
        .map(p -> parameter(p, withErrors, whole(fit, p)))
        .collect(Collectors.joining(", "));
  }

  /** Whether {@code p} takes whole numbers only (trials, successes): it has no standard error. */
  private static boolean whole(FitResult fit, ParameterEstimate p) {
    return fit.family().parameter(p.name()).map(q -> q.integer()).orElse(false);
  }

  private static String parameter(ParameterEstimate p, boolean withErrors, boolean whole) {
    String value = p.name() + " = " + number(p.value());
    if (p.fixed()) {
      return value + " (fixed)";
    }
    if (!withErrors) {
      return value;
    }
    if (whole && Double.isNaN(p.standardError())) {
      return value + " (whole number, profiled)";
    }
    return Double.isNaN(p.standardError())
        ? value + " ± undefined"
        : value + " ± " + Figures.format(p.standardError(), SE_DIGITS);
  }

  private static List<String> footnotes(FitReport report) {
    List<String> lines = new ArrayList<>();
    if (report.mixedKinds()) {
      long discrete =
          report.rows().stream()
              .filter(r -> r.fit().isOk() && r.fit().family().isDiscrete())
              .count();
      lines.add(
          "Two rankings: the data are whole numbers, so the discrete families (1 to "
              + discrete
              + ") were ranked first and the continuous ones after them. A density is not a"
              + " probability: their ln L, AIC and BIC are not comparable with the discrete"
              + " fits', and ΔAIC is taken within each group.");
    }
    List<String> unavailable =
        report.rows().stream()
            .map(r -> r.fit().testsUnavailable())
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    for (String reason : unavailable) {
      lines.add(NOT_AVAILABLE + " not computed: " + reason + ".");
    }
    if (report.rows().stream().anyMatch(FitText::wholeSuccesses)) {
      lines.add(
          "negativebinomial: successes is a whole number here (Pascal's distribution), profiled"
              + " over 1, 2, ...; R's fitdist(\"nbinom\") takes a real size and can reach a"
              + " slightly higher ln L.");
    }
    if (anyEstimatedTest(report)) {
      lines.addAll(asIfKnownFootnotes(report));
    }
    if (report.criterion() == Criterion.AICC
        && report.rows().stream()
            .anyMatch(r -> r.fit().isOk() && Double.isInfinite(r.fit().aicc()))) {
      lines.add(
          "AICc needs n > k + 1 (k free parameters): fits with AICc = ∞ are ranked after the"
              + " others, in the order the families were given.");
    }
    lines.add(
        report.options().method() == FitMethod.MLE
            ? "ΔAIC = AIC - the smallest AIC; SE: standard errors from the information matrix"
                + " (maximum likelihood only; --bootstrap gives them for every method)."
            : "ΔAIC = AIC - the smallest AIC. No standard errors from the information matrix for "
                + report.options().method().label()
                + ": --bootstrap gives them.");
    lines.add("Figures rounded for reading; --json prints every figure at full precision.");
    return lines;
  }

  /** A negative-binomial fit whose successes were estimated (over whole numbers only). */
  private static boolean wholeSuccesses(FitReport.Row row) {
    FitResult fit = row.fit();
    return fit.isOk()
        && fit.family().name().equals("negativebinomial")
        && fit.parameters().stream().anyMatch(p -> p.name().equals("successes") && !p.fixed());
  }

  /** The column of the criterion ranked by, when the table does not show it anyway. */
  private static Optional<String> rankedColumn(Criterion c) {
    return switch (c) {
      case AICC -> Optional.of("AICc");
      case CVM -> Optional.of("CvM W²");
      case AD -> Optional.of("AD A²");
      default -> Optional.empty();
    };
  }

  /** After the p-value of a fit with every parameter fixed: nothing was estimated. */
  private static String exact(FitResult fit) {
    return fit.freeParameters() == 0 ? " (nothing estimated)" : "";
  }

  /** Whether a fit has tests and estimated parameters, so that its p-values are "as if known". */
  private static boolean anyEstimatedTest(FitReport report) {
    return report.rows().stream()
        .anyMatch(r -> r.fit().freeParameters() > 0 && r.fit().test(Criterion.KS).isPresent());
  }

  private static List<String> asIfKnownFootnotes(FitReport report) {
    List<String> lines = new ArrayList<>();
    lines.add(
        AS_IF_KNOWN_MARK
            + " p-values as if the parameters were known: they were estimated from these data,"
            + " so these p-values are too large.");
    if (report.bootstrap().isPresent()) {
      lines.add(
          "  The bootstrap p-values account for the estimation ("
              + BootstrapGof.LABEL
              + ": p = (1 + #{D* >= D})/(B + 1) over the refits that succeeded).");
    } else {
      lines.add("  Add --bootstrap B --seed S for p-values that account for the estimation.");
    }
    return lines;
  }

  private static List<String> bootstrapTable(List<FitReport.Row> ok) {
    List<List<String>> rows = new ArrayList<>();
    for (FitReport.Row row : ok) {
      if (row.bootstrap().isEmpty()) {
        continue;
      }
      BootstrapResult b = row.bootstrap().get();
      String refits = b.succeeded() + " of " + b.refits() + failures(b);
      if (b.parameterNames().isEmpty()) {
        rows.add(
            List.of(
                row.fit().family().name(),
                NOT_AVAILABLE,
                NOT_AVAILABLE,
                NOT_AVAILABLE,
                NOT_AVAILABLE,
                refits));
      }
      for (String name : b.parameterNames()) {
        double[] interval = b.percentileInterval(name, FitJson.INTERVAL_LEVEL);
        rows.add(
            List.of(
                row.fit().family().name(),
                name,
                number(b.median(name)),
                "[" + number(interval[0]) + ", " + number(interval[1]) + "]",
                Figures.format(b.standardError(name), SE_DIGITS),
                refits));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("Bootstrap (parametric; percentile intervals, type-7 quantiles):");
    lines.addAll(
        TextTable.render(
            List.of("FAMILY", "PARAMETER", "MEDIAN", "95% INTERVAL", "BOOTSTRAP SE", "REFITS OK"),
            rows));
    return lines;
  }

  private static String failures(BootstrapResult b) {
    if (b.failed() == 0) {
      return "";
    }
    return " ("
        + b.failed()
        + " failed: "
        + b.failures().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().status())
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** Estimates and statistics: seven significant digits. */
  private static String number(double value) {
    return Figures.format(value, DIGITS);
  }

  private static String probability(double p) {
    return Figures.format(p, P_DIGITS);
  }

  /**
   * ln L, AIC, BIC and ΔAIC to two decimals: their differences are what is read, and at n = 10⁶ a
   * criterion of several million must not turn into an exponent that hides them.
   */
  static String criterion(double value) {
    if (!Double.isFinite(value) || Math.abs(value) >= CRITERION_PLAIN_LIMIT) {
      return Figures.format(value, DIGITS);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
