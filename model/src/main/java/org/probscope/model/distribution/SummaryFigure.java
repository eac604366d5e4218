package org.probscope.model.distribution;

import java.util.List;

/**
 * One named summary figure of a distribution, with the text a user should read: "undefined" for a
 * figure that does not exist, "∞" for one that diverges, never a bare NaN.
 *
 * @param name display name, for example "Excess kurtosis"
 * @param value the figure; NaN when undefined
 * @param explanation a tooltip sentence saying what the figure means
 */
public record SummaryFigure(String name, double value, String explanation) {

  /** The summary table of a distribution, in display order. */
  public static List<SummaryFigure> of(Distribution d) {
    return List.of(
        new SummaryFigure("Mean", d.mean(), "Expected value E[X]"),
        new SummaryFigure("Median", d.median(), "Smallest x with F(x) ≥ 1/2"),
        new SummaryFigure("Mode", d.mode(), "Most likely value; undefined when not unique"),
        new SummaryFigure("Variance", d.variance(), "E[(X − μ)²]"),
        new SummaryFigure("Std. deviation", d.standardDeviation(), "Square root of the variance"),
        new SummaryFigure("Skewness", d.skewness(), "E[(X − μ)³] / σ³: asymmetry"),
        new SummaryFigure(
            "Excess kurtosis", d.excessKurtosis(), "E[(X − μ)⁴] / σ⁴ − 3: tail weight vs normal"),
        new SummaryFigure(
            "Entropy",
            d.entropy(),
            d.isDiscrete() ? "Shannon entropy, nats" : "Differential entropy, nats"),
        new SummaryFigure("Support min", d.supportLower(), "Smallest possible value"),
        new SummaryFigure("Support max", d.supportUpper(), "Largest possible value"));
  }

  public boolean isDefined() {
    return !Double.isNaN(value);
  }

  /** The value with the given number of significant digits, or "undefined" / "∞" / "-∞". */
  public String text(int significantDigits) {
    return Figures.format(value, significantDigits);
  }
}
