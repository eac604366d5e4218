package org.probscope.app.gof;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.sample.Sample;

class SampleShapeViewModelTest {

  private final SimpleObjectProperty<SampleSnapshot> sample =
      new SimpleObjectProperty<>(
          SampleSnapshot.of(Sample.of("s", new double[] {1, 2, 3, 4, 5}), "s"));
  private final SampleShapeViewModel shape =
      new SampleShapeViewModel(new SameThreadTaskRunner(), sample, e -> {});

  @Test
  void aRefusedBinCountIsForgottenWhenTheUserMovesOn() {
    shape.binsTextProperty().set("20");
    shape.commit();
    shape.binsTextProperty().set("100000");
    shape.commit();
    assertThat(shape.binsErrorProperty().get()).contains("20 bins stay");
    shape.dismissError();
    assertThat(shape.binsErrorProperty().get()).isEmpty();
    assertThat(shape.binsTextProperty().get()).isEqualTo("20");
    assertThat(shape.shapeProperty().get().histogram().heights()).hasSize(20);
  }

  @Test
  void dismissingWithoutAnErrorKeepsWhatIsTyped() {
    shape.binsTextProperty().set("7");
    shape.dismissError();
    assertThat(shape.binsTextProperty().get()).isEqualTo("7");
  }
}
