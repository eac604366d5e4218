package org.probscope.app.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.data.FailureText;
import org.probscope.app.data.NamedSample;
import org.probscope.model.twosample.TwoSampleComparison;

/**
 * The Compare tab: the active sample against the reference sample. The comparison runs off the FX
 * thread, newest request only; the rows and the compared pair change together when it arrives.
 */
public final class CompareViewModel {

  private final ObservableValue<NamedSample> active;
  private final ObservableValue<NamedSample> reference;
  private final LatestOnly<ComparedPair> comparisons;
  private final ReadOnlyObjectWrapper<ComparedPair> compared = new ReadOnlyObjectWrapper<>();
  private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
  private final ObservableList<ComparisonRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  /**
   * A comparison with the samples it was computed from.
   *
   * @param active the sample measured (a in the figures)
   * @param reference the sample it is measured against (b)
   * @param comparison the figures
   */
  public record ComparedPair(
      NamedSample active, NamedSample reference, TwoSampleComparison comparison) {}

  public CompareViewModel(
      TaskRunner runner,
      ObservableValue<NamedSample> active,
      ObservableValue<NamedSample> reference) {
    this.active = active;
    this.reference = reference;
    this.comparisons = new LatestOnly<>(runner, this::show, this::failed);
    active.addListener(obs -> recompute());
    reference.addListener(obs -> recompute());
    recompute();
  }

  /** The last comparison, or null when there is nothing to compare. */
  public ReadOnlyObjectProperty<ComparedPair> comparedProperty() {
    return compared.getReadOnlyProperty();
  }

  /** The table's rows; unmodifiable. */
  public ObservableList<ComparisonRow> rows() {
    return readOnlyRows;
  }

  /** What the user has to do before there is a comparison, or why it failed; empty otherwise. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  private void recompute() {
    NamedSample a = active.getValue();
    NamedSample b = reference.getValue();
    String missing = missing(a, b);
    if (!missing.isEmpty()) {
      comparisons.cancel();
      busy.set(false);
      compared.set(null);
      rows.clear();
      message.set(missing);
      return;
    }
    busy.set(true);
    comparisons.request(
        ctx ->
            new ComparedPair(
                a, b, TwoSampleComparison.of(a.snapshot().sample(), b.snapshot().sample())));
  }

  private static String missing(NamedSample a, NamedSample b) {
    if (a == null && b == null) {
      return "Load or generate two samples, then choose one as the reference in the Data panel.";
    }
    if (a == null) {
      return "Make a sample active in the Data panel to compare it with the reference.";
    }
    if (b == null) {
      return "Choose a reference sample in the Data panel (Use as reference) to compare "
          + a.name()
          + " with it.";
    }
    if (a.equals(b)) {
      return "The reference is the active sample; make another sample active or choose another"
          + " reference.";
    }
    return "";
  }

  private void show(ComparedPair pair) {
    busy.set(comparisons.isBusy());
    message.set("");
    List<ComparisonRow> next = ComparisonRows.of(pair.comparison());
    rows.setAll(next);
    compared.set(pair);
  }

  private void failed(Throwable failure) {
    busy.set(comparisons.isBusy());
    message.set("Could not compare the samples: " + FailureText.of(failure));
  }
}
