package org.probscope.app.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.common.HeldTaskRunner;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.explore.ExplorerViewModel;
import org.probscope.app.gof.CorrectedPValues;
import org.probscope.app.gof.GofViewModel;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapPValue;
import org.probscope.model.fit.BootstrapProgress;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.ParametricBootstrap;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/** The Fit tab's parametric bootstrap through the view models, against the model run directly. */
class FitBootstrapViewModelTest {

  private static final int B = 60;
  private static final long SEED = 7;

  private final SimpleObjectProperty<SampleSnapshot> sample = new SimpleObjectProperty<>();

  private static Distribution spec(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }

  private FitViewModel vm(TaskRunner runner, Set<String> families) {
    FitViewModel vm = new FitViewModel(runner, sample, (fit, from, bootstrap) -> {});
    choose(vm, families);
    return vm;
  }

  private static void choose(FitViewModel vm, Set<String> families) {
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(families.contains(c.family().name())));
    vm.settings().bootstrapRefitsProperty().set(B);
    vm.settings().bootstrapSeedProperty().set(SEED);
  }

  private void drawGamma() {
    sample.set(
        SampleSnapshot.of(
            SampleGenerator.draw(spec("gamma(shape=3, scale=2)"), 200, 5), "gamma test"));
  }

  /** The model's bootstrap called directly, with data, options and settings built here. */
  private BootstrapResult direct(FitRow row) {
    return ParametricBootstrap.run(
        row.result(),
        FitData.of(sample.get().sample()),
        FitOptions.defaults(),
        BootstrapSettings.of(B, SEED),
        BootstrapProgress.NONE);
  }

  @Test
  void bZeroRunsNoBootstrapAndTheColumnsSayHowToGetOne() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner(), Set.of("gamma"));
    vm.settings().bootstrapRefitsProperty().set(0);
    vm.fit();
    FitRow gamma = vm.rows().get(0);
    assertThat(vm.bootstrap().outcomes()).isEmpty();
    assertThat(gamma.text(FitColumn.KS_P_BOOT)).isEqualTo(FitRow.MISSING);
    assertThat(gamma.whyMissing(FitColumn.KS_P_BOOT)).contains("B > 0");
  }

  @Test
  void aSeededBootstrapThroughTheViewModelEqualsTheModelsRun() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner(), Set.of("gamma", "weibull", "normal"));
    vm.fit();
    assertThat(vm.rows()).hasSize(3);
    assertThat(vm.bootstrap().runningProperty().get()).isFalse();
    for (FitRow row : vm.rows()) {
      BootstrapGof expected = BootstrapGof.of(direct(row)).orElseThrow();
      for (var pair :
          List.of(
              new Object[] {FitColumn.KS_P_BOOT, expected.ks()},
              new Object[] {FitColumn.CVM_P_BOOT, expected.cramerVonMises()},
              new Object[] {FitColumn.AD_P_BOOT, expected.andersonDarling()})) {
        FitColumn c = (FitColumn) pair[0];
        BootstrapPValue p = (BootstrapPValue) pair[1];
        assertThat(row.number(c)).as(row.family() + " " + c).isEqualTo(p.p().value());
        assertThat(BootstrapCells.error(row.bootstrapProperty().get(), c))
            .isEqualTo(p.monteCarloError());
        assertThat(row.text(c)).isEqualTo(CorrectedPValues.format(p));
      }
      BootstrapResult b = row.bootstrapProperty().get().bootstrap().orElseThrow();
      String first = b.parameterNames().get(0);
      assertThat(b.percentileInterval(first, 0.95))
          .containsExactly(direct(row).percentileInterval(first, 0.95));
      assertThat(row.text(FitColumn.BOOT_INTERVALS)).startsWith(first + " [");
      assertThat(row.text(FitColumn.BOOT_REFITS)).startsWith(b.succeeded() + " of " + B);
      // the "as if known" p-value is still there, still flagged
      assertThat(FitColumn.KS_P.header()).contains("†");
      assertThat(row.text(FitColumn.KS_P)).isNotEqualTo(FitRow.MISSING);
    }
    assertThat(vm.rows().get(0).text(FitColumn.KS_P_BOOT)).contains(" ± ");
    assertThat(vm.messageProperty().get()).startsWith("Bootstrapped 3 fits, B = " + B);
    String tsv = vm.tableText();
    assertThat(tsv.split("\n")[0]).contains("KS p boot\tKS p boot MC error");
    assertThat(tsv).contains(Double.toString(vm.rows().get(0).number(FitColumn.AD_P_BOOT)));
  }

  @Test
  void failedRefitsAreCountedWithTheirReasonsAsTheModelCountsThem() {
    // 19 zeros and a one: a poisson fit of mean 0.05; about a third of the simulated samples are
    // all zeros, whose refit fails (all values equal)
    double[] values = new double[20];
    values[19] = 1;
    sample.set(SampleSnapshot.of(Sample.of("rare", values), "rare"));
    FitViewModel vm = vm(new SameThreadTaskRunner(), Set.of("poisson"));
    vm.fit();
    FitRow row = vm.rows().get(0);
    assertThat(row.isOk()).isTrue();
    BootstrapResult expected = direct(row);
    assertThat(expected.failed()).isPositive();
    BootstrapResult shown = row.bootstrapProperty().get().bootstrap().orElseThrow();
    assertThat(shown.failed()).isEqualTo(expected.failed());
    assertThat(shown.failures()).isEqualTo(expected.failures());
    assertThat(row.text(FitColumn.BOOT_REFITS))
        .isEqualTo(expected.succeeded() + " of " + B + ", " + expected.failed() + " failed");
    String reason = expected.failures().keySet().iterator().next().status();
    assertThat(row.bootstrapDetail(FitColumn.BOOT_REFITS))
        .contains(expected.failed() + " refits failed")
        .contains(reason);
    assertThat(vm.tableText()).contains(reason);
  }

  @Test
  void anInfiniteStatisticGetsNoCorrectedPValue() {
    // the uniform fit ends at the sample's extremes, where F = 0 and 1: A² is infinite for the
    // data and for every refit, and "∞ ≥ ∞" would give p = 1
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner(), Set.of("uniform"));
    vm.fit();
    FitRow uniform = vm.rows().get(0);
    BootstrapPValue ad = BootstrapGof.of(direct(uniform)).orElseThrow().andersonDarling();
    assertThat(ad.statistic()).isInfinite();
    assertThat(uniform.text(FitColumn.AD_P_BOOT)).isEqualTo(FitRow.MISSING);
    assertThat(uniform.number(FitColumn.AD_P_BOOT)).isNaN();
    assertThat(uniform.whyMissing(FitColumn.AD_P_BOOT)).contains("infinite");
    assertThat(uniform.text(FitColumn.KS_P_BOOT)).isNotEqualTo(FitRow.MISSING);
  }

  @Test
  void cancelMarksTheFamiliesNotFinishedAndKeepsTheOnesDone() {
    drawGamma();
    HeldTaskRunner runner = new HeldTaskRunner();
    FitViewModel vm = vm(runner, Set.of("gamma", "normal"));
    vm.fit();
    runner.releaseNext(); // the fit
    assertThat(vm.bootstrap().runningProperty().get()).isTrue();
    FitRow best = vm.rows().get(0);
    FitRow second = vm.rows().get(1);
    assertThat(best.text(FitColumn.KS_P_BOOT)).isEqualTo(BootstrapCells.PENDING);
    runner.releaseNext(); // the best fit's bootstrap
    assertThat(best.text(FitColumn.KS_P_BOOT)).contains(" ± ");
    assertThat(second.bootstrapProperty().get().state()).isEqualTo(FitBootstrap.State.RUNNING);

    vm.cancel();
    assertThat(vm.bootstrap().runningProperty().get()).isFalse();
    assertThat(vm.messageProperty().get()).startsWith("Bootstrap cancelled");
    assertThat(second.text(FitColumn.KS_P_BOOT)).isEqualTo(FitRow.MISSING);
    assertThat(second.whyMissing(FitColumn.KS_P_BOOT)).contains("cancelled");
    // the second bootstrap saw the cancel before any refit: a partial result, labelled
    runner.releaseAll();
    assertThat(second.bootstrapProperty().get().bootstrap().orElseThrow().isComplete()).isFalse();
    assertThat(second.text(FitColumn.BOOT_REFITS)).isEqualTo("0 of " + B + " (partial)");
    assertThat(second.text(FitColumn.KS_P_BOOT)).isEqualTo(FitRow.MISSING);
    assertThat(best.text(FitColumn.KS_P_BOOT)).doesNotContain("partial");
    assertThat(runner.waiting()).isZero();
  }

  /**
   * Runs work at once like {@link SameThreadTaskRunner}, and runs {@code onProgress} whenever a
   * task reports progress past {@code at} (from the bootstrap's worker threads).
   */
  private static final class CancelPartWay implements TaskRunner {
    private final double at;
    private Runnable onProgress = () -> {};

    CancelPartWay(double at) {
      this.at = at;
    }

    @Override
    public <T> org.probscope.app.common.TaskHandle submit(
        BackgroundWork<T> work,
        java.util.function.Consumer<? super T> onSuccess,
        java.util.function.Consumer<Throwable> onFailure) {
      TaskContext ctx =
          new TaskContext() {
            @Override
            public boolean isCancelled() {
              return false;
            }

            @Override
            public void progress(double fraction) {
              if (fraction > at) {
                onProgress.run();
              }
            }
          };
      try {
        onSuccess.accept(work.run(ctx));
      } catch (Exception e) {
        onFailure.accept(e);
      }
      return new SameThreadTaskRunner().submit(c -> null, r -> {}, e -> {});
    }
  }

  @Test
  void cancelledPartWayTheRefitsDoneArriveAsAPartialResultLabelledSo() {
    drawGamma();
    CancelPartWay runner = new CancelPartWay(0.3);
    FitViewModel vm = vm(runner, Set.of("gamma", "normal"));
    vm.settings().bootstrapRefitsProperty().set(400);
    // Cancel pressed once, a third of the way through the first family's bootstrap
    java.util.concurrent.atomic.AtomicBoolean pressed =
        new java.util.concurrent.atomic.AtomicBoolean();
    runner.onProgress =
        () -> {
          if (vm.bootstrap().runningProperty().get() && pressed.compareAndSet(false, true)) {
            vm.cancel();
          }
        };
    vm.fit();
    assertThat(pressed).isTrue();
    FitRow first = vm.rows().get(0);
    BootstrapResult b = first.bootstrapProperty().get().bootstrap().orElseThrow();
    assertThat(b.isComplete()).isFalse();
    assertThat(b.succeeded()).isPositive().isLessThan(400);
    assertThat(b.cancelled()).isEqualTo(400 - b.succeeded() - b.failed());
    assertThat(first.text(FitColumn.KS_P_BOOT)).endsWith(" (partial)");
    assertThat(first.text(FitColumn.BOOT_REFITS))
        .isEqualTo(
            b.succeeded()
                + " of 400"
                + (b.failed() > 0 ? ", " + b.failed() + " failed" : "")
                + " (partial)");
    assertThat(first.bootstrapDetail(FitColumn.KS_P_BOOT)).contains("cancelled");
    FitRow second = vm.rows().get(1);
    assertThat(second.bootstrapProperty().get().state()).isEqualTo(FitBootstrap.State.NOT_RUN);
    assertThat(vm.bootstrap().runningProperty().get()).isFalse();
  }

  @Test
  void oneFamilysBootstrapFailingDoesNotStopTheNext() {
    drawGamma();
    SameThreadTaskRunner same = new SameThreadTaskRunner();
    int[] submitted = {0};
    // the second task (the first family's bootstrap) fails as a worker would with an error
    TaskRunner failSecond =
        new TaskRunner() {
          @Override
          public <T> org.probscope.app.common.TaskHandle submit(
              BackgroundWork<T> work,
              java.util.function.Consumer<? super T> onSuccess,
              java.util.function.Consumer<Throwable> onFailure) {
            if (++submitted[0] == 2) {
              return same.submit(
                  ctx -> {
                    throw new IllegalStateException("out of memory, say");
                  },
                  r -> {},
                  onFailure);
            }
            return same.submit(work, onSuccess, onFailure);
          }
        };
    FitViewModel vm = vm(failSecond, Set.of("gamma", "normal"));
    vm.fit();
    FitRow first = vm.rows().get(0);
    FitRow second = vm.rows().get(1);
    assertThat(first.bootstrapProperty().get().state()).isEqualTo(FitBootstrap.State.FAILED);
    assertThat(first.text(FitColumn.KS_P_BOOT)).isEqualTo(FitRow.MISSING);
    assertThat(first.whyMissing(FitColumn.KS_P_BOOT)).contains("out of memory, say");
    assertThat(second.text(FitColumn.KS_P_BOOT)).isNotIn(FitRow.MISSING, BootstrapCells.PENDING);
    assertThat(vm.messageProperty().get()).contains("1 bootstrap stopped with an error");
  }

  @Test
  void theCloudPlotsTwoParametersAndSaysWhenThereIsNoBootstrap() {
    drawGamma();
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FitViewModel vm = vm(runner, Set.of("gamma", "exponential"));
    FitPlotsViewModel plots = new FitPlotsViewModel(runner, vm);
    vm.settings().bootstrapRefitsProperty().set(0);
    vm.fit();
    plots.kindProperty().set(FitPlotsViewModel.PlotKind.BOOTSTRAP);
    assertThat(plots.modelProperty().get().title()).contains("Set Bootstrap B > 0");

    vm.settings().bootstrapRefitsProperty().set(B);
    vm.fit();
    vm.selectedProperty().set(row(vm, "gamma"));
    assertThat(plots.cloudXProperty().get()).isEqualTo("shape");
    assertThat(plots.cloudYProperty().get()).isEqualTo("scale");
    BootstrapResult b = row(vm, "gamma").bootstrapProperty().get().bootstrap().orElseThrow();
    var layers = plots.modelProperty().get().layers();
    PlotLayer.Points cloud = (PlotLayer.Points) layers.get(0);
    assertThat(cloud.size()).isEqualTo(b.succeeded());
    PlotLayer.Polyline box = (PlotLayer.Polyline) layers.get(1);
    assertThat(box.xs()[0]).isEqualTo(b.percentileInterval("shape", 0.95)[0]);
    assertThat(box.ys()[2]).isEqualTo(b.percentileInterval("scale", 0.95)[1]);
    assertThat(plots.modelProperty().get().title()).startsWith("Bootstrap cloud of gamma");
    plots.cloudXProperty().set("scale");
    plots.cloudYProperty().set("shape");
    assertThat(plots.modelProperty().get().xTitle()).isEqualTo("scale");

    vm.selectedProperty().set(row(vm, "exponential"));
    assertThat(plots.modelProperty().get().layers().get(0)).isInstanceOf(PlotLayer.Histogram.class);
    assertThat(plots.modelProperty().get().title()).contains("one free parameter");
  }

  @Test
  void theGofFlagShowsTheCorrectedPValuesWhileTheTargetIsTheFit() {
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    ExplorerViewModel explorer = new ExplorerViewModel(Families.normal(), runner);
    GofViewModel gof = new GofViewModel(runner, explorer.distributionProperty(), sample);
    FitViewModel vm = new FitViewModel(runner, sample, FitUse.into(explorer, gof));
    choose(vm, Set.of("gamma"));
    drawGamma();
    vm.fit();
    FitRow best = vm.selectedProperty().get();
    assertThat(vm.useSelected()).isTrue();
    var flag = gof.estimatedParameters();
    assertThat(flag.isFlagged()).isTrue();
    BootstrapGof expected = BootstrapGof.of(direct(best)).orElseThrow();
    assertThat(flag.correctedProperty().get())
        .contains("KS p " + relation(CorrectedPValues.format(expected.ks())))
        .contains("CvM p " + relation(CorrectedPValues.format(expected.cramerVonMises())))
        .contains("AD p " + relation(CorrectedPValues.format(expected.andersonDarling())))
        .contains("B = " + B)
        .contains("seed " + SEED);
    assertThat(flag.textProperty().get()).contains(flag.correctedProperty().get());
    explorer.parameters().get(0).nudge(5, false);
    assertThat(flag.isFlagged()).isFalse();
    assertThat(flag.correctedProperty().get()).isEmpty();
    explorer.applySpec(best.result().spec());
    assertThat(flag.isFlagged()).isTrue();
    assertThat(flag.correctedProperty().get()).contains("KS p ");
  }

  @Test
  void aFitUsedWhileItsBootstrapRunsGetsTheCorrectedPValuesWhenItArrives() {
    SameThreadTaskRunner now = new SameThreadTaskRunner();
    HeldTaskRunner held = new HeldTaskRunner();
    ExplorerViewModel explorer = new ExplorerViewModel(Families.normal(), now);
    GofViewModel gof = new GofViewModel(now, explorer.distributionProperty(), sample);
    FitViewModel vm = new FitViewModel(held, sample, FitUse.into(explorer, gof));
    choose(vm, Set.of("gamma"));
    drawGamma();
    vm.fit();
    held.releaseNext(); // the fit; its bootstrap waits
    assertThat(vm.useSelected()).isTrue();
    assertThat(vm.messageProperty().get()).contains("follow when its bootstrap is done");
    var flag = gof.estimatedParameters();
    assertThat(flag.isFlagged()).isTrue();
    assertThat(flag.correctedProperty().get()).isEmpty();
    held.releaseAll();
    BootstrapGof expected = BootstrapGof.of(direct(vm.rows().get(0))).orElseThrow();
    assertThat(flag.correctedProperty().get())
        .contains("KS p " + relation(CorrectedPValues.format(expected.ks())));
  }

  /** "= 0.12 ± 0.03", or the bound "< 0.016" as it stands. */
  private static String relation(String formatted) {
    return formatted.startsWith("<") ? formatted : "= " + formatted;
  }

  private static FitRow row(FitViewModel vm, String family) {
    return vm.rows().stream().filter(r -> r.family().equals(family)).findFirst().orElseThrow();
  }
}
