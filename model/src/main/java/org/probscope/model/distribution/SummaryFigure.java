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
public record SummaryFigure(String name, double value, String explanation, Modes modes) {

  /** A figure that is one number. */
  public SummaryFigure(String name, double value, String explanation) {
    this(name, value, explanation, null);
  }

  /** The summary table of a distribution, in display order. */
  public static List<SummaryFigure> of(Distribution d) {
    return List.of(
        new SummaryFigure("Mean", d.mean(), "Expected value E[X]"),
        new SummaryFigure("Median", d.median(), "Smallest x with F(x) ≥ 1/2"),
        new SummaryFigure(
            "Mode",
            d.mode(),
            d.isDiscrete()
                ? "Most likely value(s): where the mass is largest"
                : "Most likely value(s): where the density is largest",
            d.modes()),
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
    return modes != null ? modes.kind() != Modes.Kind.UNKNOWN : !Double.isNaN(value);
  }

  /**
   * The value with the given number of significant digits, or "undefined" / "∞" / "-∞"; the modes
   * as "3 and 4" or "any value in [0, 1]" where there is not one.
   */
  public String text(int significantDigits) {
    if (modes != null) {
      return modes.text(significantDigits);
    }
    return Figures.format(value, significantDigits);
  }
}
