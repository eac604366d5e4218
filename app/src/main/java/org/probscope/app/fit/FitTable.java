package org.probscope.app.fit;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import org.probscope.app.common.Controls;

/**
 * The ranking table: a "Plot" check box per row, then one column per {@link FitColumn}, each header
 * with a tooltip saying what it measures. Numeric columns sort by value (missing figures last), and
 * a "—" cell explains itself in its tooltip.
 */
final class FitTable {

  static final String EMPTY =
      "No fit yet. Choose the candidates and the method above, then press Fit (Alt+F).";

  private FitTable() {}

  static TableView<FitRow> create(ObservableList<FitRow> rows) {
    TableView<FitRow> table = new TableView<>();
    table.setId("fit-table");
    javafx.collections.transformation.SortedList<FitRow> sorted =
        new javafx.collections.transformation.SortedList<>(rows);
    // the column's order (either way) within the fitted rows; the failed ones always last
    sorted
        .comparatorProperty()
        .bind(
            javafx.beans.binding.Bindings.createObjectBinding(
                () -> failedLast(table.getComparator()), table.comparatorProperty()));
    table.setItems(sorted);
    // the default policy refuses a sorted list bound to anything but the table's own comparator
    table.setSortPolicy(t -> true);
    table.setEditable(true);
    table.setFixedCellSize(26);
    Label placeholder = new Label(EMPTY);
    placeholder.setWrapText(true);
    placeholder.setId("fit-table-empty");
    table.setPlaceholder(placeholder);
    table.getColumns().add(plotColumn());
    for (FitColumn c : FitColumn.values()) {
      table.getColumns().add(column(c));
    }
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setRowFactory(t -> new FailedRow());
    // a row's bootstrap arrives after the row: redraw its cells when it does
    rows.addListener(
        (javafx.collections.ListChangeListener<FitRow>)
            c -> {
              while (c.next()) {
                for (FitRow r : c.getAddedSubList()) {
                  r.bootstrapProperty().addListener(obs -> table.refresh());
                }
              }
            });
    return table;
  }

  private static TableColumn<FitRow, Boolean> plotColumn() {
    TableColumn<FitRow, Boolean> c = new TableColumn<>();
    c.setGraphic(
        header(
            "Plot",
            "Draw this fit over the data (at most six at once); Space toggles the focused row"));
    c.setId("fit-col-plot");
    c.setCellValueFactory(cell -> cell.getValue().overlaidProperty());
    c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
    c.setEditable(true);
    c.setSortable(false);
    c.setPrefWidth(68);
    c.setMinWidth(68);
    return c;
  }

  private static TableColumn<FitRow, FitRow> column(FitColumn fc) {
    TableColumn<FitRow, FitRow> c = new TableColumn<>();
    c.setGraphic(header(fc.header(), fc.tooltip()));
    c.setId("fit-col-" + fc.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    c.setUserData(fc);
    c.setEditable(false);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    c.setCellFactory(col -> new FigureCell(fc));
    c.setComparator(comparator(fc));
    c.setPrefWidth(width(fc));
    return c;
  }

  /** {@code byColumns} among the fitted rows, failed rows after them; null keeps the ranking. */
  static Comparator<FitRow> failedLast(Comparator<FitRow> byColumns) {
    return byColumns == null
        ? null
        : Comparator.comparing((FitRow r) -> !r.isOk()).thenComparing(byColumns);
  }

  private static Comparator<FitRow> comparator(FitColumn fc) {
    if (fc.numeric()) {
      // NaN (a missing figure) compares above every number, so it sorts last ascending
      return Comparator.comparingDouble(r -> r.number(fc));
    }
    return Comparator.comparing(r -> r.text(fc));
  }

  private static double width(FitColumn fc) {
    return switch (fc) {
      case RANK -> 40;
      case FAMILY -> 130;
      case PARAMETERS -> 340;
      case BOOT_INTERVALS -> 300;
      case BOOT_REFITS -> 190;
      case KS_P_BOOT, CVM_P_BOOT, AD_P_BOOT -> 120;
      case STATUS -> 150;
      case AKAIKE_WEIGHT -> 100;
      default -> 96;
    };
  }

  private static Label header(String text, String tooltip) {
    Label l = new Label(text);
    l.setTooltip(Controls.tooltip(tooltip));
    return l;
  }

  /** One figure; "—" with its reason as the tooltip, the status with the failure in full. */
  private static final class FigureCell extends TableCell<FitRow, FitRow> {
    private final FitColumn column;
    private final Tooltip tooltip = Controls.tooltip("");

    FigureCell(FitColumn column) {
      this.column = column;
      if (column.numeric()) {
        setAlignment(Pos.CENTER_RIGHT);
      }
    }

    @Override
    protected void updateItem(FitRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(row.text(column));
      String why =
          column == FitColumn.STATUS
              ? row.statusDetail()
              : column == FitColumn.PARAMETERS && row.isOk()
                  ? parametersDetail(row)
                  : BootstrapCells.isBootstrapColumn(column)
                      ? row.bootstrapDetail(column)
                      : FitRow.isPlainPValue(column)
                          ? row.pValueDetail(column)
                          : row.figureDetail(column);
      if (why.isEmpty()) {
        setTooltip(null);
      } else {
        tooltip.setText(why);
        setTooltip(tooltip);
      }
    }
  }

  /**
   * The cell's full text (the column often cuts it), the spec, and the bootstrap's percentile
   * intervals when there are some.
   */
  static String parametersDetail(FitRow row) {
    String full = row.text(FitColumn.PARAMETERS) + "\nSpec: " + row.result().spec();
    String intervals = row.text(FitColumn.BOOT_INTERVALS);
    return intervals.equals(FitRow.MISSING) || intervals.equals(BootstrapCells.PENDING)
        ? full
        : full + "\n95% bootstrap percentile intervals: " + intervals;
  }

  /**
   * A family that was not fitted is drawn muted; the first continuous fit after the discrete ones
   * has a rule above it.
   */
  private static final class FailedRow extends TableRow<FitRow> {
    @Override
    protected void updateItem(FitRow row, boolean empty) {
      super.updateItem(row, empty);
      boolean failed = !empty && row != null && !row.isOk();
      style("fit-failed", failed);
      // the rule between the two rankings, where the ranking's order is shown
      style(
          "fit-second-ranking",
          !empty
              && row != null
              && row.startsSecondRanking()
              && getTableView() != null
              && getTableView().getSortOrder().isEmpty());
    }

    private void style(String styleClass, boolean on) {
      if (on && !getStyleClass().contains(styleClass)) {
        getStyleClass().add(styleClass);
      } else if (!on) {
        getStyleClass().remove(styleClass);
      }
    }
  }
}
