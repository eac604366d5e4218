package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.probscope.app.common.PValueText;
import org.probscope.model.distribution.Figures;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.ParameterEstimate;
import org.probscope.model.gof.PValue;
import org.probscope.model.gof.TestResult;

/**
 * One row of the ranking table: a fit with its rank, ΔAIC and Akaike weight, each column as a
 * number to sort by and a text to show. No NaN is ever shown: a missing figure is "—" and {@link
 * #whyMissing(FitColumn)} says why. Whether the fit is overlaid on the plots and its bootstrap
 * (which arrives after the fit) are the row's mutable parts.
 */
public final class FitRow {

  static final int DIGITS = 5;
  static final String MISSING = "—";

  private final FitResult result;
  private final int rank;
  private final double deltaAic;
  private final double weight;
  private final boolean startsSecondRanking;
  private final BooleanProperty overlaid = new SimpleBooleanProperty(false);
  private final ObjectProperty<FitBootstrap.Outcome> bootstrap = new SimpleObjectProperty<>();

  FitRow(FitResult result, int rank, double deltaAic, double weight) {
    this(result, rank, deltaAic, weight, false);
  }

  FitRow(FitResult result, int rank, double deltaAic, double weight, boolean startsSecondRanking) {
    this.result = result;
    this.rank = rank;
    this.deltaAic = deltaAic;
    this.weight = weight;
    this.startsSecondRanking = startsSecondRanking;
  }

  /**
   * Whether this is the best continuous fit after the discrete ones, when both kinds were fitted:
   * the first row of the second ranking (the table draws a rule above it).
   */
  public boolean startsSecondRanking() {
    return startsSecondRanking;
  }

  public FitResult result() {
    return result;
  }

  /** Whether the fit is drawn over the data (at most six rows at once). */
  public BooleanProperty overlaidProperty() {
    return overlaid;
  }

  /** The fit's bootstrap, or null when none was asked for. */
  public ObjectProperty<FitBootstrap.Outcome> bootstrapProperty() {
    return bootstrap;
  }

  public boolean isOk() {
    return result.isOk();
  }

  public String family() {
    return result.family().name();
  }

  /** The value to sort column {@code c} by; NaN where there is none (sorted last). */
  public double number(FitColumn c) {
    if (!result.isOk() && c != FitColumn.RANK) {
      return Double.NaN;
    }
    return switch (c) {
      case RANK -> result.isOk() ? rank : Double.NaN;
      case LOG_LIKELIHOOD -> result.logLikelihood();
      case AIC -> result.aic();
      case DELTA_AIC -> deltaAic;
      case AKAIKE_WEIGHT -> weight;
      case AICC -> finite(result.aicc());
      case BIC -> result.bic();
      case KS -> statistic(Criterion.KS);
      case CVM -> statistic(Criterion.CVM);
      case AD -> adStatistic(); // ∞ is shown (and sorts after every finite A²)
      case KS_P -> p(Criterion.KS).map(PValue::value).orElse(Double.NaN);
      case CVM_P -> p(Criterion.CVM).map(PValue::value).orElse(Double.NaN);
      case AD_P -> p(Criterion.AD).map(PValue::value).orElse(Double.NaN);
      case KS_P_BOOT, CVM_P_BOOT, AD_P_BOOT -> BootstrapCells.number(bootstrap.get(), c);
      default -> Double.NaN;
    };
  }

  /** What column {@code c} shows: a figure, a text, or "—". */
  public String text(FitColumn c) {
    if (BootstrapCells.isBootstrapColumn(c)) {
      return result.isOk() ? BootstrapCells.text(bootstrap.get(), c) : MISSING;
    }
    switch (c) {
      case FAMILY:
        return family();
      case PARAMETERS:
        return result.isOk() ? parameters() : MISSING;
      case STATUS:
        return result.isOk() ? "ok" : result.failure().orElseThrow().reason().status();
      case KS_P:
      case CVM_P:
      case AD_P:
        Optional<PValue> p = p(criterionOf(c));
        if (p.isPresent() && result.isOk() && !(Double.isNaN(p.get().value()))) {
          return PValueText.format(p.get(), v -> Figures.format(v, 3));
        }
        return MISSING;
      default:
        double v = number(c);
        if (c == FitColumn.RANK) {
          return Double.isNaN(v) ? MISSING : Integer.toString(rank);
        }
        return Double.isNaN(v)
            ? MISSING
            : Figures.format(v, c == FitColumn.AKAIKE_WEIGHT ? 3 : DIGITS);
    }
  }

  /** Why column {@code c} shows "—", or the empty string when it shows a figure. */
  public String whyMissing(FitColumn c) {
    if (!MISSING.equals(text(c))) {
      return "";
    }
    if (!result.isOk()) {
      return "Not fitted: " + result.status();
    }
    if (BootstrapCells.isBootstrapColumn(c)) {
      return BootstrapCells.detail(bootstrap.get(), c);
    }
    if (c == FitColumn.AICC) {
      return "AICc needs n > k + 1 (n = "
          + Figures.format(result.n(), 6)
          + ", k = "
          + result.freeParameters()
          + ")";
    }
    return result.testsUnavailable().map(r -> "Tests not computed: " + r).orElse("Not defined");
  }

  /** A p-value cell's tooltip when every parameter was fixed (nothing estimated, no †). */
  public static final String EXACT =
      "Nothing was estimated: every parameter was fixed, the p-value is exact (no † applies)";

  /**
   * The tooltip of a plain p-value column (KS p, CvM p, AD p) showing a figure: {@link #EXACT} when
   * the fit estimated nothing, otherwise the "as if known" warning (†).
   */
  public String pValueDetail(FitColumn c) {
    if (MISSING.equals(text(c))) {
      return whyMissing(c);
    }
    String note = result.freeParameters() == 0 ? EXACT : FitColumn.AS_IF_KNOWN;
    return c == FitColumn.AD_P && number(FitColumn.AD) == Double.POSITIVE_INFINITY
        ? INFINITE_AD + "\n\n" + note
        : note;
  }

  static boolean isPlainPValue(FitColumn c) {
    return c == FitColumn.KS_P || c == FitColumn.CVM_P || c == FitColumn.AD_P;
  }

  /** A bootstrap column's tooltip, for a figure as for "—": where it comes from. */
  public String bootstrapDetail(FitColumn c) {
    return result.isOk() ? BootstrapCells.detail(bootstrap.get(), c) : whyMissing(c);
  }

  /** The status column's tooltip: the failure in full. */
  public String statusDetail() {
    return result.isOk() ? "Fitted by " + result.method().label() : result.status();
  }

  /** "shape = 2.0345 ± 0.12, scale = 1.1 (fixed)". */
  String parameters() {
    List<String> parts = new ArrayList<>();
    for (ParameterEstimate p : result.parameters()) {
      String value = p.name() + " = " + Figures.format(p.value(), DIGITS);
      if (p.fixed()) {
        value += " (fixed)";
      } else if (Double.isFinite(p.standardError())) {
        value += " ± " + Figures.format(p.standardError(), 2);
      }
      parts.add(value);
    }
    return String.join(", ", parts);
  }

  /** A² as computed: +∞ when a point lies where the fitted F is 0 or 1, as the gof tab shows. */
  private double adStatistic() {
    return result.test(Criterion.AD).map(TestResult::statistic).orElse(Double.NaN);
  }

  /** Why A² is infinite, in its cell's tooltip (and its p-value's). */
  static final String INFINITE_AD =
      "A² = ∞: some observations lie where the fitted F is 0 or 1 (for a uniform fit, the fit's"
          + " ends are the sample's extremes), and A² weighs each point by 1/(F(1 − F)). The fit"
          + " is rejected outright: p = 0. The bootstrap cannot correct it (\"—\").";

  /**
   * The tooltip of a figure cell: why it shows "—", why A² is ∞, or the empty string for a plain
   * figure.
   */
  public String figureDetail(FitColumn c) {
    if (c == FitColumn.AD && result.isOk() && number(c) == Double.POSITIVE_INFINITY) {
      return INFINITE_AD;
    }
    return whyMissing(c);
  }

  private double statistic(Criterion c) {
    return result.test(c).map(TestResult::statistic).map(FitRow::finite).orElse(Double.NaN);
  }

  private Optional<PValue> p(Criterion c) {
    return result.test(c).map(TestResult::p);
  }

  private static Criterion criterionOf(FitColumn c) {
    return switch (c) {
      case KS_P -> Criterion.KS;
      case CVM_P -> Criterion.CVM;
      default -> Criterion.AD;
    };
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : Double.NaN;
  }

  @Override
  public String toString() {
    return result.toString();
  }
}
