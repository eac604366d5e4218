package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columnsArePaddedToTheWidestCellAndLinesHaveNoTrailingSpace() {
    List<String> lines =
        TextTable.render(List.of("A", "LONG HEADER", "C"), List.of(List.of("wide cell", "x", "")));

    assertThat(lines).containsExactly("A          LONG HEADER  C", "wide cell  x");
  }

  @Test
  void aRowOfTheWrongWidthIsABug() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TextTable.render(List.of("A", "B"), List.of(List.of("only one"))));
  }
}
