package org.probscope.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
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
import org.probscope.app.fit.FitView;
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
  private final PlotExport export;
  private CompareView compareView;
  private FitView fitView;

  MainWindow(Workspace workspace) {
    this.workspace = workspace;
    this.export = new PlotExport(workspace.runner(), () -> root.getScene().getWindow());
    this.explorerControls = new ExplorerControls(workspace.explorer());
    this.gofView =
        new GofView(workspace.gof(), workspace.runner(), workspace.themeProperty(), export);
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
    compareView =
        new CompareView(
            workspace.compare(),
            workspace.data().library(),
            workspace.themeProperty(),
            workspace.runner());
    Tab compare = new Tab("Compare", compareView.root());
    compare.setId("tab-compare");
    fitView =
        new FitView(
            workspace.fit(), workspace.fitPlots(), workspace.runner(), workspace.themeProperty());
    Tab fitting = new Tab("Fit", fitView.root());
    fitting.setId("tab-fit");
    tabs.getTabs().addAll(explore, fit, fitting, compare);
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
    status.getRightItems().addAll(exportNotice(), dataActions.statusNotice());
  }

  /** The outcome of the last plot export, styled as an error when it failed. */
  private Label exportNotice() {
    Label notice = new Label();
    notice.setId("status-export-notice");
    notice.textProperty().bind(export.noticeProperty());
    export
        .failedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                notice.getStyleClass().add("danger");
              } else {
                notice.getStyleClass().remove("danger");
              }
            });
    return notice;
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
    MenuItem exportItem = new MenuItem("_Export plot as PNG…");
    exportItem.setId("menu-export");
    exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
    exportItem.setOnAction(e -> exportShownPlot());
    Menu file = new Menu("_File");
    file.getItems().addAll(dataActions.fileMenuItems());
    file.getItems().addAll(new SeparatorMenuItem(), exportItem, new SeparatorMenuItem(), quit);

    MenuItem family = new MenuItem("Choose _family");
    family.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
    family.setOnAction(e -> explorerControls.focusFamily());
    MenuItem spec = new MenuItem("Edit _spec");
    spec.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
    spec.setOnAction(e -> explorerControls.focusSpec());
    MenuItem fit = new MenuItem("F_rame plots");
    fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
    fit.setOnAction(e -> frameShownPlots());
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
    alert.setHeaderText(aboutHeader());
    alert.setContentText(
        "Interactive exploration of probability distributions.\n"
            + "Distributions: Apache Commons Statistics. Licence: Apache-2.0.\n"
            + "Java "
            + Runtime.version()
            + ", JavaFX "
            + System.getProperty("javafx.runtime.version", "unknown"));
    alert.showAndWait();
  }

  /** Exports the main plot of the tab on screen: density, goodness of fit or comparison. */
  private void exportShownPlot() {
    String shown = tabs.getSelectionModel().getSelectedItem().getId();
    switch (shown) {
      case "tab-gof" -> export.export(gofView.plot(), "probscope-gof");
      case "tab-compare" -> export.export(compareView.plot(), "probscope-compare");
      case "tab-fit" -> export.export(fitView.plot(), "probscope-fit");
      default -> export.export(workspace.explorerPlots().densityPlot(), "probscope-density");
    }
  }

  /** Frames the plots of the tab on screen again (the Compare tab's plot is reset directly). */
  private void frameShownPlots() {
    String shown = tabs.getSelectionModel().getSelectedItem().getId();
    switch (shown) {
      case "tab-gof" -> workspace.gof().frame();
      case "tab-compare" -> compareView.plot().resetView();
      case "tab-fit" -> fitView.plot().resetView();
      default -> workspace.explorer().frame();
    }
  }

  /** Where plots are exported and how it went. */
  PlotExport export() {
    return export;
  }

  /** "ProbScope 0.1.0-SNAPSHOT": the version comes from the build. */
  static String aboutHeader() {
    return "ProbScope " + org.probscope.app.common.BuildVersion.version();
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
