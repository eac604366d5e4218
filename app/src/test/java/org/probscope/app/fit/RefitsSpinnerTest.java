package org.probscope.app.fit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probscope.model.fit.BootstrapSettings;

class RefitsSpinnerTest {

  @Test
  void typedSizesBecomeValidOnes() {
    assertThat(RefitsSpinner.valid("500")).isEqualTo(500);
    assertThat(RefitsSpinner.valid(" 1 000 ")).isEqualTo(1000);
    assertThat(RefitsSpinner.valid("")).isZero();
    assertThat(RefitsSpinner.valid("abc")).isZero();
    assertThat(RefitsSpinner.valid("-5")).isZero();
    assertThat(RefitsSpinner.valid("3")).isEqualTo(BootstrapSettings.MIN_REFITS);
    assertThat(RefitsSpinner.valid("99999999999")).isEqualTo(BootstrapSettings.MAX_REFITS);
  }

  @Test
  void everyStepIsOffOrAValidSize() {
    assertThat(RefitsSpinner.STEPS).startsWith(0).contains(200, 500, 1000);
    for (int b : RefitsSpinner.STEPS.subList(1, RefitsSpinner.STEPS.size())) {
      assertThat(BootstrapSettings.refitsProblem(b)).isEmpty();
    }
  }
}
