package org.probscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.probscope.model.csv.ColumnResult;
import org.probscope.model.csv.SkipReason;
import org.probscope.model.csv.SkippedRow;
import org.probscope.model.gof.Decision;
import org.probscope.model.gof.GofTest;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.gof.KsGap;
import org.probscope.model.gof.PValue;
import org.probscope.model.gof.TestResult;
import org.probscope.model.gof.Wasserstein1;

/**
 * {@code gof --json}: the contract's keys first, in its order ({@code n, skipped, target, ks,
 * kuiper, cvm, ad, wasserstein1}, DESIGN.md "Command line"), then additions that never rename or
 * replace them. Numbers go through {@link JsonOutput}: full precision, an infinity as a string.
 */
final class GofJson {

  private static final Map<GofTest, String> KEYS =
      Map.of(
          GofTest.KOLMOGOROV_SMIRNOV, "ks",
          GofTest.KUIPER, "kuiper",
          GofTest.CRAMER_VON_MISES, "cvm",
          GofTest.ANDERSON_DARLING, "ad",
          GofTest.WATSON, "watson");

  private GofJson() {}

  static ObjectNode toJson(GofReport report) {
    GoodnessOfFit fit = report.fit();
    ColumnResult column = report.data().column();
    ObjectNode node = JsonOutput.object();
    node.put("n", fit.n());
    node.put("skipped", column.skippedTotal());
    node.put("target", fit.target().spec());
    for (int i = 0; i < fit.tests().size(); i++) {
      node.set(
          KEYS.get(fit.tests().get(i).test()), test(fit.tests().get(i), report.decisions().get(i)));
    }
    Wasserstein1 w1 = fit.wasserstein1();
    JsonOutput.put(node, "wasserstein1", w1.value());
    if (!w1.isFinite()) {
      node.put("wasserstein1Reason", w1.reason());
    }
    JsonOutput.put(node, "dPlus", fit.dPlus());
    JsonOutput.put(node, "dMinus", fit.dMinus());
    node.set("ksGap", gap(fit.ksGap()));
    JsonOutput.put(node, "alpha", report.alpha());
    node.put("discreteTarget", fit.discreteTarget());
    if (fit.discreteTarget()) {
      node.put("note", fit.note());
    }
    report.chiSquare().ifPresent(chi -> node.set("chiSquare", chiSquare(chi, report.alpha())));
    node.put("file", report.data().file().toString());
    node.put("column", column.name());
    node.put("columnPosition", column.position());
    node.put("format", report.data().format().describe());
    node.set("skippedByReason", skippedByReason(column.skipped()));
    node.set("firstSkipped", firstSkipped(column.firstSkipped()));
    return node;
  }

  /**
   * The contract's {@code statistic} and {@code pValue}, then how and what it decides at α. A
   * p-value known only as a bound has {@code "pValue": null}, {@code "pValueUpperBound"} (p is
   * below it) and {@code "pValueBoundReason"}; {@code "reject"} is always a boolean, from the
   * statistic against {@code "criticalValue"} when the bound is above α.
   */
  private static ObjectNode test(TestResult result, Decision decision) {
    ObjectNode node = JsonOutput.object();
    JsonOutput.put(node, "statistic", result.statistic());
    PValue p = result.p();
    if (p.bound()) {
      node.putNull("pValue");
      JsonOutput.put(node, "pValueUpperBound", p.value());
      node.put("pValueBoundReason", p.boundReason());
    } else {
      JsonOutput.put(node, "pValue", p.value());
    }
    node.put("pValueMethod", result.pValueMethod());
    JsonOutput.put(node, "criticalValue", decision.criticalValue());
    node.put("reject", decision.reject());
    return node;
  }

  private static ObjectNode gap(KsGap gap) {
    ObjectNode node = JsonOutput.object();
    JsonOutput.put(node, "x", gap.x());
    JsonOutput.put(node, "ecdfBefore", gap.ecdfBefore());
    JsonOutput.put(node, "ecdfAt", gap.ecdfAt());
    JsonOutput.put(node, "cdf", gap.cdf());
    node.put("side", gap.ecdfAbove() ? "dPlus" : "dMinus");
    return node;
  }

  private static ObjectNode chiSquare(GofReport.ChiSquare chi, double alpha) {
    ObjectNode node = JsonOutput.object();
    node.put("applicable", chi.test().applicable());
    if (!chi.test().applicable()) {
      node.put("reason", chi.test().reason());
      return node;
    }
    JsonOutput.put(node, "statistic", chi.test().statistic());
    PValue p = chi.test().p();
    if (p.bound()) {
      node.putNull("pValue");
      JsonOutput.put(node, "pValueUpperBound", p.value());
      node.put("pValueBoundReason", p.boundReason());
    } else {
      JsonOutput.put(node, "pValue", p.value());
    }
    node.put("degreesOfFreedom", chi.test().degreesOfFreedom());
    node.put("bins", chi.test().bins());
    JsonOutput.put(node, "criticalValue", chi.criticalValue());
    node.put("reject", chi.rejects(alpha));
    return node;
  }

  /** Reasons in their enum order, named by the lower-case enum constant (no spaces in keys). */
  private static ObjectNode skippedByReason(Map<SkipReason, Long> skipped) {
    ObjectNode node = JsonOutput.object();
    Map<SkipReason, Long> ordered = new EnumMap<>(SkipReason.class);
    ordered.putAll(skipped);
    ordered.forEach((reason, count) -> node.put(key(reason), count));
    return node;
  }

  private static ArrayNode firstSkipped(List<SkippedRow> rows) {
    ArrayNode array = JsonOutput.array();
    for (SkippedRow row : rows) {
      ObjectNode node = array.addObject();
      node.put("line", row.lineNumber());
      node.put("text", row.text());
      node.put("reason", key(row.reason()));
    }
    return array;
  }

  private static String key(SkipReason reason) {
    return reason.name().toLowerCase(Locale.ROOT);
  }
}
