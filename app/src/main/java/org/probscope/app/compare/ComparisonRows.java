package org.probscope.app.compare;

import java.util.List;
import java.util.Locale;
import org.probscope.model.distribution.Figures;
import org.probscope.model.distribution.Validated;
import org.probscope.model.twosample.AndersonDarlingTwoSample;
import org.probscope.model.twosample.CramerVonMisesTwoSample;
import org.probscope.model.twosample.EmpiricalDistances;
import org.probscope.model.twosample.KolmogorovSmirnovTwoSample;
import org.probscope.model.twosample.PValueMethod;
import org.probscope.model.twosample.TwoSampleComparison;

/** Turns a {@link TwoSampleComparison} into the rows of the Compare tab's table. */
final class ComparisonRows {

  static final String KS = "Kolmogorov–Smirnov D";
  static final String NO_P_VALUE = "—";
  private static final int DIGITS = 4;

  private ComparisonRows() {}

  static List<ComparisonRow> of(TwoSampleComparison c) {
    EmpiricalDistances d = c.distances();
    return List.of(
        ks(c.kolmogorovSmirnov()),
        andersonDarling(c.andersonDarling()),
        cramerVonMises(c.cramerVonMises()),
        new ComparisonRow(
            "Wasserstein-1",
            Figures.format(d.wasserstein1(), DIGITS),
            NO_P_VALUE,
            "The area between the two empirical CDFs, ∫|Fa − Fb| dx: how far, on average, values"
                + " must move to turn one sample into the other, in the data's units."),
        new ComparisonRow(
            "Wasserstein-2",
            Figures.format(d.wasserstein2(), DIGITS),
            NO_P_VALUE,
            "The root-mean-square distance between matched quantiles, (∫₀¹(Fa⁻¹(u) − Fb⁻¹(u))²"
                + " du)^½, in the data's units; far-apart tails weigh more than in W₁."),
        new ComparisonRow(
            "Energy distance",
            Figures.format(d.energyDistance(), DIGITS),
            NO_P_VALUE,
            "(2E|X − Y| − E|X − X′| − E|Y − Y′|)^½ = (2∫(Fa − Fb)² dx)^½ (Székely & Rizzo):"
                + " zero only when the two distributions agree; in √(data units)."));
  }

  private static ComparisonRow ks(KolmogorovSmirnovTwoSample ks) {
    String explanation =
        "The largest vertical gap between the two empirical CDFs, marked in the plot at x = "
            + Figures.format(ks.location(), DIGITS)
            + ". The p-value is the chance of a gap at least this large if both samples came from"
            + " one continuous distribution ("
            + method(ks.pValueMethod())
            + ").";
    if (ks.tiesMayChangeStatistic()) {
      explanation += " Values shared by both samples could change D: the p-value is approximate.";
    }
    return new ComparisonRow(
        KS,
        Figures.format(ks.statistic(), DIGITS),
        pValue(ks.pValue(), ks.pValueMethod()),
        explanation);
  }

  private static ComparisonRow andersonDarling(Validated<AndersonDarlingTwoSample> result) {
    String figure = "Anderson–Darling k-sample";
    String what =
        "Scholz & Stephens' k-sample statistic for two samples, standardised (as SciPy's"
            + " anderson_ksamp): like KS it compares the ECDFs, but it weighs the tails more. ";
    if (result.value().isEmpty()) {
      return new ComparisonRow(figure, "undefined", NO_P_VALUE, what + result.message());
    }
    AndersonDarlingTwoSample ad = result.value().get();
    String p =
        switch (ad.pValueClipping()) {
          case CAPPED -> "≥ 0.25";
          case FLOORED -> "≤ 0.001";
          case NONE -> Figures.format(ad.pValue(), 3);
        };
    return new ComparisonRow(
        figure,
        Figures.format(ad.statistic(), DIGITS),
        p + " (table)",
        what
            + "The p-value is interpolated in the authors' table, so it is only known to lie"
            + " between 0.001 and 0.25.");
  }

  private static ComparisonRow cramerVonMises(Validated<CramerVonMisesTwoSample> result) {
    String figure = "Cramér–von Mises";
    String what =
        "The squared gaps between the two empirical CDFs, summed over the pooled values"
            + " (Anderson 1962): sensitive to differences over the whole range rather than at one"
            + " point. ";
    if (result.value().isEmpty()) {
      return new ComparisonRow(figure, "undefined", NO_P_VALUE, what + result.message());
    }
    CramerVonMisesTwoSample cvm = result.value().get();
    return new ComparisonRow(
        figure,
        Figures.format(cvm.statistic(), DIGITS),
        pValue(cvm.pValue(), cvm.pValueMethod()),
        what + "The p-value is " + method(cvm.pValueMethod()) + ".");
  }

  private static String pValue(double p, PValueMethod method) {
    return Figures.format(p, 3) + " (" + method.name().toLowerCase(Locale.ROOT) + ")";
  }

  private static String method(PValueMethod method) {
    return switch (method) {
      case EXACT -> "exact, from the permutation distribution";
      case ASYMPTOTIC -> "asymptotic, from the large-sample limit";
      case INTERPOLATED -> "interpolated in a table of critical values";
    };
  }
}
