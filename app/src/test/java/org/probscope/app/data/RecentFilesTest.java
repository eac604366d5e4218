package org.probscope.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

  private static Path file(int k) {
    return Path.of("/data/file" + k + ".csv");
  }

  @Test
  void newestComesFirstWithoutDuplicatesAndTheListIsSaved() {
    MemoryStore store = new MemoryStore(List.of());
    RecentFiles recent = new RecentFiles(store);
    recent.add(file(1));
    recent.add(file(2));
    recent.add(file(1));
    assertThat(recent.files()).containsExactly(file(1), file(2));
    assertThat(store.saved()).containsExactly(file(1).toString(), file(2).toString());
  }

  @Test
  void keepsAtMostTheLimitDroppingTheOldest() {
    RecentFiles recent = new RecentFiles(new MemoryStore(List.of()));
    IntStream.rangeClosed(1, RecentFiles.MAX_FILES + 2).forEach(k -> recent.add(file(k)));
    assertThat(recent.files()).hasSize(RecentFiles.MAX_FILES);
    assertThat(recent.files().get(0)).isEqualTo(file(RecentFiles.MAX_FILES + 2));
    assertThat(recent.files()).doesNotContain(file(1), file(2));
  }

  @Test
  void restoresTheSavedListAndSkipsDuplicates() {
    RecentFiles recent =
        new RecentFiles(
            new MemoryStore(List.of(file(3).toString(), file(3).toString(), file(4).toString())));
    assertThat(recent.files()).containsExactly(file(3), file(4));
    assertThat(RecentFiles.isMissing(file(3))).isTrue();
  }
}
