package org.probscope.model.sample;

import java.util.EnumSet;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Statistic;
import org.apache.commons.statistics.descriptive.StatisticsConfiguration;

/**
 * Summary figures of a sample; see {@link Sample} for the estimators. A figure that needs more
 * values than the sample has (the standard deviation of one value) is NaN, shown as "undefined".
 */
public record SampleSummary(
    int n,
    double mean,
    double standardDeviation,
    double min,
    double firstQuartile,
    double median,
    double thirdQuartile,
    double max,
    double skewness,
    double excessKurtosis) {

  static SampleSummary of(double[] sorted) {
    DoubleStatistics stats =
        DoubleStatistics.of(
                EnumSet.of(
                    Statistic.MEAN,
                    Statistic.STANDARD_DEVIATION,
                    Statistic.SKEWNESS,
                    Statistic.KURTOSIS),
                sorted)
            .setConfiguration(StatisticsConfiguration.withDefaults().withBiased(false));
    double[] quartiles =
        Quantile.withDefaults()
            .with(Quantile.EstimationMethod.HF7)
            .evaluate(sorted.length, i -> sorted[i], 0.25, 0.5, 0.75);
    return new SampleSummary(
        sorted.length,
        stats.getAsDouble(Statistic.MEAN),
        stats.getAsDouble(Statistic.STANDARD_DEVIATION),
        sorted[0],
        quartiles[0],
        quartiles[1],
        quartiles[2],
        sorted[sorted.length - 1],
        stats.getAsDouble(Statistic.SKEWNESS),
        stats.getAsDouble(Statistic.KURTOSIS));
  }
}
