package org.probscope.app.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.csv.CsvDetector;
import org.probscope.model.csv.CsvInspection;

/**
 * Opening data files, from the menu, a drop, the command line, the recent files or the examples: a
 * readable file becomes an import request (the dialog), anything else a notice; a finished load
 * adds its samples to the library and keeps its report one click away.
 */
public final class DataViewModel {

  private final TaskRunner runner;
  private final SampleLibraryViewModel library;
  private final RecentFiles recent;
  private final ReadOnlyObjectWrapper<ImportViewModel> importRequest =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<NamedSample> reportShown = new ReadOnlyObjectWrapper<>();
  private Path examplesFolder;

  public DataViewModel(TaskRunner runner, SampleLibraryViewModel library, RecentFiles recent) {
    this.runner = runner;
    this.library = library;
    this.recent = recent;
  }

  public SampleLibraryViewModel library() {
    return library;
  }

  public RecentFiles recent() {
    return recent;
  }

  /** The file being imported (the dialog to show), or null. */
  public ReadOnlyObjectProperty<ImportViewModel> importRequestProperty() {
    return importRequest.getReadOnlyProperty();
  }

  /** The last message for the user about opening or loading, or empty. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** The sample whose load report is on display, or null. */
  public ReadOnlyObjectProperty<NamedSample> reportShownProperty() {
    return reportShown.getReadOnlyProperty();
  }

  public void showReport(NamedSample sample) {
    reportShown.set(sample);
  }

  /** Inspects {@code file} in the background, then asks for the import dialog. */
  public void open(Path file) {
    if (Files.isDirectory(file)) {
      notice.set(file.getFileName() + " is a folder; choose a CSV or text file.");
      return;
    }
    if (!Files.exists(file)) {
      boolean wasRecent = recent.files().contains(file.toAbsolutePath().normalize());
      recent.remove(file);
      notice.set("File not found: " + file + (wasRecent ? " (removed from the recent files)" : ""));
      return;
    }
    notice.set("");
    runner.submit(
        ctx -> new Inspected(CsvDetector.inspect(file), Files.size(file)),
        inspected -> inspected(file, inspected),
        failure ->
            notice.set("Cannot open " + file.getFileName() + ": " + FailureText.of(failure)));
  }

  /** Opens a recent file, or removes it with a message when it has gone. */
  public void openRecent(Path file) {
    open(file);
  }

  /** Opens the first argument that is not an option, as {@code probscope FILE.csv} asks. */
  public void openFromCommandLine(List<String> arguments) {
    arguments.stream()
        .filter(a -> !a.startsWith("-"))
        .findFirst()
        .ifPresent(
            a -> {
              try {
                open(Path.of(a));
              } catch (InvalidPathException e) {
                notice.set("Not a file name: " + a);
              }
            });
  }

  /** Copies the example out of the application and opens it. */
  public void openExample(Examples.Example example) {
    runner.submit(
        ctx -> {
          Path copy = Examples.extract(example, examplesFolder());
          copy.toFile().deleteOnExit();
          return copy;
        },
        this::open,
        failure -> notice.set("Cannot open the example: " + FailureText.of(failure)));
  }

  private synchronized Path examplesFolder() throws IOException {
    if (examplesFolder == null) {
      examplesFolder = Files.createTempDirectory("probscope-examples");
      examplesFolder.toFile().deleteOnExit();
    }
    return examplesFolder;
  }

  private void inspected(Path file, Inspected inspected) {
    CsvInspection inspection = inspected.inspection();
    if (inspection.problem().isPresent()) {
      notice.set(withFileName(file, inspection.problem().get().message()));
      return;
    }
    ImportViewModel previous = importRequest.get();
    if (previous != null) {
      previous.dismiss();
    }
    ImportViewModel request =
        new ImportViewModel(runner, file, inspected.size(), inspection, this::loaded);
    request
        .closedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now && importRequest.get() == request) {
                importRequest.set(null);
              }
            });
    importRequest.set(request);
  }

  private void loaded(ColumnLoad.Loaded loaded) {
    List<NamedSample> added = library.addAndActivate(loaded.samples());
    if (!isExampleCopy(loaded.file())) { // the copies are deleted on exit: not worth recalling
      recent.add(loaded.file());
    }
    reportShown.set(added.get(0));
    long skipped = loaded.report().columns().stream().mapToLong(c -> c.skippedTotal()).sum();
    notice.set(
        "Loaded "
            + added.size()
            + (added.size() == 1 ? " column" : " columns")
            + " from "
            + loaded.file().getFileName()
            + (skipped == 0 ? "." : "; " + skipped + " cells skipped (see the report)."));
  }

  private synchronized boolean isExampleCopy(Path file) {
    return examplesFolder != null && file.startsWith(examplesFolder);
  }

  /** The message, naming the file first unless it already does. */
  static String withFileName(Path file, String message) {
    String name = String.valueOf(file.getFileName());
    return message.startsWith(name) ? message : name + ": " + message;
  }

  private record Inspected(CsvInspection inspection, long size) {}
}
