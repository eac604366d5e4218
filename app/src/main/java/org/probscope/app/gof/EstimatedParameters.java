package org.probscope.app.gof;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.sample.Sample;

/**
 * Whether the goodness-of-fit target was estimated from the sample it is tested against ("Use this
 * fit" on the Fit tab): then the p-values, computed as if the parameters were known, are too large.
 *
 * <p>The flag follows equality, not history: it is raised while the target equals the fitted
 * distribution and the sample is the one fitted, and it drops as soon as either differs (a slider
 * moved, another family, another sample). Returning to exactly the fitted spec (pasting it again)
 * raises it again, because the p-values are then just as biased; a slider dragged back near the
 * estimate is a different target and leaves it down. When the fit was bootstrapped, the flag
 * carries its corrected p-values ({@link #correctedProperty()}), which follow the flag: they belong
 * to that fit and that sample only.
 */
public final class EstimatedParameters {

  /** The flag's wording, shown in the goodness-of-fit tab. */
  public static final String TEXT =
      "Parameters estimated from these data — p-values computed as if the parameters were known"
          + " are too large";

  /** Why, in the flag's tooltip. */
  public static final String WHY =
      "A distribution fitted to a sample is closer to that sample than the true distribution is,"
          + " so KS, CvM and AD come out small and their p-values large: a test taken as if the"
          + " parameters had been known rejects too rarely. A parametric bootstrap (refit on"
          + " samples drawn from the fit, Lilliefors-style) gives corrected p-values.";

  private final ObservableValue<Distribution> target;
  private final ObservableValue<SampleSnapshot> sample;
  private final ReadOnlyBooleanWrapper flagged = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper corrected = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(TEXT);
  private Distribution fitted;
  private Sample fittedSample;
  private String correction = "";

  EstimatedParameters(
      ObservableValue<Distribution> target, ObservableValue<SampleSnapshot> sample) {
    this.target = target;
    this.sample = sample;
    target.addListener(obs -> update());
    sample.addListener(obs -> update());
  }

  /** The target {@code fit} was estimated from {@code from}; flags it while it is the target. */
  public void mark(Distribution fit, Sample from) {
    mark(fit, from, Optional.empty());
  }

  /**
   * As {@link #mark(Distribution, Sample)}, with the corrected p-values of {@code bootstrap} (the
   * fit's parametric bootstrap) shown in the flag while it is raised.
   */
  public void mark(Distribution fit, Sample from, Optional<BootstrapResult> bootstrap) {
    this.fitted = Objects.requireNonNull(fit, "fit");
    this.fittedSample = Objects.requireNonNull(from, "from");
    this.correction = bootstrap.flatMap(CorrectedPValues::summary).orElse("");
    update();
  }

  /**
   * The bootstrap of the marked fit arrived after {@link #mark}: its corrected p-values join the
   * flag. Ignored when {@code fit} or {@code from} is no longer the marked one.
   */
  public void correct(Distribution fit, Sample from, BootstrapResult bootstrap) {
    if (fit.equals(fitted) && from == fittedSample) {
      correction = CorrectedPValues.summary(bootstrap).orElse("");
      update();
    }
  }

  /** Forgets the fit. */
  public void clear() {
    fitted = null;
    fittedSample = null;
    correction = "";
    update();
  }

  /**
   * The corrected p-values while flagged and bootstrapped ("Corrected: KS p = 0.124 ± 0.010, …
   * (parametric bootstrap, B = 500 refits, seed 1)"); empty otherwise.
   */
  public ReadOnlyStringProperty correctedProperty() {
    return corrected.getReadOnlyProperty();
  }

  /** The flag's full wording: {@link #TEXT}, then the corrected p-values when there are some. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** True while the target is the fit and the sample the one it was fitted to. */
  public ReadOnlyBooleanProperty flaggedProperty() {
    return flagged.getReadOnlyProperty();
  }

  public boolean isFlagged() {
    return flagged.get();
  }

  private void update() {
    SampleSnapshot s = sample.getValue();
    boolean on =
        fitted != null
            && s != null
            && s.sample() == fittedSample
            && fitted.equals(target.getValue());
    corrected.set(on ? correction : "");
    text.set(corrected.get().isEmpty() ? TEXT : TEXT + ".\n" + corrected.get());
    flagged.set(on);
  }
}
