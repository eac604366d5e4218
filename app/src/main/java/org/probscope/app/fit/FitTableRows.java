package org.probscope.app.fit;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.model.fit.FitRanking;

/**
 * The table's rows and selection across refits and re-rankings: a fresh fit checks the best {@link
 * FitPlotsViewModel#DEFAULT_OVERLAYS} for the plots and selects the best; a re-ranking keeps the
 * checks and the selected family; each row carries its family's bootstrap outcome.
 */
final class FitTableRows {

  private final ObservableList<FitRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<FitRow> selected = new SimpleObjectProperty<>();

  ObservableList<FitRow> rows() {
    return rows;
  }

  ObjectProperty<FitRow> selected() {
    return selected;
  }

  void show(FitRanking ranking, boolean fresh, Map<String, FitBootstrap.Outcome> bootstraps) {
    List<String> overlaid =
        rows.stream().filter(r -> r.overlaidProperty().get()).map(FitRow::family).toList();
    String selectedFamily = selected.get() == null ? null : selected.get().family();
    List<FitRow> now = FitRows.of(ranking);
    int defaults = 0;
    for (FitRow r : now) {
      boolean on =
          fresh
              ? r.isOk() && defaults++ < FitPlotsViewModel.DEFAULT_OVERLAYS
              : overlaid.contains(r.family());
      r.overlaidProperty().set(on);
      r.bootstrapProperty().set(bootstraps.get(r.family()));
    }
    rows.setAll(now);
    selected.set(
        now.stream()
            .filter(r -> fresh ? r.isOk() : r.family().equals(selectedFamily))
            .findFirst()
            .orElse(null));
  }

  /** The family's bootstrap moved on (or was forgotten: null). */
  void attach(String family, FitBootstrap.Outcome outcome) {
    rows.stream()
        .filter(r -> r.family().equals(family))
        .forEach(r -> r.bootstrapProperty().set(outcome));
  }
}
