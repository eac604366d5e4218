package org.probscope.app.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskHandle;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.csv.ColumnSelector;
import org.probscope.model.csv.CsvDetector;
import org.probscope.model.csv.CsvEncoding;
import org.probscope.model.csv.CsvFormat;
import org.probscope.model.csv.CsvInspection;
import org.probscope.model.csv.CsvPreview;
import org.probscope.model.csv.Delimiter;
import org.probscope.model.csv.SkipReason;

/**
 * The import dialog for one file: the detected settings (editable; every change re-reads the
 * preview), the preview, the chosen columns, and the load with progress and cancel. A load that
 * fails or is cancelled changes nothing outside the dialog; a load that succeeds hands its samples
 * to {@code onLoaded} and closes the dialog.
 */
public final class ImportViewModel {

  private final TaskRunner runner;
  private final Path file;
  private final long fileSize;
  private final Consumer<ColumnLoad.Loaded> onLoaded;
  private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>();
  private final ObjectProperty<Character> decimalSeparator = new SimpleObjectProperty<>();
  private final BooleanProperty header = new SimpleBooleanProperty();
  private final ObjectProperty<CsvEncoding> encoding = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<CsvPreview> preview = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Integer> selected = FXCollections.observableArrayList();
  private final ObservableList<Integer> readOnlySelected =
      FXCollections.unmodifiableObservableList(selected);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
  private final LatestOnly<CsvInspection> previews;
  private TaskHandle load;

  /**
   * @param inspection what detection found in {@code file} (its format becomes the settings)
   * @param fileSize the file's size in bytes, for the progress text
   * @param onLoaded receives the loaded samples on the FX thread
   */
  public ImportViewModel(
      TaskRunner runner,
      Path file,
      long fileSize,
      CsvInspection inspection,
      Consumer<ColumnLoad.Loaded> onLoaded) {
    this.runner = runner;
    this.file = file;
    this.fileSize = fileSize;
    this.onLoaded = onLoaded;
    this.previews = new LatestOnly<>(runner, this::showPreview, this::previewFailed);
    CsvFormat format = inspection.format();
    delimiter.set(format.delimiter());
    decimalSeparator.set(format.decimalSeparator());
    header.set(format.header());
    encoding.set(format.encoding());
    showPreview(inspection);
    delimiter.addListener(obs -> requestPreview());
    decimalSeparator.addListener(obs -> requestPreview());
    header.addListener(obs -> requestPreview());
    encoding.addListener(obs -> requestPreview());
  }

  public Path file() {
    return file;
  }

  public long fileSize() {
    return fileSize;
  }

  public ObjectProperty<Delimiter> delimiterProperty() {
    return delimiter;
  }

  /** '.' or ','. */
  public ObjectProperty<Character> decimalSeparatorProperty() {
    return decimalSeparator;
  }

  public BooleanProperty headerProperty() {
    return header;
  }

  public ObjectProperty<CsvEncoding> encodingProperty() {
    return encoding;
  }

  /** The settings as a format. */
  public CsvFormat format() {
    return new CsvFormat(delimiter.get(), decimalSeparator.get(), header.get(), encoding.get());
  }

  /** The first rows under the current settings. */
  public ReadOnlyObjectProperty<CsvPreview> previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** The chosen columns as 1-based positions, in the order chosen; unmodifiable. */
  public ObservableList<Integer> selectedColumns() {
    return readOnlySelected;
  }

  /** Why the preview or the last load failed, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /**
   * What looks wrong with the settings in the preview though the file can be read (rows wider than
   * the header, a comma as both delimiter and decimal separator), or empty.
   */
  public ReadOnlyStringProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Bytes read of the file's size, in [0, 1]. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** True once the dialog should close: loaded, or dismissed. */
  public ReadOnlyBooleanProperty closedProperty() {
    return closed.getReadOnlyProperty();
  }

  /** Chooses {@code position} as the only column. */
  public void selectOnly(int position) {
    if (isColumn(position)) {
      selected.setAll(position);
      error.set("");
    }
  }

  /** Adds {@code position} to the chosen columns, or removes it. */
  public void toggle(int position) {
    if (selected.contains(position)) {
      selected.remove(Integer.valueOf(position));
    } else if (isColumn(position)) {
      selected.add(position);
      error.set("");
    }
  }

  public boolean isSelected(int position) {
    return selected.contains(position);
  }

  /**
   * Why the preview cell in data row {@code row} (0-based) and column {@code position} (1-based)
   * will be skipped, or empty when it will be kept.
   */
  public Optional<SkipReason> skipReason(int row, int position) {
    CsvPreview p = preview.get();
    if (p == null || row < 0 || row >= p.rows().size()) {
      return Optional.empty();
    }
    List<String> cells = p.rows().get(row);
    if (position > cells.size()) {
      return Optional.of(SkipReason.MISSING);
    }
    return PreviewCells.skipReason(cells.get(position - 1), decimalSeparator.get());
  }

  /** Reads the chosen columns in the background. */
  public void load() {
    if (loading.get()) {
      return;
    }
    if (selected.isEmpty()) {
      error.set("Choose at least one column to load.");
      return;
    }
    CsvFormat format = format();
    Optional<String> conflict = format.conflict();
    if (conflict.isPresent()) {
      error.set("Cannot load: " + conflict.get() + ".");
      return;
    }
    List<ColumnSelector> columns = new ArrayList<>();
    selected.forEach(position -> columns.add(ColumnSelector.position(position)));
    error.set("");
    progress.set(0);
    loading.set(true);
    TaskHandle handle =
        runner.submit(
            ctx -> ColumnLoad.read(file, format, columns, ctx),
            this::loadFinished,
            this::loadFailed);
    if (loading.get()) { // a same-thread runner has finished already
      load = handle;
      progress.bind(handle.progressProperty().map(p -> Math.max(0, p.doubleValue())));
    }
  }

  /** Stops a running load (the window keeps its data), or else dismisses the dialog. */
  public void cancel() {
    if (loading.get()) {
      load.cancel();
      endLoad();
      error.set("Load cancelled; nothing was changed.");
    } else {
      previews.cancel();
      closed.set(true);
    }
  }

  /** Closes the dialog, stopping a running load first. */
  public void dismiss() {
    if (loading.get()) {
      load.cancel();
      endLoad();
    }
    previews.cancel();
    closed.set(true);
  }

  private void loadFinished(ColumnLoad.Outcome outcome) {
    endLoad();
    if (outcome instanceof ColumnLoad.Loaded loaded) {
      closed.set(true);
      onLoaded.accept(loaded);
    } else if (outcome instanceof ColumnLoad.Refused refused) {
      error.set(refused.message());
    }
  }

  private void loadFailed(Throwable failure) {
    endLoad();
    error.set("Could not load " + file.getFileName() + ": " + FailureText.of(failure));
  }

  private void endLoad() {
    load = null;
    progress.unbind();
    loading.set(false);
  }

  private void requestPreview() {
    CsvFormat format = format();
    previews.request(ctx -> CsvDetector.preview(file, format));
  }

  private void showPreview(CsvInspection inspection) {
    preview.set(inspection.preview());
    error.set(inspection.problem().map(p -> p.message()).orElse(""));
    warning.set(String.join("\n", inspection.warnings()));
    int columns = inspection.preview().columnNames().size();
    selected.removeIf(position -> position > columns);
    if (selected.isEmpty() && columns > 0) {
      selected.add(inspection.preview().suggestedColumn());
    }
  }

  private void previewFailed(Throwable failure) {
    error.set("Could not preview " + file.getFileName() + ": " + FailureText.of(failure));
  }

  private boolean isColumn(int position) {
    CsvPreview p = preview.get();
    return p != null && position >= 1 && position <= p.columnNames().size();
  }
}
