package org.probscope.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probscope.app.common.HeldTaskRunner;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.sample.SampleViewModel;
import org.probscope.model.csv.Delimiter;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;

/** Opening and loading files through the view models, without a toolkit. */
class DataViewModelTest {

  @TempDir Path dir;

  private final MemoryStore store = new MemoryStore(List.of());
  private SampleViewModel sampler;
  private DataViewModel data;

  private void startWith(TaskRunner runner) {
    Distribution normal = DistributionSpec.parse("normal(mean=0, sd=1)").orElseThrow();
    sampler = new SampleViewModel(runner, new SimpleObjectProperty<>(normal));
    data = new DataViewModel(runner, new SampleLibraryViewModel(sampler), new RecentFiles(store));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Lines: 1 header, 2-6 data; y is skipped on line 3 (text) and line 5 (NA). */
  private Path measurements() throws IOException {
    return write("measurements.csv", "x,y\n1,10\n2,abc\n3,30\n4,NA\n5,50\n");
  }

  @Test
  void loadingChosenColumnsAddsThemAsNamedSamplesWithTheirReport() throws IOException {
    startWith(new SameThreadTaskRunner());
    Path file = measurements();
    data.open(file);
    ImportViewModel dialog = data.importRequestProperty().get();
    assertThat(dialog.previewProperty().get().columnNames()).containsExactly("x", "y");
    assertThat(dialog.format().delimiter()).isEqualTo(Delimiter.COMMA);
    assertThat(dialog.format().header()).isTrue();

    dialog.selectOnly(2);
    dialog.toggle(1);
    dialog.load();

    SampleLibraryViewModel library = data.library();
    assertThat(library.samples())
        .extracting(NamedSample::name)
        .containsExactly("measurements.csv: y", "measurements.csv: x");
    assertThat(library.activeProperty().get().name()).isEqualTo("measurements.csv: y");
    assertThat(sampler.currentSample().sortedValues()).containsExactly(10, 30, 50);
    assertThat(dialog.closedProperty().get()).isTrue();
    assertThat(data.importRequestProperty().get()).isNull();
    String report = data.reportShownProperty().get().report().orElseThrow().text();
    assertThat(report)
        .contains("Column 'y' (position 2): 3 kept, 2 skipped")
        .contains("1 NA")
        .contains("1 text")
        .contains("line 3 (text): 2,abc")
        .contains("line 5 (NA): 4,NA");
    assertThat(data.recent().files()).containsExactly(file.toAbsolutePath().normalize());
  }

  @Test
  void thePreviewMarksTheCellsTheReaderSkips() throws IOException {
    startWith(new SameThreadTaskRunner());
    data.open(measurements());
    ImportViewModel dialog = data.importRequestProperty().get();
    assertThat(dialog.skipReason(0, 2)).isEmpty();
    assertThat(dialog.skipReason(1, 2)).hasValue(org.probscope.model.csv.SkipReason.TEXT);
    assertThat(dialog.skipReason(3, 2)).hasValue(org.probscope.model.csv.SkipReason.NA);
  }

  @Test
  void changingASettingReReadsThePreview() throws IOException {
    startWith(new SameThreadTaskRunner());
    data.open(write("semi.csv", "a;b\n1,5;2\n3;4\n"));
    ImportViewModel dialog = data.importRequestProperty().get();
    dialog.delimiterProperty().set(Delimiter.COMMA);
    assertThat(dialog.previewProperty().get().columnNames()).containsExactly("a;b");
    dialog.delimiterProperty().set(Delimiter.SEMICOLON);
    dialog.headerProperty().set(false);
    assertThat(dialog.previewProperty().get().columnNames())
        .containsExactly("Column 1", "Column 2");
    assertThat(dialog.previewProperty().get().rows()).hasSize(3);
  }

  @Test
  void cancellingALoadKeepsTheDataAlreadyLoaded() throws IOException {
    HeldTaskRunner runner = new HeldTaskRunner();
    startWith(runner);
    data.open(measurements());
    runner.releaseAll();
    data.importRequestProperty().get().load();
    runner.releaseAll();
    NamedSample before = data.library().activeProperty().get();

    data.open(write("other.csv", "v\n7\n8\n9\n"));
    runner.releaseAll();
    ImportViewModel dialog = data.importRequestProperty().get();
    dialog.load();
    assertThat(dialog.loadingProperty().get()).isTrue();
    dialog.cancel();
    runner.releaseAll();

    assertThat(dialog.loadingProperty().get()).isFalse();
    assertThat(dialog.errorProperty().get()).contains("cancelled");
    assertThat(data.library().samples()).containsExactly(before);
    assertThat(data.library().activeProperty().get()).isEqualTo(before);
    assertThat(sampler.sampleProperty().get()).isSameAs(before.snapshot());
  }

  @Test
  void progressRunsFromNothingToTheWholeFile() throws IOException {
    HeldTaskRunner runner = new HeldTaskRunner();
    startWith(runner);
    Path file = measurements();
    data.open(file);
    runner.releaseAll();
    ImportViewModel dialog = data.importRequestProperty().get();
    assertThat(dialog.fileSize()).isEqualTo(Files.size(file));
    dialog.load();
    assertThat(dialog.progressProperty().get()).isZero();
    runner.releaseAll();
    assertThat(dialog.progressProperty().get()).isEqualTo(1.0);
    assertThat(dialog.loadingProperty().get()).isFalse();
  }

  @Test
  void aColumnWithoutNumbersIsRefusedInTheDialogAndChangesNothing() throws IOException {
    startWith(new SameThreadTaskRunner());
    data.open(write("words.csv", "name,value\nalpha,1\nbeta,2\n"));
    ImportViewModel dialog = data.importRequestProperty().get();
    dialog.selectOnly(1);
    dialog.load();
    assertThat(dialog.errorProperty().get())
        .isEqualTo("no numeric values in column 'name' (2 rows: 2 text)");
    assertThat(dialog.closedProperty().get()).isFalse();
    assertThat(data.library().samples()).isEmpty();
  }

  @Test
  void aHeaderOnlyFileIsRefusedInTheDialog() throws IOException {
    startWith(new SameThreadTaskRunner());
    data.open(write("header.csv", "x,y\n"));
    ImportViewModel dialog = data.importRequestProperty().get();
    assertThat(dialog.previewProperty().get().rows()).isEmpty();
    dialog.load();
    assertThat(dialog.errorProperty().get())
        .isEqualTo("header.csv: only a header row (x, y), no data rows");
    assertThat(data.library().samples()).isEmpty();
  }

  @Test
  void emptyBinaryAndMissingFilesGiveANoticeAndNoDialog() throws IOException {
    startWith(new SameThreadTaskRunner());
    data.open(write("empty.csv", ""));
    assertThat(data.noticeProperty().get()).isEqualTo("empty.csv: the file is empty (no rows)");
    assertThat(data.importRequestProperty().get()).isNull();

    Path binary = dir.resolve("image.bin");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 9});
    data.open(binary);
    assertThat(data.noticeProperty().get())
        .isEqualTo(
            "image.bin is not a text file (it starts with bytes 00 01 02 03 FF 00 00 07);"
                + " choose a CSV file");
    assertThat(data.importRequestProperty().get()).isNull();

    data.open(dir.resolve("gone.csv"));
    assertThat(data.noticeProperty().get()).startsWith("File not found: ");
    data.open(dir);
    assertThat(data.noticeProperty().get()).contains("is a folder");
    assertThat(data.library().samples()).isEmpty();
  }

  @Test
  void aMissingRecentFileIsRemovedWithAMessage() throws IOException {
    startWith(new SameThreadTaskRunner());
    Path file = measurements();
    data.open(file);
    data.importRequestProperty().get().load();
    Path gone = write("gone.csv", "x\n1\n");
    data.open(gone);
    data.importRequestProperty().get().load();
    assertThat(data.recent().files()).hasSize(2);
    Files.delete(gone);

    data.openRecent(gone);

    assertThat(data.noticeProperty().get())
        .isEqualTo("File not found: " + gone + " (removed from the recent files)");
    assertThat(data.recent().files()).containsExactly(file.toAbsolutePath().normalize());
    assertThat(store.saved()).containsExactly(file.toAbsolutePath().normalize().toString());
  }

  @Test
  void theCommandLineOpensTheFirstFileArgument() throws IOException {
    startWith(new SameThreadTaskRunner());
    Path file = measurements();
    data.openFromCommandLine(List.of("--verbose", file.toString()));
    assertThat(data.importRequestProperty().get().file()).isEqualTo(file);
  }

  @Test
  void everyExampleIsPackagedAndLoads() {
    startWith(new SameThreadTaskRunner());
    for (Examples.Example example : Examples.all()) {
      data.openExample(example);
      ImportViewModel dialog = data.importRequestProperty().get();
      assertThat(dialog).as(example.fileName() + ": " + data.noticeProperty().get()).isNotNull();
      dialog.load();
      assertThat(dialog.errorProperty().get()).as(example.fileName()).isEmpty();
    }
    assertThat(data.library().samples()).hasSize(Examples.all().size());
    assertThat(data.recent().files()).as("temporary copies are not recent files").isEmpty();
  }
}
