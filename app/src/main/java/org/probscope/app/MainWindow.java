package org.probscope.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.probscope.app.calc.CalculatorView;
import org.probscope.app.calc.CalculatorViewModel;
import org.probscope.app.common.PlotExport;
import org.probscope.app.common.Theme;
import org.probscope.app.compare.CompareView;
import org.probscope.app.data.DataActions;
import org.probscope.app.data.DataPanel;
import org.probscope.app.explore.ExplorerControls;
import org.probscope.app.explore.ExplorerViewModel;
import org.probscope.app.gof.GofView;
import org.probscope.app.sample.SamplePanel;
import org.probscope.app.sample.SampleViewModel;

/** The main window's layout: menu bar, controls on the left, plots on the right, status bar. */
public final class MainWindow {

  private final Workspace workspace;
  private final BorderPane root = new BorderPane();
  private final StatusBar status = new StatusBar();
  private final CheckMenuItem dark = new CheckMenuItem("_Dark theme");
  private final ExplorerControls explorerControls;
  private final TabPane tabs = new TabPane();
  private final GofView gofView;
  private final DataActions dataActions;

  MainWindow(Workspace workspace) {
    this.workspace = workspace;
    this.explorerControls = new ExplorerControls(workspace.explorer());
    this.gofView = new GofView(workspace.gof(), workspace.runner(), workspace.themeProperty());
    this.dataActions = new DataActions(workspace.data(), () -> root.getScene().getWindow());
    createView();
    initListeners();
  }

  public BorderPane root() {
    return root;
  }

  private void createView() {
    root.getStylesheets().add(MainWindow.class.getResource("probscope.css").toExternalForm());
    root.setTop(menuBar());
    VBox left =
        new VBox(
            explorerControls.root(),
            titled("Calculator", new CalculatorView(workspace.calculator()).root(), true),
            titled("Sample", new SamplePanel(workspace.sampler()).root(), true),
            titled("Data", new DataPanel(workspace.data()).root(), true));
    ScrollPane scroll = new ScrollPane(left);
    scroll.setFitToWidth(true);
    scroll.setMinWidth(330);
    scroll.setPrefWidth(360);
    Tab explore = new Tab("Explore", workspace.explorerPlots().root());
    explore.setId("tab-explore");
    Tab fit = new Tab("Goodness of fit", gofView.root());
    fit.setId("tab-gof");
    Tab compare =
        new Tab(
            "Compare",
            new CompareView(
                    workspace.compare(), workspace.data().library(), workspace.themeProperty())
                .root());
    compare.setId("tab-compare");
    tabs.getTabs().addAll(explore, fit, compare);
    workspace.explorerPlots().showWhen(explore.selectedProperty());
    workspace.gof().activeProperty().bind(fit.selectedProperty());
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("main-tabs");
    SplitPane split = new SplitPane(scroll, tabs);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.28);
    SplitPane.setResizableWithParent(scroll, false);
    root.setCenter(split);
    status.setText("");
    root.setBottom(status);
    dataActions.installDrop(root);
    status.getRightItems().add(dataActions.statusNotice());
  }

  private static TitledPane titled(String title, Node content, boolean expanded) {
    TitledPane pane = new TitledPane(title, content);
    pane.setExpanded(expanded);
    pane.setAnimated(false);
    return pane;
  }

  private MenuBar menuBar() {
    MenuItem quit = new MenuItem("_Quit");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(e -> root.getScene().getWindow().hide());
    MenuItem export = new MenuItem("_Export density plot as PNG…");
    export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
    export.setOnAction(
        e ->
            PlotExport.savePng(
                workspace.explorerPlots().densityPlot(),
                root.getScene().getWindow(),
                workspace.runner(),
                "probscope-density",
                status::setText));
    Menu file = new Menu("_File");
    file.getItems().addAll(dataActions.fileMenuItems());
    file.getItems().addAll(new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

    MenuItem family = new MenuItem("Choose _family");
    family.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
    family.setOnAction(e -> explorerControls.focusFamily());
    MenuItem spec = new MenuItem("Edit _spec");
    spec.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
    spec.setOnAction(e -> explorerControls.focusSpec());
    MenuItem fit = new MenuItem("_Fit view");
    fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
    fit.setOnAction(e -> workspace.explorer().fitView());
    dark.setSelected(workspace.theme().isDark());
    dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
    Menu view = new Menu("_View", null, family, spec, fit, new SeparatorMenuItem(), dark);

    MenuItem about = new MenuItem("_About ProbScope");
    about.setOnAction(e -> showAbout());
    Menu help = new Menu("_Help", null, about);
    MenuBar bar = new MenuBar(file, view, help);
    bar.setId("menu-bar");
    return bar;
  }

  private void initListeners() {
    dark.selectedProperty()
        .addListener((obs, was, now) -> workspace.setTheme(now ? Theme.DARK : Theme.LIGHT));
    ExplorerViewModel explorer = workspace.explorer();
    status.setText(explorer.spec());
    explorer.distributionProperty().addListener((obs, old, now) -> status.setText(now.spec()));
  }

  private void showAbout() {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(root.getScene().getWindow());
    alert.setTitle("About ProbScope");
    alert.setHeaderText("ProbScope");
    alert.setContentText(
        "Interactive exploration of probability distributions.\n"
            + "Distributions: Apache Commons Statistics. Licence: Apache-2.0.");
    alert.showAndWait();
  }

  /** Opens the data file named on the command line, if any. */
  void openFromCommandLine(java.util.List<String> arguments) {
    workspace.data().openFromCommandLine(arguments);
  }

  DataActions dataActions() {
    return dataActions;
  }

  /** Shows the tab with the given id, for example {@code tab-gof}. */
  void selectTab(String id) {
    tabs.getTabs().stream()
        .filter(t -> id.equals(t.getId()))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
  }

  CalculatorViewModel calculator() {
    return workspace.calculator();
  }

  SampleViewModel sampler() {
    return workspace.sampler();
  }
}
