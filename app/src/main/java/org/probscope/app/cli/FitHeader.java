package org.probscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.probscope.model.text.Echo;

/**
 * The head of {@code fit}'s text: what was read (file, format, column, weights, n, skipped rows)
 * and how it was fitted (method, fixed parameters, ranking, bootstrap), as label-value rows.
 */
final class FitHeader {

  private FitHeader() {}

  static List<String> lines(FitReport report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "data",
            Echo.of(report.data().file().toString(), Integer.MAX_VALUE)
                + " ("
                + report.data().format().describe()
                + ")"));
    rows.add(
        List.of(
            "column",
            Echo.of(report.data().column().name())
                + " (position "
                + report.data().column().position()
                + ")"));
    report
        .data()
        .weights()
        .ifPresent(
            w ->
                rows.add(
                    List.of(
                        "weights",
                        Echo.of(w.column().name())
                            + " (position "
                            + w.column().position()
                            + "): Σw = "
                            + FullPrecision.formatCount(w.sum())
                            + ", rows of weight 0: "
                            + w.zeroRows()
                            + (w.zeroRows() > 0 ? " (dropped)" : ""))));
    rows.add(List.of("n", n(report)));
    rows.add(List.of("skipped", Long.toString(report.data().skipped())));
    rows.add(List.of("method", report.options().method().label()));
    if (!report.options().fixed().isEmpty()) {
      rows.add(
          List.of(
              "fixed",
              report.options().fixed().asMap().entrySet().stream()
                  .map(e -> e.getKey() + " = " + FullPrecision.formatForReading(e.getValue()))
                  .collect(Collectors.joining(", "))));
    }
    rows.add(List.of("ranked by", report.criterion().code().toUpperCase(Locale.ROOT)));
    report
        .bootstrap()
        .ifPresent(
            b ->
                rows.add(
                    List.of(
                        "bootstrap", b.refits() + " parametric refits per fit, seed " + b.seed())));
    List<String> rendered = TextTable.render(List.of("", ""), rows);
    return rendered.subList(1, rendered.size());
  }

  /** The rows fitted; with weights also Σw, the n of the criteria. */
  private static String n(FitReport report) {
    return report
        .data()
        .weights()
        .map(
            w ->
                report.n()
                    + " rows of positive weight (AIC, BIC and SE use n = Σw = "
                    + FullPrecision.formatCount(w.sum())
                    + ")")
        .orElse(Long.toString(report.n()));
  }
}
