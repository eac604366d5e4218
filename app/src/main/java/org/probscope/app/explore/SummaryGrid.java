package org.probscope.app.explore;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.probscope.app.common.Controls;
import org.probscope.model.distribution.SummaryFigure;

/**
 * The summary figures as a compact grid of name and value pairs, two to four to a row, for windows
 * too narrow for the summary table beside the plots: every figure stays readable in full instead of
 * being cut to "13.9…". Each name's tooltip says what the figure is.
 */
final class SummaryGrid {

  /** About the room one name and value pair needs, in pixels. */
  private static final double PAIR_WIDTH = 205;

  private SummaryGrid() {}

  static GridPane create() {
    GridPane grid = new GridPane();
    grid.setId("summary-grid");
    grid.setHgap(8);
    grid.setVgap(2);
    grid.setPadding(new Insets(4, 8, 4, 8));
    return grid;
  }

  /** As many pairs to a row as fit in {@code width}, from two to four. */
  static int pairsPerRow(double width) {
    return (int) Math.max(2, Math.min(4, Math.floor(width / PAIR_WIDTH)));
  }

  /** Shows {@code figures}; {@code stale} dims them while newer ones are computed. */
  static void show(GridPane grid, List<SummaryFigure> figures, boolean stale, int pairs) {
    grid.getChildren().clear();
    grid.getColumnConstraints().clear();
    for (int i = 0; i < pairs; i++) {
      ColumnConstraints name = new ColumnConstraints();
      name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      ColumnConstraints value = new ColumnConstraints();
      value.setHgrow(Priority.SOMETIMES);
      grid.getColumnConstraints().addAll(name, value);
    }
    for (int i = 0; i < figures.size(); i++) {
      SummaryFigure f = figures.get(i);
      Label name = new Label(f.name());
      name.getStyleClass().add("text-muted");
      name.setTooltip(Controls.tooltip(f.explanation()));
      Label value = new Label(f.text(6));
      name.setMinWidth(Label.USE_PREF_SIZE);
      value.setMinWidth(Label.USE_PREF_SIZE);
      int column = 2 * (i % pairs);
      grid.add(name, column, i / pairs);
      grid.add(value, column + 1, i / pairs);
    }
    grid.setOpacity(stale ? 0.45 : 1);
  }
}
