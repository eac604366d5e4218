package org.probscope.app.gof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.probscope.app.common.PValueText;
import org.probscope.model.distribution.Figures;
import org.probscope.model.gof.ChiSquareGoodnessOfFit;
import org.probscope.model.gof.Decision;
import org.probscope.model.gof.GofTest;
import org.probscope.model.gof.KsAtN;
import org.probscope.model.gof.Wasserstein1;

/** Turns a {@link GofSnapshot} into table rows with the formulas as tooltips. */
final class MetricRows {

  private static final String NONE = "—";
  private static final int DIGITS = 4;

  private static final Map<GofTest, String> EXPLANATIONS =
      Map.of(
          GofTest.KOLMOGOROV_SMIRNOV,
          "D = sup |Fn(x) − F(x)|, the largest vertical gap between the empirical and the target"
              + " CDF (marked on the CDF plot). Most sensitive near the centre of the distribution,"
              + " weak in the tails.",
          GofTest.KUIPER,
          "V = D⁺ + D⁻, the largest gap above plus the largest gap below. Equally sensitive"
              + " everywhere, including the tails, and invariant under cyclic shifts (suits"
              + " angles).",
          GofTest.CRAMER_VON_MISES,
          "W² = 1/(12n) + Σ(F(xᵢ) − (2i−1)/(2n))², the squared gap integrated over the target."
              + " Uses the whole sample, so more powerful than KS against shifts; still"
              + " centre-weighted; for a discrete target the discrete form of Choulakian, Lockhart &"
              + " Stephens (1994).",
          GofTest.ANDERSON_DARLING,
          "A² = −n − (1/n)Σ(2i−1)[ln F(xᵢ) + ln S(xₙ₊₁₋ᵢ)], the squared gap weighted by"
              + " 1/(F(1 − F)): most sensitive in the tails; for a discrete target the discrete form of"
              + " Choulakian, Lockhart & Stephens (1994).",
          GofTest.WATSON,
          "U² = n⁻¹ Σ (Zⱼ − Z̄)² pⱼ over the target's cells, Zⱼ the cumulative count minus its"
              + " expectation: Cramér–von Mises centred on the mean gap, so invariant under where"
              + " the cycle starts. Computed for discrete targets (Choulakian, Lockhart & Stephens"
              + " 1994).");

  private MetricRows() {}

  static List<MetricRow> of(GofSnapshot s) {
    List<MetricRow> rows = new ArrayList<>();
    for (Decision d : s.decisions()) {
      rows.add(
          new MetricRow(
              d.test().label() + " " + d.test().symbol(),
              Figures.format(d.statistic(), DIGITS),
              PValueText.format(d.p(), v -> Figures.format(v, DIGITS)),
              Figures.format(d.criticalValue(), DIGITS),
              d.reject() ? "reject" : "do not reject",
              d.reject(),
              EXPLANATIONS.get(d.test())
                  + "\nα = "
                  + Figures.format(s.alpha(), 3)
                  + "; p-value: "
                  + PValueText.method(d.p())
                  + decidedBy(d)));
    }
    rows.add(wasserstein(s.gof().wasserstein1()));
    rows.add(s.ksAtN() == null ? ksAtNPending() : ksAtN(s.ksAtN()));
    if (s.chiSquare() != null) {
      rows.add(chiSquare(s.chiSquare(), s.alpha()));
    }
    return rows;
  }

  /** Says so when the decision came from the critical value, the p-value being only a bound. */
  private static String decidedBy(Decision d) {
    return d.p().bound() && d.p().value() > d.alpha()
        ? "\nDecided by the statistic against the critical value: the p-value bound is above α."
        : "";
  }

  private static MetricRow wasserstein(Wasserstein1 w) {
    String value = Figures.format(w.value(), DIGITS);
    String why = w.reason() == null || w.reason().isEmpty() ? "" : "\n" + w.reason();
    return new MetricRow(
        "Wasserstein-1 W₁",
        value,
        NONE,
        NONE,
        NONE,
        false,
        "W₁ = ∫|Fn(x) − F(x)| dx, the area between the two CDFs (shaded on the CDF plot): how far"
            + " mass must move, in units of x. No test, a distance; infinite when the target has no"
            + " finite mean."
            + why);
  }

  private static MetricRow ksAtNPending() {
    return new MetricRow(
        "KS@N (fraction passing)",
        "computing…",
        NONE,
        NONE,
        NONE,
        false,
        "Computed once the slider rests: one KS test per chunk of the sample in its original order.");
  }

  private static MetricRow ksAtN(KsAtN k) {
    boolean defined = k.chunks() > 0;
    return new MetricRow(
        "KS@" + k.chunkSize() + " (fraction passing)",
        defined ? Figures.format(k.fraction(), DIGITS) : "undefined",
        NONE,
        NONE,
        defined ? k.notRejected() + " of " + k.chunks() + " chunks" : NONE,
        false,
        "Splits the sample in its original order into ⌊n/N⌋ chunks of N values, tests each against"
            + " the target with KS at α, and reports the fraction not rejected (UnpredictaBench's"
            + " score). Sensitive to drift and dependence along the sample's order."
            + (k.reason() == null || k.reason().isEmpty() ? "" : "\n" + k.reason()));
  }

  private static MetricRow chiSquare(ChiSquareGoodnessOfFit c, double alpha) {
    if (!c.applicable()) {
      return new MetricRow(
          "Chi-square χ²",
          "undefined",
          NONE,
          NONE,
          NONE,
          false,
          "Not applicable here: " + c.reason());
    }
    boolean reject = c.rejects(alpha);
    return new MetricRow(
        "Chi-square χ² (" + c.bins() + " bins)",
        Figures.format(c.statistic(), DIGITS),
        PValueText.format(c.p(), v -> Figures.format(v, DIGITS)),
        NONE,
        reject ? "reject" : "do not reject",
        reject,
        "χ² = Σ(observed − expected)² / expected over the target's values, with low-count bins"
            + " merged until every expected count is at least 5. Beside the discrete forms of the"
            + " tests above, it ignores the order of the values.");
  }
}
