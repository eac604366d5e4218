package org.probscope.app.gof;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.probscope.app.common.Controls;

/** The metric table: one row per statistic, the formula and its sensitivity as the row tooltip. */
final class MetricTable {

  private MetricTable() {}

  static TableView<MetricRow> create(ObservableList<MetricRow> rows) {
    TableView<MetricRow> table = new TableView<>(rows);
    table.setId("metric-table");
    table.getStyleClass().add("metric-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(26);
    table.setPrefHeight(26 * 8 + 6);
    table.setPlaceholder(new javafx.scene.control.Label("No sample yet"));
    table.getColumns().add(column("Metric", MetricRow::name, 220, 110));
    table.getColumns().add(column("Statistic", MetricRow::statistic, 90, 84));
    table.getColumns().add(column("p-value", MetricRow::pValue, 90, 84));
    table.getColumns().add(column("Critical value at α", MetricRow::criticalValue, 120, 84));
    table.getColumns().add(column("Decision at α", MetricRow::decision, 120, 108));
    table.setRowFactory(t -> new ExplainedRow());
    return table;
  }

  private static TableColumn<MetricRow, String> column(
      String title, Function<MetricRow, String> value, double width, double minWidth) {
    TableColumn<MetricRow, String> c = new TableColumn<>(title);
    // figures are never cut short; on a narrow window the names and headers give way first
    c.setMinWidth(minWidth);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setSortable(false);
    c.setPrefWidth(width);
    return c;
  }

  /** Reuses one tooltip per row: a new Tooltip per update re-styles the row on every drag. */
  private static final class ExplainedRow extends TableRow<MetricRow> {
    private final Tooltip tooltip = Controls.tooltip("");

    @Override
    protected void updateItem(MetricRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setTooltip(null);
      } else {
        tooltip.setText(row.explanation());
        if (getTooltip() != tooltip) {
          setTooltip(tooltip);
        }
      }
      boolean reject = !empty && row != null && row.rejects();
      if (reject != getStyleClass().contains("reject")) {
        if (reject) {
          getStyleClass().add("reject");
        } else {
          getStyleClass().remove("reject");
        }
      }
    }
  }
}
