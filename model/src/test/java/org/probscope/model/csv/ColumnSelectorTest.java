package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnSelectorTest {

  private static final List<String> HEADER = List.of("id", "2", "Height ");

  @Test
  void nameWinsOverPosition() {
    assertThat(ColumnSelector.parse("2").resolve(HEADER, true).index()).isEqualTo(1);
    assertThat(ColumnSelector.parse("3").resolve(HEADER, true).index()).isEqualTo(2);
  }

  @Test
  void namesMatchExactlyThenIgnoringCaseAndSpaces() {
    assertThat(ColumnSelector.named("height").resolve(HEADER, true).index()).isEqualTo(2);
    assertThat(ColumnSelector.parse(" ID ").resolve(HEADER, true).index()).isEqualTo(0);
  }

  @Test
  void positionsAreOneBased() {
    assertThat(ColumnSelector.position(1).resolve(HEADER, true).index()).isZero();
    assertThat(ColumnSelector.position(7).resolve(List.of(), false).index()).isEqualTo(6);
    assertThatThrownBy(() -> ColumnSelector.position(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingColumnsAreExplained() {
    ColumnSelector.Resolution missing = ColumnSelector.parse("4").resolve(HEADER, true);
    assertThat(missing.index()).isEqualTo(-1);
    assertThat(missing.message())
        .isEqualTo("no column '4' (the header has 3 columns: id, 2, Height )");
    assertThat(ColumnSelector.named("x").resolve(List.of(), false).message())
        .isEqualTo(
            "no column 'x' (the file has no header: use a position such as 1, or 'Column 1')");
  }

  @Test
  void headerlessFilesAcceptColumnNames() {
    assertThat(ColumnSelector.parse("column 3").resolve(List.of(), false).index()).isEqualTo(2);
  }
}
