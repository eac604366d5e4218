package org.probscope.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.sample.SampleViewModel;
import org.probscope.model.csv.Delimiter;
import org.probscope.model.distribution.DistributionSpec;

/** Issue 7 items 17 and 18 in the window: the import dialog's format checks and FIFOs. */
class ImportTrustTest {

  @TempDir Path dir;

  private DataViewModel data;

  private DataViewModel start() {
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    SampleViewModel sampler =
        new SampleViewModel(
            runner, new SimpleObjectProperty<>(DistributionSpec.parse("normal").orElseThrow()));
    data =
        new DataViewModel(
            runner,
            new SampleLibraryViewModel(sampler),
            new RecentFiles(new MemoryStore(List.of())));
    return data;
  }

  @Test
  void commaAsBothDelimiterAndDecimalSeparatorIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("semi.csv"), "x;y\n1,5;2\n2,5;3\n");
    start().open(file);
    ImportViewModel dialog = data.importRequestProperty().get();

    dialog.delimiterProperty().set(Delimiter.COMMA);
    dialog.decimalSeparatorProperty().set(',');
    dialog.selectOnly(1);
    dialog.load();

    assertThat(dialog.warningProperty().get()).contains("both the delimiter and the decimal");
    assertThat(dialog.errorProperty().get())
        .startsWith("Cannot load: the comma cannot be both the delimiter");
    assertThat(dialog.closedProperty().get()).isFalse();
    assertThat(data.library().samples()).isEmpty();
  }

  @Test
  void rowsWiderThanTheHeaderAreWarnedAboutInTheDialog() throws IOException {
    Path file = Files.writeString(dir.resolve("w.csv"), "a,b\n" + "1,2,3\n".repeat(20) + "4,5\n");
    start().open(file);

    assertThat(data.importRequestProperty().get().warningProperty().get())
        .contains("more cells (up to 3) than the header has names (2)");
  }

  @Test
  void aFifoIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");

    // a FIFO without a writer: opening it would block this thread (the window's worker) for ever
    start().open(fifo);

    assertThat(data.importRequestProperty().get()).isNull();
    assertThat(data.noticeProperty().get()).contains("is not a regular file");
  }

  @Test
  void aUtf16FileWithAByteOrderMarkLoads() throws IOException {
    byte[] text = "\uFEFFx\n1\n2.5\n".getBytes(StandardCharsets.UTF_16LE);
    Path file = Files.write(dir.resolve("u16.csv"), text);
    start().open(file);
    ImportViewModel dialog = data.importRequestProperty().get();

    assertThat(dialog.previewProperty().get().columnNames()).containsExactly("x");
    dialog.load();

    assertThat(data.library().samples()).hasSize(1);
    assertThat(data.library().samples().get(0).snapshot().sample().originalValues())
        .containsExactly(1.0, 2.5);
  }
}
