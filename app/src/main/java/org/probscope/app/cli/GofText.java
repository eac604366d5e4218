package org.probscope.app.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probscope.app.common.PValueText;
import org.probscope.model.csv.ColumnResult;
import org.probscope.model.csv.SkipReason;
import org.probscope.model.csv.SkippedRow;
import org.probscope.model.gof.ChiSquareGoodnessOfFit;
import org.probscope.model.gof.Decision;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.gof.TestResult;
import org.probscope.model.gof.Wasserstein1;
import org.probscope.model.text.Echo;

/**
 * {@code gof} without {@code --json}: what was read, then one aligned row per test (statistic,
 * p-value, critical value and decision at α, how the p-value was obtained), then W₁ and, for a
 * discrete target, the note on its discrete tests. Numbers at full precision, as everywhere.
 */
final class GofText {

  /** How many skipped rows the text lists; JSON lists all the reader kept. */
  static final int SKIPPED_ROWS_SHOWN = 5;

  static final String REJECT = "reject";
  static final String KEEP = "do not reject";
  static final String NOT_AVAILABLE = "-";

  private GofText() {}

  static List<String> toText(GofReport report) {
    List<String> lines = new ArrayList<>(header(report));
    lines.add("");
    lines.addAll(table(report));
    lines.add("");
    lines.addAll(footer(report));
    return lines;
  }

  private static List<String> header(GofReport report) {
    ColumnResult column = report.data().column();
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "data",
            Echo.of(report.data().file().toString(), Integer.MAX_VALUE)
                + " ("
                + report.data().format().describe()
                + ")"));
    rows.add(List.of("column", Echo.of(column.name()) + " (position " + column.position() + ")"));
    rows.add(List.of("n", Integer.toString(report.fit().n())));
    rows.add(List.of("skipped", skipped(column)));
    rows.add(List.of("target", report.fit().target().spec()));
    rows.add(List.of("alpha", FullPrecision.format(report.alpha())));
    List<String> lines = new ArrayList<>(withoutHeader(TextTable.render(List.of("", ""), rows)));
    for (SkippedRow row : column.firstSkipped().subList(0, shownSkipped(column))) {
      lines.add("  line " + row.lineNumber() + " (" + row.reason().label() + "): " + row.text());
    }
    return lines;
  }

  private static String skipped(ColumnResult column) {
    long total = column.skippedTotal();
    if (total == 0) {
      return "0";
    }
    String shown =
        total > shownSkipped(column)
            ? "; the first " + shownSkipped(column) + " are listed below"
            : "; listed below";
    return total + " (" + reasons(column.skipped()) + ")" + shown;
  }

  /** For example "2 text, 1 NA", in the order of {@link SkipReason}. */
  private static String reasons(Map<SkipReason, Long> skipped) {
    Map<SkipReason, Long> ordered = new EnumMap<>(SkipReason.class);
    ordered.putAll(skipped);
    return ordered.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label())
        .collect(Collectors.joining(", "));
  }

  private static int shownSkipped(ColumnResult column) {
    return Math.min(SKIPPED_ROWS_SHOWN, column.firstSkipped().size());
  }

  private static List<String> table(GofReport report) {
    String level = "at alpha = " + FullPrecision.format(report.alpha());
    List<List<String>> rows = new ArrayList<>();
    GoodnessOfFit fit = report.fit();
    for (int i = 0; i < fit.tests().size(); i++) {
      TestResult test = fit.tests().get(i);
      Decision decision = report.decisions().get(i);
      rows.add(
          List.of(
              test.test().label() + " " + test.test().symbol(),
              number(test.statistic()),
              PValueText.format(decision.p(), GofText::number),
              number(decision.criticalValue()),
              decision.reject() ? REJECT : KEEP,
              PValueText.method(decision.p())));
    }
    report.chiSquare().ifPresent(chi -> rows.add(chiSquareRow(chi, report.alpha())));
    return TextTable.render(
        List.of(
            "TEST",
            "STATISTIC",
            "P-VALUE",
            "CRITICAL VALUE " + level,
            "DECISION " + level,
            "P-VALUE METHOD"),
        rows);
  }

  private static List<String> chiSquareRow(GofReport.ChiSquare chi, double alpha) {
    if (!chi.test().applicable()) {
      return List.of(
          "Chi-square X²",
          NOT_AVAILABLE,
          NOT_AVAILABLE,
          NOT_AVAILABLE,
          NOT_AVAILABLE,
          "not applicable: " + chi.test().reason());
    }
    return List.of(
        "Chi-square X²",
        number(chi.test().statistic()),
        PValueText.format(chi.test().p(), GofText::number),
        number(chi.criticalValue()),
        chi.rejects(alpha) ? REJECT : KEEP,
        chi.test().bins()
            + " bins with expected counts >= "
            + FullPrecision.formatCount(ChiSquareGoodnessOfFit.MIN_EXPECTED)
            + ", "
            + chi.test().degreesOfFreedom()
            + " degrees of freedom");
  }

  private static List<String> footer(GofReport report) {
    GoodnessOfFit fit = report.fit();
    List<String> lines = new ArrayList<>();
    lines.add("D+ = " + number(fit.dPlus()) + ", D- = " + number(fit.dMinus()));
    Wasserstein1 w1 = fit.wasserstein1();
    lines.add(
        "Wasserstein-1 W1 = "
            + number(w1.value())
            + (w1.isFinite() ? "" : " (" + w1.reason() + ")"));
    if (fit.discreteTarget()) {
      lines.add("Note: " + fit.note());
    }
    return lines;
  }

  private static String number(double value) {
    return FullPrecision.formatForReading(value);
  }

  private static List<String> withoutHeader(List<String> rendered) {
    return rendered.subList(1, rendered.size());
  }
}
