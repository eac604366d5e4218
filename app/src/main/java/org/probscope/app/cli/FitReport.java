package org.probscope.app.cli;

import java.util.List;
import java.util.Optional;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapProgress;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitProgress;
import org.probscope.model.fit.FitRanking;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;
import org.probscope.model.fit.ParametricBootstrap;

/**
 * Everything {@code fit} prints, computed once and shared by the JSON and the text output: the
 * ranking of the families and, with {@code --bootstrap}, each successful fit's bootstrap.
 *
 * @param data the column that was read
 * @param options how the families were fitted
 * @param criterion what the ranking sorts by
 * @param rows the fits, best first (failed ones last), each with its bootstrap
 * @param bootstrap the bootstrap's settings, when one was asked for
 */
record FitReport(
    DataColumn data,
    FitOptions options,
    Criterion criterion,
    List<Row> rows,
    Optional<BootstrapSettings> bootstrap) {

  /** One family's fit with its bootstrap (only for a successful fit, only when asked for). */
  record Row(FitResult fit, Optional<BootstrapResult> bootstrap, Optional<BootstrapGof> gof) {}

  static FitReport of(
      DataColumn data,
      List<Family> families,
      FitOptions options,
      Criterion criterion,
      Optional<BootstrapSettings> bootstrap) {
    FitData fitData =
        data.weights()
            .map(w -> FitData.weighted(w.values(), w.weights()))
            .orElseGet(() -> FitData.of(data.sample()));
    FitRanking ranking = Fitter.rank(families, fitData, options, criterion, FitProgress.NONE);
    List<Row> rows =
        ranking.results().stream().map(fit -> row(fit, fitData, options, bootstrap)).toList();
    return new FitReport(data, options, criterion, rows, bootstrap);
  }

  private static Row row(
      FitResult fit, FitData data, FitOptions options, Optional<BootstrapSettings> settings) {
    if (settings.isEmpty() || !fit.isOk()) {
      return new Row(fit, Optional.empty(), Optional.empty());
    }
    BootstrapResult result =
        ParametricBootstrap.run(fit, data, options, settings.get(), BootstrapProgress.NONE);
    return new Row(fit, Optional.of(result), BootstrapGof.of(result));
  }

  /**
   * The smallest AIC of the successful fits of {@code fit}'s kind (discrete and continuous fits are
   * ranked apart, {@link FitRanking}); NaN when none succeeded.
   */
  double bestAic(FitResult fit) {
    return rows.stream()
        .map(Row::fit)
        .filter(r -> FitRanking.comparable(r, fit))
        .mapToDouble(FitResult::aic)
        .min()
        .orElse(Double.NaN);
  }

  /** Whether discrete and continuous fits both succeeded: two rankings in one list. */
  boolean mixedKinds() {
    return rows.stream()
            .map(Row::fit)
            .filter(FitResult::isOk)
            .map(r -> r.family().isDiscrete())
            .distinct()
            .count()
        == 2;
  }

  /**
   * The number of rows fitted: the values read, or with {@code --weights} the rows of positive
   * weight (the n of AIC, BIC and the standard errors is then Σw, {@link WeightColumn#sum()}).
   */
  long n() {
    return data.weights().map(WeightColumn::positiveRows).orElse((long) data.sample().size());
  }
}
