package org.probscope.app.explore;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.SummaryFigure;
import org.probscope.model.distribution.Validated;
import org.probscope.model.distribution.Violation;

/**
 * The explorer's state: the chosen family, one {@link ParameterViewModel} per parameter, and the
 * last valid distribution with its summary. Invalid input never replaces the distribution on
 * screen; it shows the rule it breaks next to the field.
 */
public final class ExplorerViewModel {

  private final ObjectProperty<Family> family = new SimpleObjectProperty<>();
  private final ObservableList<ParameterViewModel> parameters = FXCollections.observableArrayList();
  // one wrapper for the life of the view model: an unmodifiable wrapper listens to its source
  // weakly, so a fresh one per call could be collected and silently drop the view's listener
  private final ObservableList<ParameterViewModel> readOnlyParameters =
      FXCollections.unmodifiableObservableList(parameters);
  private final ReadOnlyObjectWrapper<Distribution> distribution = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<List<SummaryFigure>> summary =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ViewRange> viewRange = new ReadOnlyObjectWrapper<>();
  private boolean applyingSpec;

  public ExplorerViewModel(Family initial) {
    family.addListener((obs, old, now) -> onFamilyChanged(now));
    family.set(initial);
  }

  /** Every family, continuous first, in DESIGN.md's order. */
  public List<Family> families() {
    return Families.all();
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

  public ReadOnlyObjectProperty<List<SummaryFigure>> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** A rule broken between parameters, shown above the fields; empty when none. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** The x range the plots show; changes on a family change and on {@link #fitView()}. */
  public ReadOnlyObjectProperty<ViewRange> viewRangeProperty() {
    return viewRange.getReadOnlyProperty();
  }

  /** Fits the x range to the body of the current distribution. */
  public void fitView() {
    viewRange.set(ViewRange.around(distribution.get()));
  }

  /**
   * Fits the x range to the distribution's body together with [lower, upper], for example a sample
   * that was just loaded, so that both are on screen.
   */
  public void fitViewWith(double lower, double upper) {
    ViewRange body = ViewRange.around(distribution.get());
    double lo = Math.min(body.lower(), lower);
    double hi = Math.max(body.upper(), upper);
    double pad = hi > lo ? 0.03 * (hi - lo) : 1;
    viewRange.set(new ViewRange(lo - pad, hi + pad));
  }

  /** The spec of the distribution on screen, for copying. */
  public String spec() {
    return distribution.get().spec();
  }

  /**
   * Replaces family and parameters from a pasted spec.
   *
   * @return the parse result; when invalid, nothing on screen changes
   */
  public Validated<Distribution> applySpec(String text) {
    Validated<Distribution> parsed = DistributionSpec.parse(text);
    parsed
        .value()
        .ifPresent(
            d -> {
              applyingSpec = true;
              try {
                family.set(d.family());
                double[] values = d.parameters();
                for (int i = 0; i < values.length; i++) {
                  parameters.get(i).setValue(values[i]);
                }
              } finally {
                applyingSpec = false;
              }
              recompute();
              fitView();
            });
    return parsed;
  }

  private void onFamilyChanged(Family now) {
    if (now == null) {
      family.set(Optional.ofNullable(distribution.get()).map(Distribution::family).orElseThrow());
      return;
    }
    double[] defaults = now.defaults();
    List<ParameterViewModel> fresh =
        now.parameters().stream()
            .map(p -> new ParameterViewModel(p, defaults[now.indexOf(p.name())]))
            .toList();
    fresh.forEach(p -> p.valueProperty().addListener((obs, old, v) -> recompute()));
    parameters.setAll(fresh);
    recompute();
    fitView();
  }

  private void recompute() {
    if (applyingSpec) {
      return;
    }
    Family current = family.get();
    double[] values = parameters.stream().mapToDouble(ParameterViewModel::value).toArray();
    Validated<Distribution> created = current.create(values);
    parameters.forEach(p -> p.showCrossRule(""));
    if (created.isValid()) {
      problem.set("");
      Distribution d = created.orElseThrow();
      distribution.set(d);
      summary.set(SummaryFigure.of(d));
    } else {
      problem.set(created.message());
      for (Violation v : created.violations()) {
        int i = current.indexOf(v.parameter());
        if (i >= 0) {
          parameters.get(i).showCrossRule(v.message());
        }
      }
    }
  }
}
