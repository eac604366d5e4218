package org.probscope.app.data;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How files reach the {@link DataViewModel}: the File menu (Open…, Open Recent, Examples), a file
 * dropped on the window, and the import dialog each open request shows.
 */
public final class DataActions {

  private final DataViewModel vm;
  private final Supplier<Window> owner;
  private ImportDialog dialog;

  /**
   * @param owner the main window, asked for when a dialog opens
   */
  public DataActions(DataViewModel vm, Supplier<Window> owner) {
    this.vm = vm;
    this.owner = owner;
    vm.importRequestProperty().addListener((obs, old, now) -> showDialog(now));
  }

  /** The import dialog on screen, or null. */
  public ImportDialog dialog() {
    return dialog;
  }

  /** A label for the status bar that repeats the Data panel's last notice. */
  public Label statusNotice() {
    Label label = new Label();
    label.setId("status-data-notice");
    label.textProperty().bind(vm.noticeProperty());
    return label;
  }

  /** Open… (Ctrl+O), Open Recent and Examples, for the top of the File menu. */
  public List<MenuItem> fileMenuItems() {
    MenuItem open = new MenuItem("_Open…");
    open.setId("menu-open");
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(e -> chooseFile());
    Menu recent = new Menu("Open _Recent");
    recent.setId("menu-recent");
    recent.getItems().add(new MenuItem("(none)"));
    recent.setOnShowing(e -> fillRecent(recent));
    Menu examples = new Menu("_Examples");
    examples.setId("menu-examples");
    for (Examples.Example example : Examples.all()) {
      MenuItem item = new MenuItem(example.title());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> vm.openExample(example));
      examples.getItems().add(item);
    }
    return List.of(open, recent, examples);
  }

  /** Accepts files dragged onto {@code target} and opens the first one. */
  public void installDrop(Node target) {
    target.addEventHandler(
        DragEvent.DRAG_OVER,
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
          }
        });
    target.addEventHandler(
        DragEvent.DRAG_DROPPED,
        e -> {
          List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
          if (!files.isEmpty()) {
            vm.open(files.get(0).toPath());
          }
          e.setDropCompleted(!files.isEmpty());
          e.consume();
        });
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open data file");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "Delimited text (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt"),
            new FileChooser.ExtensionFilter("All files", "*"));
    if (!vm.recent().files().isEmpty()) {
      File folder = vm.recent().files().get(0).getParent().toFile();
      if (folder.isDirectory()) {
        chooser.setInitialDirectory(folder);
      }
    }
    File file = chooser.showOpenDialog(owner.get());
    if (file != null) {
      vm.open(file.toPath());
    }
  }

  private void fillRecent(Menu menu) {
    menu.getItems().clear();
    for (Path file : vm.recent().files()) {
      boolean missing = RecentFiles.isMissing(file);
      MenuItem item =
          new MenuItem(
              file.getFileName() + "  —  " + file.getParent() + (missing ? "  (missing)" : ""));
      item.setMnemonicParsing(false);
      item.setOnAction(e -> vm.openRecent(file));
      menu.getItems().add(item);
    }
    if (menu.getItems().isEmpty()) {
      MenuItem none = new MenuItem("(none)");
      none.setDisable(true);
      menu.getItems().add(none);
    }
  }

  private void showDialog(ImportViewModel request) {
    if (dialog != null) {
      ImportDialog old = dialog;
      dialog = null;
      old.close();
    }
    if (request != null) {
      dialog = new ImportDialog(request, owner.get());
      dialog.show();
    }
  }
}
