package org.probscope.app.explore;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.SummaryFigure;
import org.probscope.model.distribution.Validated;
import org.probscope.model.distribution.Violation;

/**
 * The explorer's state: the chosen family, one {@link ParameterViewModel} per parameter, and the
 * last valid distribution with its body range and summary. Invalid input never replaces the
 * distribution on screen; it shows the rule it breaks next to the field.
 *
 * <p>Only the checks of the parameters' domains and rules run on the FX thread. Building the
 * distribution, finding its body range (quantiles), its summary figures and parsing a pasted spec
 * run through the task runner, newest request first ({@link LatestOnly}), so that no family at any
 * valid parameters can freeze the window while a slider moves; the figures of the previous
 * distribution stay on screen, marked as updating, until the new ones arrive.
 */
public final class ExplorerViewModel {

  /** A distribution with the x range that shows its body. */
  public record Explored(Distribution distribution, ViewRange body) {
    static Explored of(Distribution d) {
      return new Explored(d, ViewRange.around(d));
    }
  }

  /** Summary figures with the distribution they describe. */
  public record Summary(Distribution distribution, List<SummaryFigure> figures) {}

  private final ObjectProperty<Family> family = new SimpleObjectProperty<>();
  private final ObservableList<ParameterViewModel> parameters = FXCollections.observableArrayList();
  // one wrapper for the life of the view model: an unmodifiable wrapper listens to its source
  // weakly, so a fresh one per call could be collected and silently drop the view's listener
  private final ObservableList<ParameterViewModel> readOnlyParameters =
      FXCollections.unmodifiableObservableList(parameters);
  private final PickerFamilies pickerFamilies = new PickerFamilies();
  private final ReadOnlyObjectWrapper<Distribution> distribution = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ViewRange> body = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper specError = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyIntegerWrapper frameRequests = new ReadOnlyIntegerWrapper();
  private final LatestOnly<Explored> builds;
  private final LatestOnly<Summary> summaries;
  private final LatestOnly<Validated<Explored>> specs;
  private boolean applyingSpec;

  /**
   * @param initial the family to start with; its defaults are built at once (every family's
   *     defaults are cheap), so that the distribution is never null
   */
  public ExplorerViewModel(Family initial, TaskRunner runner) {
    this.builds = new LatestOnly<>(runner, this::display, this::failed);
    this.summaries = new LatestOnly<>(runner, this::showSummary, this::failed);
    this.specs = new LatestOnly<>(runner, this::showSpec, this::failed);
    Distribution first = initial.createDefault();
    distribution.set(first);
    body.set(ViewRange.around(first));
    summary.set(new Summary(first, SummaryFigure.of(first)));
    family.set(initial);
    pickerFamilies.show(initial);
    rebuildParameters(initial, initial.defaults());
    family.addListener((obs, old, now) -> onFamilyChanged(now));
  }

  /**
   * Every family, continuous first, in DESIGN.md's order: the picker's list. A distribution shown
   * through {@link #show} or a spec may have a family outside it ({@code affine(...)}); picking a
   * family from the list leaves that form for the picked family's defaults.
   */
  public List<Family> families() {
    return Families.all();
  }

  /**
   * What the family picker lists: {@link #families()}, preceded by the family on screen when it is
   * not one of them (an affine family, "Student's t, shifted and scaled"), so that the closed
   * picker shows it; picking another family drops it from the list again.
   */
  public ObservableList<Family> pickerFamilies() {
    return pickerFamilies.list();
  }

  /** The chosen family; setting it resets the parameters to the family's defaults. */
  public ObjectProperty<Family> familyProperty() {
    return family;
  }

  public ObservableList<ParameterViewModel> parameters() {
    return readOnlyParameters;
  }

  /** The last valid distribution; never null. */
  public ReadOnlyObjectProperty<Distribution> distributionProperty() {
    return distribution.getReadOnlyProperty();
  }

  public Distribution distribution() {
    return distribution.get();
  }

  /** The x range that shows the body of the distribution on screen (computed with it). */
  public ReadOnlyObjectProperty<ViewRange> bodyProperty() {
    return body.getReadOnlyProperty();
  }

  /**
   * The newest summary figures with the distribution they describe; that distribution differs from
   * {@link #distribution()} while newer figures are being computed.
   */
  public ReadOnlyObjectProperty<Summary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** A rule broken between parameters, shown above the fields; empty when none. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Why the last pasted spec was refused, or empty. */
  public ReadOnlyStringProperty specErrorProperty() {
    return specError.getReadOnlyProperty();
  }

  /** True while a distribution, its summary or a spec is being computed. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * Counts "Frame" commands: the plots listen and go back to following the distribution's body,
   * dropping the user's zoom and pan. A family change and a new sample frame the plots too.
   */
  public ReadOnlyIntegerProperty frameRequestsProperty() {
    return frameRequests.getReadOnlyProperty();
  }

  /** Frames the plots on the distribution's body again (and the sample, when there is one). */
  public void frame() {
    frameRequests.set(frameRequests.get() + 1);
  }

  /** The spec of the distribution on screen, for copying. */
  public String spec() {
    return distribution.get().spec();
  }

  /**
   * Replaces family and parameters from a pasted spec, parsed in the background; when it is invalid
   * nothing on screen changes and {@link #specErrorProperty()} says why.
   */
  public void applySpec(String text) {
    specError.set("");
    updateBusy(true);
    specs.request(ctx -> DistributionSpec.parse(text).map(Explored::of));
  }

  /**
   * Shows {@code d} with its own family and parameter values, as a pasted spec would: the Fit tab's
   * "use this fit" shows an {@code affine(studentt(df=3.2), shift=1.1, scale=0.8)} this way, its
   * sliders being the base's parameters followed by shift and scale. Its body range is found in the
   * background; until then the previous distribution stays on screen.
   */
  public void show(Distribution d) {
    java.util.Objects.requireNonNull(d, "d");
    specError.set("");
    updateBusy(true);
    specs.request(ctx -> Validated.valid(Explored.of(d)));
  }

  private void showSpec(Validated<Explored> parsed) {
    if (parsed.isValid()) {
      Explored explored = parsed.orElseThrow();
      Distribution d = explored.distribution();
      applyingSpec = true;
      try {
        if (family.get() != d.family()) {
          family.set(d.family());
        }
        double[] values = d.parameters();
        for (int i = 0; i < values.length; i++) {
          parameters.get(i).apply(values[i]);
          parameters.get(i).showCrossRule("");
        }
      } finally {
        applyingSpec = false;
      }
      builds.cancel(); // a parameter build queued before the paste must not replace it
      problem.set("");
      display(explored);
      frame();
    } else {
      specError.set(WindowWording.of(parsed.violations()));
    }
    updateBusy(false);
  }

  private void onFamilyChanged(Family now) {
    if (now == null) {
      family.set(Optional.ofNullable(distribution.get()).map(Distribution::family).orElseThrow());
      return;
    }
    pickerFamilies.show(now);
    if (applyingSpec) {
      rebuildParameters(now, now.defaults());
      return;
    }
    rebuildParameters(now, now.defaults());
    recompute();
    frame();
  }

  private void rebuildParameters(Family now, double[] values) {
    List<ParameterViewModel> fresh =
        now.parameters().stream()
            .map(p -> new ParameterViewModel(p, values[now.indexOf(p.name())]))
            .toList();
    fresh.forEach(p -> p.valueProperty().addListener((obs, old, v) -> recompute()));
    parameters.setAll(fresh);
  }

  private void recompute() {
    if (applyingSpec) {
      return;
    }
    Family current = family.get();
    double[] values = parameters.stream().mapToDouble(ParameterViewModel::value).toArray();
    List<Violation> violations = current.validate(values);
    parameters.forEach(p -> p.showCrossRule(""));
    if (!violations.isEmpty()) {
      problem.set(Validated.invalid(violations).message());
      for (Violation v : violations) {
        int i = current.indexOf(v.parameter());
        if (i >= 0) {
          parameters.get(i).showCrossRule(v.message());
        }
      }
      return;
    }
    problem.set("");
    updateBusy(true);
    builds.request(ctx -> Explored.of(current.create(values).orElseThrow()));
  }

  private void display(Explored explored) {
    Distribution d = explored.distribution();
    distribution.set(d);
    body.set(explored.body());
    summaries.request(ctx -> new Summary(d, SummaryFigure.of(d)));
    updateBusy(false);
  }

  private void showSummary(Summary figures) {
    summary.set(figures);
    updateBusy(false);
  }

  private void failed(Throwable error) {
    problem.set("Could not compute the distribution: " + error.getMessage());
    updateBusy(false);
  }

  private void updateBusy(boolean starting) {
    busy.set(starting || builds.isBusy() || summaries.isBusy() || specs.isBusy());
  }
}
