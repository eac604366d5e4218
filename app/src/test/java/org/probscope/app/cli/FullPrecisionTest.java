package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FullPrecisionTest {

  @Test
  void everyFiniteDoubleReadsBackExactlyAndNeverLongerThanTheJdk() {
    SplittableRandom bits = new SplittableRandom(20261123);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      double value = Double.longBitsToDouble(bits.nextLong());
      String text = FullPrecision.format(value);
      boolean readsBack = Double.isNaN(value) || Double.parseDouble(text) == value;
      if (!readsBack || text.length() > Double.toString(value).length()) {
        failures.add(Double.toString(value) + " printed as " + text);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void shortestDigitsWhereJdk17IsLonger() {
    // Python's repr is the shortest round-tripping text: repr(2e23) = '2e+23',
    // repr(3.1607015940265421E17) = '3.160701594026542e+17'; JDK 17's Double.toString prints
    // 1.9999999999999998E23 and 3.1607015940265421E17
    assertThat(FullPrecision.format(2e23)).isEqualTo("2.0E23");
    assertThat(FullPrecision.format(3.1607015940265421E17)).isEqualTo("3.160701594026542E17");
    // repr(0.1 + 0.2) = '0.30000000000000004'
    assertThat(FullPrecision.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
  }

  @Test
  void infinitiesAndUndefined() {
    assertThat(FullPrecision.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(FullPrecision.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(FullPrecision.formatForReading(Double.NaN)).isEqualTo("undefined");
    assertThat(FullPrecision.formatForReading(0.5)).isEqualTo("0.5");
  }

  @Test
  void countsPrintWithoutAFractionOtherValuesUnchanged() {
    assertThat(FullPrecision.formatCount(3.0)).isEqualTo("3");
    assertThat(FullPrecision.formatCount(-0.0)).isEqualTo("0");
    assertThat(FullPrecision.formatCount(2.5)).isEqualTo("2.5");
    assertThat(FullPrecision.formatCount(0x1p60)).isEqualTo(FullPrecision.format(0x1p60));
  }
}
