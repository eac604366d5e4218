package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceTicksTest {

  private static List<String> labels(double min, double max, int maxCount) {
    return NiceTicks.of(AxisRange.of(min, max), maxCount).stream().map(Tick::label).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "10, 10, 1",
    "10, 5, 2",
    "10, 4, 5",
    "10, 2, 5",
    "10, 1, 10",
    "1, 10, 0.1",
    "0.003, 10, 0.0005",
    "7e8, 7, 1e8",
    "1.5e-9, 3, 5e-10"
  })
  void stepIsTheSmallestOneTwoFiveMultipleGivingAtMostMaxCountIntervals(
      double span, int maxCount, double expectedStep) {
    assertThat(NiceTicks.niceStep(span, maxCount))
        .isCloseTo(expectedStep, within(expectedStep * 1e-12));
  }

  @Test
  void ticksStartAtTheFirstMultipleOfTheStepInsideTheRange() {
    assertThat(labels(-3.7, 3.7, 8)).containsExactly("-3", "-2", "-1", "0", "1", "2", "3");
    assertThat(labels(0, 1, 5)).containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
  }

  @Test
  void tickValuesAreExactMultiplesOfTheStepSoZeroIsExactlyZero() {
    List<Tick> ticks = NiceTicks.of(AxisRange.of(-0.3, 0.3), 6);
    assertThat(ticks).extracting(Tick::value).contains(0.0);
    assertThat(ticks)
        .extracting(Tick::label)
        .containsExactly("-0.3", "-0.2", "-0.1", "0.0", "0.1", "0.2", "0.3");
  }

  @Test
  void decimalsFollowTheStepSoNeighboursDiffer() {
    assertThat(labels(0.1, 0.15, 5))
        .containsExactly("0.10", "0.11", "0.12", "0.13", "0.14", "0.15");
    assertThat(labels(2000, 10000, 4)).containsExactly("2000", "4000", "6000", "8000", "10000");
  }

  @Test
  void tinyValuesUseScientificLabels() {
    assertThat(labels(0, 2e-6, 4)).containsExactly("0", "5e-7", "1e-6", "1.5e-6", "2e-6");
  }

  @Test
  void hugeValuesUseScientificLabels() {
    assertThat(labels(0, 3e9, 3)).containsExactly("0", "1e9", "2e9", "3e9");
  }

  @Test
  void aTinySpanFarFromZeroKeepsEnoughDigitsToTellTicksApart() {
    List<String> labels = labels(1e6, 1e6 + 0.003, 3);
    assertThat(labels).containsExactly("1e6", "1.000000001e6", "1.000000002e6", "1.000000003e6");
    assertThat(labels).doesNotHaveDuplicates();
  }

  @Test
  void roundingThatCarriesIntoTheExponentKeepsMantissaAndExponentConsistent() {
    // 3 * 1e-7 is 2.9999999999999997e-7 in binary; the label must still read 3e-7
    assertThat(NiceTicks.label(3 * 1e-7, 1e-7, 3e-7)).isEqualTo("3e-7");
    assertThat(NiceTicks.label(9.9999999999e-7, 1e-7, 1e-6)).isEqualTo("1e-6");
  }

  @Test
  void everyTickLiesInsideTheRange() {
    AxisRange range = AxisRange.of(-123.456, 789.01);
    assertThat(NiceTicks.of(range, 7))
        .allSatisfy(t -> assertThat(range.contains(t.value())).isTrue());
  }

  @org.junit.jupiter.api.Test
  void aNarrowAxisStillGetsAtLeastThreeTicks() {
    // span 6.8 with room for 3: the step would round up to 5 and leave only 0 in range
    assertThat(NiceTicks.of(AxisRange.of(-3.4, 3.4), 3))
        .extracting(Tick::value)
        .containsExactly(-2.0, 0.0, 2.0);
  }
}
