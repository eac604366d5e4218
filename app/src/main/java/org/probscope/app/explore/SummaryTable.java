package org.probscope.app.explore;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.probscope.app.common.Controls;
import org.probscope.app.common.ListUpdates;
import org.probscope.model.distribution.SummaryFigure;

/** The table of summary figures; each row's tooltip says what the figure is. */
final class SummaryTable {

  private SummaryTable() {}

  /** The table with its first figures; the caller updates it with {@link #show}. */
  static TableView<SummaryFigure> create(java.util.List<SummaryFigure> figures) {
    TableView<SummaryFigure> table = new TableView<>();
    table.setId("summary-table");
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setFixedCellSize(26);
    table.setPrefHeight(26 * 11 + 4);
    TableColumn<SummaryFigure, String> name = new TableColumn<>("Figure");
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    name.setSortable(false);
    TableColumn<SummaryFigure, String> value = new TableColumn<>("Value");
    value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text(6)));
    value.setSortable(false);
    // six significant digits with an exponent ("-6.91776e+300") must show whole; the names give
    // way first (each has its explanation as a tooltip) and every value has its full one
    value.setMinWidth(VALUE_MIN_WIDTH);
    name.setMinWidth(0);
    // the names take what the values leave (less the border and a vertical scroll bar's room)
    name.prefWidthProperty()
        .bind(
            javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(60, table.getWidth() - value.getWidth() - 18),
                table.widthProperty(),
                value.widthProperty()));
    value.setCellFactory(col -> new ValueCell());
    name.setCellFactory(col -> new ExplainedCell());
    table.getColumns().add(name);
    table.getColumns().add(value);
    table.setItems(FXCollections.observableArrayList(figures));
    fitValues(table, figures);
    return table;
  }

  /**
   * Shows new figures, replacing only the rows that changed; {@code stale} marks them as belonging
   * to an earlier distribution while the newest ones are computed.
   */
  static void show(
      TableView<SummaryFigure> table, java.util.List<SummaryFigure> figures, boolean stale) {
    ListUpdates.replaceChanged(table.getItems(), figures);
    fitValues(table, figures);
    table.pseudoClassStateChanged(STALE, stale);
  }

  private static final javafx.css.PseudoClass STALE =
      javafx.css.PseudoClass.getPseudoClass("stale");

  /** Wide enough for the longest six-digit figure, "-6.91776e-300", in the table's font. */
  static final double VALUE_MIN_WIDTH = 136;

  /** Room for short values ("0", "2.5") that still leaves the names most of the width. */
  private static final double VALUE_NARROWEST = 70;

  /** Cell padding and a margin for the table font being larger than the default one. */
  private static final double VALUE_PADDING = 24;

  /**
   * Gives the value column the width of its widest figure, so that "-6.91776e-300" shows whole and
   * "Std. deviation" is not cut for values that do not need the room.
   */
  private static void fitValues(
      TableView<SummaryFigure> table, java.util.List<SummaryFigure> figures) {
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    double widest = 0;
    for (SummaryFigure f : figures) {
      probe.setText(f.text(6));
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    double wanted =
        Math.min(VALUE_MIN_WIDTH, Math.max(VALUE_NARROWEST, widest * 1.1 + VALUE_PADDING));
    TableColumn<SummaryFigure, ?> value = table.getColumns().get(1);
    if (value.getMinWidth() != wanted) {
      // fixed: under the all-columns policy the names take whatever width is left
      value.setMinWidth(wanted);
      value.setMaxWidth(wanted);
      value.setPrefWidth(wanted);
    }
  }

  /** The figure as shown, with the full-precision value as its tooltip. */
  private static final class ValueCell extends TableCell<SummaryFigure, String> {
    private final Tooltip tooltip = Controls.tooltip("");

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      SummaryFigure row = empty || getTableRow() == null ? null : getTableRow().getItem();
      if (row == null) {
        setTooltip(null);
      } else {
        tooltip.setText(row.text(17));
        if (getTooltip() != tooltip) {
          setTooltip(tooltip);
        }
      }
    }
  }

  /** Reuses one tooltip per cell: a new Tooltip per update re-styles the cell on every drag. */
  private static final class ExplainedCell extends TableCell<SummaryFigure, String> {
    private final Tooltip tooltip = Controls.tooltip("");

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      SummaryFigure row = empty || getTableRow() == null ? null : getTableRow().getItem();
      if (row == null) {
        setTooltip(null);
      } else {
        tooltip.setText(row.explanation());
        if (getTooltip() != tooltip) {
          setTooltip(tooltip);
        }
      }
    }
  }
}
