package org.probscope.app.gof;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.sample.SampleGenerator;

class GofViewModelTest {

  private final SimpleObjectProperty<Distribution> target =
      new SimpleObjectProperty<>(spec("normal(mean=0, sd=1)"));
  private final SimpleObjectProperty<SampleSnapshot> sample = new SimpleObjectProperty<>();
  private final GofViewModel vm = new GofViewModel(new SameThreadTaskRunner(), target, sample);

  private static Distribution spec(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }

  private void drawStandardNormal(int n) {
    var s = SampleGenerator.draw(spec("normal(mean=0, sd=1)"), n, 11);
    sample.set(SampleSnapshot.of(s, "test"));
  }

  private double ksPValue() {
    return vm.resultProperty().get().gof().ks().pValue();
  }

  @Test
  void withoutASampleItSaysWhatToDo() {
    assertThat(vm.resultProperty().get()).isNull();
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.messageProperty().get()).startsWith("Draw a sample");
  }

  @Test
  void rowsMatchTheModelsOwnFigures() {
    drawStandardNormal(1000);
    GoodnessOfFit expected = GoodnessOfFit.of(sample.get().sample(), target.get());
    assertThat(vm.rows()).hasSize(6);
    MetricRow ks = vm.rows().get(0);
    assertThat(ks.name()).isEqualTo("Kolmogorov–Smirnov D");
    assertThat(ks.statistic())
        .isEqualTo(org.probscope.model.distribution.Figures.format(expected.ks().statistic(), 4));
    assertThat(ks.decision()).isEqualTo("do not reject");
    assertThat(vm.rows())
        .extracting(MetricRow::name)
        .contains("Wasserstein-1 W₁", "KS@100 (fraction passing)");
  }

  @Test
  void movingTheTargetMeanAwayFromTheSampleDrivesTheKsPValueBelowFivePercent() {
    drawStandardNormal(1000);
    assertThat(ksPValue()).isGreaterThan(0.05);
    double[] means = {0.02, 0.05, 0.1, 0.15, 0.2, 0.3};
    for (double m : means) {
      target.set(spec("normal(mean=" + m + ", sd=1)"));
    }
    assertThat(vm.resultProperty().get().target()).isEqualTo(target.get());
    assertThat(ksPValue()).isLessThan(0.05);
    assertThat(vm.rows().get(0).decision()).isEqualTo("reject");
    assertThat(vm.rows().get(0).rejects()).isTrue();
  }

  /** Issue 7 item 3: a target 10 sd away showed CvM p = null and "do not reject". */
  @Test
  void aFarTargetShowsBoundsRejectsAndSaysWhyInTheTooltip() {
    drawStandardNormal(100_000);
    target.set(spec("normal(mean=10, sd=1)"));
    assertThat(vm.rows().subList(0, 4))
        .allSatisfy(
            row -> {
              assertThat(row.pValue()).as(row.name()).isEqualTo("< 1e-300");
              assertThat(row.decision()).isEqualTo("reject");
              assertThat(row.rejects()).isTrue();
              assertThat(row.explanation()).contains("only a bound: below 1e-300");
            });
  }

  @Test
  void aDiscreteTargetAddsTheChiSquareTestAndTheCaveat() {
    var s = SampleGenerator.draw(spec("poisson(mean=4)"), 500, 3);
    sample.set(SampleSnapshot.of(s, "counts"));
    target.set(spec("poisson(mean=4)"));
    assertThat(vm.rows()).extracting(MetricRow::name).anyMatch(n -> n.startsWith("Chi-square"));
    assertThat(vm.messageProperty().get()).containsIgnoringCase("discrete null");
  }

  @Test
  void anInactiveViewComputesNothingAndCatchesUpWhenShown() {
    drawStandardNormal(1000);
    vm.activeProperty().set(false);
    GofSnapshot before = vm.resultProperty().get();
    target.set(spec("normal(mean=0.5, sd=1)"));
    assertThat(vm.resultProperty().get()).isSameAs(before);
    vm.activeProperty().set(true);
    assertThat(vm.resultProperty().get().target()).isEqualTo(target.get());
  }

  @Test
  void ksAtNWaitsWhileANewerRequestIsPendingAndFollowsTheNewest() {
    var runner = new org.probscope.app.common.HeldTaskRunner();
    GofViewModel held = new GofViewModel(runner, target, sample);
    sample.set(SampleSnapshot.of(SampleGenerator.draw(spec("normal(mean=0, sd=1)"), 2000, 5), "s"));
    target.set(spec("normal(mean=0.2, sd=1)")); // a drag step while the first request runs

    runner.releaseNext(); // the first request's main figures
    assertThat(held.resultProperty().get().ksAtN()).isNull();
    assertThat(held.rows()).extracting(MetricRow::statistic).contains("computing…");

    runner.releaseAll(); // the newest request, then its KS@N
    GofSnapshot done = held.resultProperty().get();
    assertThat(done.target()).isEqualTo(target.get());
    assertThat(done.ksAtN()).isNotNull();
    assertThat(held.rows()).extracting(MetricRow::name).contains("KS@100 (fraction passing)");
  }

  @Test
  void theLevelChangesCriticalValuesAndDecisions() {
    drawStandardNormal(1000);
    String at5 = vm.rows().get(0).criticalValue();
    vm.alphaProperty().set(0.01);
    assertThat(vm.rows().get(0).criticalValue()).isNotEqualTo(at5);
    assertThat(vm.resultProperty().get().band().alpha()).isEqualTo(0.01);
  }

  @Test
  void badChunkOrBinTextIsRefusedWithAMessageAndTheValueInUseStays() {
    drawStandardNormal(300);
    KsAtNViewModel ksAtN = vm.ksAtN();
    ksAtN.chunkTextProperty().set("ten");
    ksAtN.commit();
    assertThat(ksAtN.chunkErrorProperty().get())
        .isEqualTo("N must be a whole number of at least 2; N stays 100");
    ksAtN.chunkTextProperty().set("50");
    assertThat(vm.rows()).extracting(MetricRow::name).contains("KS@100 (fraction passing)");
    ksAtN.commit();
    assertThat(ksAtN.chunkErrorProperty().get()).isEmpty();
    assertThat(vm.rows()).extracting(MetricRow::name).contains("KS@50 (fraction passing)");

    SampleShapeViewModel shape = vm.shape();
    shape.binsTextProperty().set("-3");
    shape.commit();
    assertThat(shape.binsErrorProperty().get()).contains("whole number");
    shape.binsTextProperty().set("12");
    shape.commit();
    assertThat(shape.shapeProperty().get().histogram().bins()).isEqualTo(12);
  }

  /** Issue 7, item 8: "bins 100000" used to leave 1000 drawn (its keystroke 1000 applied). */
  @Test
  void binsApplyOnlyWhenCommittedAndATooLargeCountKeepsTheOneInUse() {
    drawStandardNormal(300);
    SampleShapeViewModel shape = vm.shape();
    int automatic = shape.shapeProperty().get().histogram().bins();
    for (String keystrokes : new String[] {"1", "10", "100", "1000", "10000", "100000"}) {
      shape.binsTextProperty().set(keystrokes);
    }
    assertThat(shape.shapeProperty().get().histogram().bins()).isEqualTo(automatic);
    shape.commit();
    assertThat(shape.shapeProperty().get().histogram().bins()).isEqualTo(automatic);
    assertThat(shape.binsErrorProperty().get())
        .isEqualTo(
            "bins must be a whole number from 1 to 2000, or empty for automatic;"
                + " automatic bins stay");
  }

  /** Issue 7, item 10: while newer figures are computed the table and the KS marker look stale. */
  @Test
  void figuresOfAnEarlierTargetAreMarkedStaleUntilTheNewestArrive() {
    var runner = new org.probscope.app.common.HeldTaskRunner();
    GofViewModel held = new GofViewModel(runner, target, sample);
    sample.set(SampleSnapshot.of(SampleGenerator.draw(spec("normal(mean=0, sd=1)"), 500, 5), "s"));
    runner.releaseAll();
    assertThat(held.staleProperty().get()).isFalse();
    assertThat(marker(held).series()).isEqualTo(GofPlotModels.GAP);

    target.set(spec("normal(mean=0.5, sd=1)"));
    assertThat(held.staleProperty().get()).isTrue();
    assertThat(marker(held).series()).isEqualTo(org.probscope.app.plot.PlotLayer.NEUTRAL);
    assertThat(marker(held).name()).endsWith("(updating…)");

    runner.releaseAll();
    assertThat(held.staleProperty().get()).isFalse();
    assertThat(marker(held).name()).doesNotContain("updating");
  }

  private static org.probscope.app.plot.PlotLayer.Marker marker(GofViewModel vm) {
    return vm.plotModelProperty().get().layers().stream()
        .filter(org.probscope.app.plot.PlotLayer.Marker.class::isInstance)
        .map(org.probscope.app.plot.PlotLayer.Marker.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theChosenPlotIsBuiltByTheViewModel() {
    drawStandardNormal(300);
    vm.plotKindProperty().set(GofViewModel.PlotKind.QQ);
    assertThat(vm.plotModelProperty().get().title()).startsWith("Q-Q plot");
    vm.plotKindProperty().set(GofViewModel.PlotKind.DENSITY);
    assertThat(vm.plotModelProperty().get().title()).startsWith("Histogram");
    vm.plotKindProperty().set(GofViewModel.PlotKind.CDF);
    assertThat(vm.plotModelProperty().get().title()).startsWith("Empirical CDF");
  }

  @Test
  void theReadOutIsComputedThroughTheRunner() {
    var runner = new org.probscope.app.common.HeldTaskRunner();
    GofViewModel held = new GofViewModel(runner, target, sample);
    sample.set(SampleSnapshot.of(SampleGenerator.draw(spec("normal(mean=0, sd=1)"), 100, 5), "s"));
    runner.releaseAll();
    held.pointAt(0);
    assertThat(held.readoutProperty().get()).isBlank();
    runner.releaseAll();
    assertThat(held.readoutProperty().get()).startsWith("x = 0   F(x) = 0.5   Fn(x) = ");
  }

  @Test
  void qqAndPpPointsAreDecimatedToAPlottableCount() {
    drawStandardNormal(50_000);
    GofSnapshot r = vm.resultProperty().get();
    assertThat(r.qq().x()).hasSize(ProbabilityPlots.MAX_POINTS);
    assertThat(r.pp().y()).hasSize(ProbabilityPlots.MAX_POINTS);
    assertThat(r.qq().y()[0]).isEqualTo(r.sample().min());
  }
}
