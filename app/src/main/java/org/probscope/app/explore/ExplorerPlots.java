package org.probscope.app.explore;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.probscope.app.calc.CalculatorViewModel;
import org.probscope.app.common.Theme;
import org.probscope.app.sample.SampleViewModel;
import org.probscope.model.distribution.SummaryFigure;

/** The explorer's plots: density or mass with the sample's histogram, CDF, quantile function. */
public final class ExplorerPlots {

  private final BorderPane root = new BorderPane();
  private final TableView<SummaryFigure> summary;

  public ExplorerPlots(
      ExplorerViewModel explorer,
      CalculatorViewModel calculator,
      SampleViewModel sampler,
      ObservableValue<Theme> theme) {
    ObservableValue<List<SummaryFigure>> figures = explorer.summaryProperty();
    this.summary = SummaryTable.create(figures);
    Label title = new Label("Summary");
    title.getStyleClass().add("title-4");
    VBox side = new VBox(6, title, summary);
    side.setPadding(new Insets(8));
    side.setPrefWidth(240);
    VBox.setVgrow(summary, Priority.ALWAYS);
    root.setCenter(new StackPane(new Label("plots")));
    root.setRight(side);
  }

  public BorderPane root() {
    return root;
  }

  public TableView<SummaryFigure> summaryTable() {
    return summary;
  }
}
