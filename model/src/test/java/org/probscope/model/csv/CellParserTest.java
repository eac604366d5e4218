package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellParserTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.5|1.5",
        "  -2.25\t|-2.25",
        "+3|3",
        ".5|0.5",
        "5.|5",
        "1e3|1000",
        "1E-2|0.01",
        "-0|-0.0",
        "0.1|0.1",
        "4.9e-324|4.9e-324"
      })
  void numbersWithADecimalDot(String cell, double expected) {
    CellParser parser = new CellParser('.');
    assertThat(parser.parse(cell)).isNull();
    assertThat(parser.value()).isEqualTo(expected);
    byte[] bytes = ("x" + cell + "y").getBytes(StandardCharsets.UTF_8);
    assertThat(parser.parse(bytes, 1, bytes.length - 1)).isNull();
    assertThat(parser.value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' is {1} with a decimal comma")
  @CsvSource(
      delimiter = '|',
      value = {"1,5|1.5", "-2,25|-2.25", "1000|1000", ",5|0.5", "1,5e2|150"})
  void numbersWithADecimalComma(String cell, double expected) {
    CellParser parser = new CellParser(',');
    assertThat(parser.parse(cell)).isNull();
    assertThat(parser.value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' is skipped as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|EMPTY",
        "'   '|EMPTY",
        "NA|NA",
        "n/a|NA",
        "#N/A|NA",
        "NULL|NA",
        "None|NA",
        "NaN|NAN",
        "-nan|NAN",
        "inf|INFINITE",
        "-Inf|INFINITE",
        "+Infinity|INFINITE",
        "∞|INFINITE",
        "-∞|INFINITE",
        "1e400|INFINITE",
        "-1e400|INFINITE",
        "abc|TEXT",
        "1,5|TEXT",
        "1.2.3|TEXT",
        "0x1p3|TEXT",
        "1.5d|TEXT",
        "1e|TEXT",
        "-|TEXT",
        ".|TEXT",
        "2024-01-05|TEXT",
        "é|TEXT"
      })
  void skippedCells(String cell, SkipReason reason) {
    assertThat(new CellParser('.').parse(cell)).isEqualTo(reason);
  }
}
