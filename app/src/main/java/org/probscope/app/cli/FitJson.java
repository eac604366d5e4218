package org.probscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapPValue;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitFailure;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.ParameterEstimate;
import org.probscope.model.gof.GofTest;
import org.probscope.model.gof.PValue;
import org.probscope.model.gof.TestResult;

/**
 * {@code fit --json}: the contract's keys first, in its order ({@code n, fits} and in each fit
 * {@code family, spec, params, standardErrors, logLik, aic, aicc, bic, ks, cvm, ad, status},
 * DESIGN.md "Command line"), then additions that never rename or replace them. A fixed parameter is
 * absent from {@code standardErrors} (it was not estimated) and named in {@code fixed}; a free
 * parameter whose standard error does not exist has null there. A failed family has null numbers,
 * null {@code params}, {@code standardErrors} and tests, and {@code "status": "reason: detail"}.
 */
final class FitJson {

  /** The bootstrap's percentile intervals are printed at this level. */
  static final double INTERVAL_LEVEL = 0.95;

  private static final Map<Criterion, String> TESTS =
      Map.of(Criterion.KS, "ks", Criterion.CVM, "cvm", Criterion.AD, "ad");

  private static final List<Criterion> TEST_ORDER =
      List.of(Criterion.KS, Criterion.CVM, Criterion.AD);

  private FitJson() {}

  static ObjectNode toJson(FitReport report) {
    ObjectNode node = JsonOutput.object();
    node.put("n", report.n());
    ArrayNode fits = node.putArray("fits");
    for (FitReport.Row row : report.rows()) {
      fits.add(fit(row, report.bestAic(row.fit())));
    }
    node.put("skipped", report.data().skipped());
    node.put("method", report.options().method().code());
    node.put("rankedBy", report.criterion().code());
    ObjectNode fixed = node.putObject("fixed");
    report.options().fixed().asMap().forEach((name, value) -> JsonOutput.put(fixed, name, value));
    report
        .bootstrap()
        .ifPresent(
            b -> {
              ObjectNode settings = node.putObject("bootstrap");
              settings.put("refits", b.refits());
              settings.put("seed", b.seed());
            });
    node.put("file", report.data().file().toString());
    node.put("column", report.data().column().name());
    node.put("columnPosition", report.data().column().position());
    node.put("format", report.data().format().describe());
    report
        .data()
        .weights()
        .ifPresent(
            w -> {
              ObjectNode weights = node.putObject("weights");
              weights.put("column", w.column().name());
              weights.put("position", w.column().position());
              JsonOutput.put(weights, "sum", w.sum());
              weights.put("zeroRows", w.zeroRows());
            });
    return node;
  }

  private static ObjectNode fit(FitReport.Row row, double bestAic) {
    FitResult fit = row.fit();
    ObjectNode node = JsonOutput.object();
    node.put("family", fit.family().name());
    node.put("spec", fit.spec());
    if (!fit.isOk()) {
      failed(node, fit);
      return node;
    }
    ObjectNode params = node.putObject("params");
    ObjectNode errors = node.putObject("standardErrors");
    for (ParameterEstimate p : fit.parameters()) {
      JsonOutput.put(params, p.name(), p.value());
      if (!p.fixed()) {
        JsonOutput.put(errors, p.name(), p.standardError());
      }
    }
    JsonOutput.put(node, "logLik", fit.logLikelihood());
    JsonOutput.put(node, "aic", fit.aic());
    JsonOutput.put(node, "aicc", fit.aicc());
    JsonOutput.put(node, "bic", fit.bic());
    for (Criterion c : TEST_ORDER) {
      Optional<TestResult> test = fit.test(c);
      if (test.isEmpty()) {
        node.putNull(TESTS.get(c));
      } else {
        node.set(TESTS.get(c), test(test.get(), row.gof(), fit.freeParameters() > 0));
      }
    }
    node.put("status", fit.status());
    fit.testsUnavailable().ifPresent(reason -> node.put("testsUnavailable", reason));
    node.put("method", fit.method().code());
    node.put("kind", fit.family().isDiscrete() ? "discrete" : "continuous");
    node.put("freeParameters", fit.freeParameters());
    ArrayNode fixed = node.putArray("fixed");
    fit.parameters().stream().filter(ParameterEstimate::fixed).forEach(p -> fixed.add(p.name()));
    JsonOutput.put(node, "deltaAic", fit.aic() - bestAic);
    row.bootstrap().ifPresent(b -> node.set("bootstrap", bootstrap(b)));
    return node;
  }

  private static void failed(ObjectNode node, FitResult fit) {
    node.putNull("params");
    node.putNull("standardErrors");
    for (String key : List.of("logLik", "aic", "aicc", "bic", "ks", "cvm", "ad")) {
      node.putNull(key);
    }
    node.put("status", fit.status());
    FitFailure failure = fit.failure().orElseThrow();
    node.put("reason", failure.reason().name().toLowerCase(java.util.Locale.ROOT));
    if (failure.offending() > 0) {
      node.put("offending", failure.offending());
      JsonOutput.put(node, "firstOffending", failure.example());
    }
    node.put("method", fit.method().code());
  }

  /**
   * The contract's {@code statistic, pValue, pValueMethod} as {@code gof --json} prints them (a
   * bound as {@code "pValue": null} with {@code "pValueUpperBound"}), flagged {@code
   * "parametersEstimated": true} unless every parameter was fixed (then nothing was estimated and
   * the p-value is that of a known distribution); then the bootstrap's corrected p-value.
   */
  private static ObjectNode test(
      TestResult result, Optional<BootstrapGof> gof, boolean parametersEstimated) {
    ObjectNode node = JsonOutput.object();
    JsonOutput.put(node, "statistic", result.statistic());
    putPValue(node, "pValue", result.p());
    node.put(
        "pValueMethod",
        parametersEstimated ? FitText.asIfKnown(result.pValueMethod()) : result.pValueMethod());
    node.put("parametersEstimated", parametersEstimated);
    if (gof.isPresent()) {
      GofTest test = result.test();
      BootstrapPValue corrected = gof.get().pValue(test);
      putPValue(node, "pValueBootstrap", corrected.p());
      node.put("pValueBootstrapMethod", corrected.p().method());
      node.put("bootstrapB", corrected.refitsUsed());
      node.put("bootstrapFailed", corrected.failedRefits());
      JsonOutput.put(node, "bootstrapMcError", corrected.monteCarloError());
    }
    return node;
  }

  private static void putPValue(ObjectNode node, String key, PValue p) {
    if (p.bound()) {
      node.putNull(key);
      JsonOutput.put(node, key + "UpperBound", p.value());
      node.put(key + "BoundReason", p.boundReason());
    } else {
      JsonOutput.put(node, key, p.value());
    }
  }

  private static ObjectNode bootstrap(BootstrapResult b) {
    ObjectNode node = JsonOutput.object();
    node.put("refits", b.refits());
    node.put("succeeded", b.succeeded());
    node.put("failed", b.failed());
    ObjectNode failures = node.putObject("failures");
    b.failures()
        .forEach(
            (reason, count) ->
                failures.put(reason.name().toLowerCase(java.util.Locale.ROOT), count));
    node.put("seed", b.settings().seed());
    node.put("sampleSize", b.sampleSize());
    JsonOutput.put(node, "level", INTERVAL_LEVEL);
    ObjectNode intervals = node.putObject("intervals");
    ObjectNode medians = node.putObject("medians");
    ObjectNode errors = node.putObject("standardErrors");
    for (String name : b.parameterNames()) {
      double[] interval = b.percentileInterval(name, INTERVAL_LEVEL);
      ArrayNode pair = intervals.putArray(name);
      pair.add(JsonOutput.number(interval[0]));
      pair.add(JsonOutput.number(interval[1]));
      JsonOutput.put(medians, name, b.median(name));
      JsonOutput.put(errors, name, b.standardError(name));
    }
    return node;
  }
}
