package org.probscope.app.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.common.HeldTaskRunner;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.explore.ExplorerViewModel;
import org.probscope.app.gof.GofViewModel;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitFailure;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.Fitter;
import org.probscope.model.fit.MgeDistance;
import org.probscope.model.sample.SampleGenerator;

class FitViewModelTest {

  private final SimpleObjectProperty<SampleSnapshot> sample = new SimpleObjectProperty<>();

  private static Distribution spec(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }

  /** 400 draws of gamma(shape=3, scale=2), seed 5: positive, skewed, not integers. */
  private void drawGamma() {
    sample.set(
        SampleSnapshot.of(
            SampleGenerator.draw(spec("gamma(shape=3, scale=2)"), 400, 5), "gamma test"));
  }

  private FitViewModel vm(TaskRunner runner) {
    return new FitViewModel(runner, sample, (fit, from, bootstrap) -> {});
  }

  @Test
  void beforeAFitItSaysWhatToDoAndFitRefusesWithoutASample() {
    FitViewModel vm = vm(new SameThreadTaskRunner());
    assertThat(vm.messageProperty().get()).startsWith("No sample yet");
    vm.fit();
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.messageProperty().get()).startsWith("No sample");
    assertThat(vm.settings().scopeProperty().get()).isEqualTo(FitSettings.Scope.ALL);
    assertThat(vm.settings().methodProperty().get()).isEqualTo(FitMethod.MLE);
    assertThat(vm.settings().criterionProperty().get()).isEqualTo(Criterion.AIC);
  }

  @Test
  void rankingFollowsTheModelsAicOrderAndFailuresCarryTheirReasons() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.fit();
    var expected =
        Fitter.rank(
            Families.all(),
            FitData.of(sample.get().sample()),
            FitOptions.defaults().withLocationScale(true), // the window's default
            Criterion.AIC,
            org.probscope.model.fit.FitProgress.NONE);
    assertThat(vm.rows()).hasSize(Families.all().size());
    assertThat(vm.rows())
        .extracting(FitRow::family)
        .containsExactlyElementsOf(
            expected.results().stream().map(r -> r.family().name()).toList());
    List<FitRow> ok = vm.rows().stream().filter(FitRow::isOk).toList();
    for (int i = 1; i < ok.size(); i++) {
      assertThat(ok.get(i).number(FitColumn.AIC))
          .isGreaterThanOrEqualTo(ok.get(i - 1).number(FitColumn.AIC));
    }
    assertThat(ok.get(0).text(FitColumn.DELTA_AIC)).isEqualTo("0");
    assertThat(vm.selectedProperty().get()).isSameAs(ok.get(0));
    // non-integer data: every discrete family fails with its reason and count, never a NaN
    FitRow poisson = row(vm, "poisson");
    assertThat(poisson.isOk()).isFalse();
    assertThat(poisson.text(FitColumn.STATUS)).isEqualTo(FitFailure.Reason.NOT_INTEGER.status());
    assertThat(poisson.text(FitColumn.AIC)).isEqualTo("—");
    assertThat(poisson.whyMissing(FitColumn.AIC)).contains("not whole numbers");
    for (FitRow r : vm.rows()) {
      for (FitColumn c : FitColumn.values()) {
        assertThat(r.text(c)).doesNotContain("NaN");
      }
    }
    assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    assertThat(vm.messageProperty().get()).contains("the others say why");
  }

  @Test
  void anUnavailableMethodShowsItsReasonInEveryRow() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.settings().scopeProperty().set(FitSettings.Scope.CONTINUOUS);
    vm.settings().methodProperty().set(FitMethod.GOODNESS_OF_FIT);
    vm.fit();
    assertThat(vm.rows()).isNotEmpty();
    FitRow gamma = row(vm, "gamma");
    // until mge lands in the model it is "not available"; once it lands the row is fitted
    if (!gamma.isOk()) {
      assertThat(gamma.statusDetail()).isNotBlank();
      assertThat(gamma.text(FitColumn.STATUS)).isNotEqualTo("ok");
    } else {
      assertThat(gamma.result().method()).isEqualTo(FitMethod.GOODNESS_OF_FIT);
    }
  }

  @Test
  void changingTheCriterionReranksWithoutRefitting() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.fit();
    var fitted = vm.fittedProperty().get();
    vm.settings().criterionProperty().set(Criterion.KS);
    assertThat(vm.fittedProperty().get().data()).isSameAs(fitted.data());
    List<FitRow> ok = vm.rows().stream().filter(FitRow::isOk).toList();
    for (int i = 1; i < ok.size(); i++) {
      assertThat(ok.get(i).number(FitColumn.KS))
          .isGreaterThanOrEqualTo(ok.get(i - 1).number(FitColumn.KS));
    }
  }

  @Test
  void checkedScopeAndFixedParametersAreValidated() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(c.family().name().equals("gamma")));
    vm.settings().fixedTextProperty().set("shap = 2");
    assertThat(vm.settings().fixedProblemsProperty().get())
        .contains("no candidate family has a parameter");
    vm.fit();
    assertThat(vm.rows()).isEmpty();
    vm.settings().fixedTextProperty().set("shape = abc");
    assertThat(vm.settings().fixedProblemsProperty().get()).contains("not a number");
    vm.settings().fixedTextProperty().set("shape = 3");
    assertThat(vm.settings().fixedProblemsProperty().get()).isEmpty();
    vm.fit();
    assertThat(vm.rows()).extracting(FitRow::family).containsExactly("gamma");
    assertThat(vm.rows().get(0).text(FitColumn.PARAMETERS)).startsWith("shape = 3 (fixed)");
  }

  @Test
  void cancelStopsTheFitAndKeepsThePreviousTable() {
    drawGamma();
    HeldTaskRunner runner = new HeldTaskRunner();
    FitViewModel vm = vm(runner);
    vm.fit();
    assertThat(vm.runningProperty().get()).isTrue();
    vm.cancel();
    assertThat(vm.runningProperty().get()).isFalse();
    assertThat(vm.messageProperty().get()).isEqualTo("Fit cancelled.");
    runner.releaseAll();
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.fittedProperty().get()).isNull();
  }

  @Test
  void aNewSampleMarksTheTableInsteadOfRefitting() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.fit();
    var before = vm.fittedProperty().get();
    sample.set(
        SampleSnapshot.of(SampleGenerator.draw(spec("normal(mean=0, sd=1)"), 100, 1), "other"));
    assertThat(vm.sampleChangedProperty().get()).isTrue();
    assertThat(vm.fittedProperty().get()).isSameAs(before);
    vm.fit();
    assertThat(vm.sampleChangedProperty().get()).isFalse();
  }

  @Test
  void useThisFitPutsTheSpecInTheExplorerAndFlagsTheGofTabUntilTheTargetMoves() {
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    ExplorerViewModel explorer = new ExplorerViewModel(Families.normal(), runner);
    GofViewModel gof = new GofViewModel(runner, explorer.distributionProperty(), sample);
    FitViewModel vm = new FitViewModel(runner, sample, FitUse.into(explorer, gof));
    drawGamma();
    vm.fit();
    FitRow best = vm.selectedProperty().get();
    assertThat(vm.useSelected()).isTrue();
    assertThat(explorer.distribution()).isEqualTo(best.result().distribution().orElseThrow());
    assertThat(explorer.spec()).isEqualTo(vm.selectedSpec());
    assertThat(gof.estimatedParameters().isFlagged()).isTrue();
    // a slider moved away from the estimate: another target, no flag
    var first = explorer.parameters().get(0);
    first.nudge(5, false);
    assertThat(gof.estimatedParameters().isFlagged()).isFalse();
    // the fitted spec pasted back: the same biased p-values, the flag again
    explorer.applySpec(best.result().spec());
    assertThat(gof.estimatedParameters().isFlagged()).isTrue();
    // another sample: the fit was not estimated from it
    sample.set(
        SampleSnapshot.of(SampleGenerator.draw(spec("normal(mean=0, sd=1)"), 50, 2), "other"));
    assertThat(gof.estimatedParameters().isFlagged()).isFalse();
  }

  @Test
  void aFitWithEveryParameterFixedHasExactPValuesAndRaisesNoEstimatedFlag() {
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    ExplorerViewModel explorer = new ExplorerViewModel(Families.normal(), runner);
    GofViewModel gof = new GofViewModel(runner, explorer.distributionProperty(), sample);
    FitViewModel vm = new FitViewModel(runner, sample, FitUse.into(explorer, gof));
    drawGamma();
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(c.family().name().equals("normal")));
    // one parameter estimated: the p-values are "as if known" and the flag rises
    vm.settings().fixedTextProperty().set("mean = 6");
    vm.fit();
    FitRow one = vm.selectedProperty().get();
    assertThat(one.result().freeParameters()).isEqualTo(1);
    assertThat(one.pValueDetail(FitColumn.KS_P)).isEqualTo(FitColumn.AS_IF_KNOWN);
    assertThat(vm.useSelected()).isTrue();
    assertThat(gof.estimatedParameters().isFlagged()).isTrue();
    // both fixed: nothing estimated, the p-values are exact, no flag (the earlier one is dropped)
    vm.settings().fixedTextProperty().set("mean = 6, sd = 3.5");
    vm.fit();
    FitRow none = vm.selectedProperty().get();
    assertThat(none.result().freeParameters()).isZero();
    for (FitColumn c : List.of(FitColumn.KS_P, FitColumn.CVM_P, FitColumn.AD_P)) {
      assertThat(none.text(c)).isNotEqualTo("—");
      assertThat(none.pValueDetail(c)).isEqualTo(FitRow.EXACT);
    }
    assertThat(vm.useSelected()).isTrue();
    assertThat(explorer.distribution()).isEqualTo(none.result().distribution().orElseThrow());
    assertThat(gof.estimatedParameters().isFlagged()).isFalse();
  }

  @Test
  void locationAndScaleAreOnByDefaultAndTheirParametersCanBeFixed() {
    sample.set(
        SampleSnapshot.of(SampleGenerator.draw(spec("normal(mean=50, sd=2)"), 300, 3), "shifted"));
    FitViewModel vm = vm(new SameThreadTaskRunner());
    assertThat(vm.settings().locationScaleProperty().get()).isTrue();
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(c.family().name().equals("studentt")));
    vm.settings().fixedTextProperty().set("shift = 50");
    assertThat(vm.settings().fixedProblemsProperty().get()).isEmpty();
    vm.fit();
    FitRow t = vm.rows().get(0);
    assertThat(t.isOk()).isTrue();
    assertThat(t.result().spec()).startsWith("affine(studentt(");
    assertThat(t.text(FitColumn.PARAMETERS)).contains("shift = 50 (fixed)");
    // off: the standard t has no shift, so fixing one is refused, and the fit is the plain t
    vm.settings().locationScaleProperty().set(false);
    assertThat(vm.settings().fixedProblemsProperty().get())
        .contains("no candidate family has a parameter \"shift\"");
    vm.settings().fixedTextProperty().set("");
    vm.fit();
    assertThat(vm.rows().get(0).result().spec()).doesNotContain("affine");
  }

  @Test
  void aBadFixedEntryIsSaidOnceAndTheRefusalGoesWhenTheTextIsValidOrEmpty() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.fit();
    var before = List.copyOf(vm.rows());
    vm.settings().fixedTextProperty().set("shape = abc");
    String problem = vm.settings().fixedProblemsProperty().get();
    assertThat(problem).contains("not a number");
    vm.fit();
    // the problem under the field, not again in the status line, which says the table is old
    assertThat(vm.messageProperty().get()).doesNotContain("not a number");
    assertThat(vm.messageProperty().get()).contains("previous fit");
    assertThat(vm.rows()).containsExactlyElementsOf(before);
    vm.settings().fixedTextProperty().set("");
    assertThat(vm.settings().fixedProblemsProperty().get()).isEmpty();
    assertThat(vm.messageProperty().get()).doesNotContain("fixed parameters");
    vm.settings().fixedTextProperty().set("shap = 2");
    vm.fit();
    assertThat(vm.messageProperty().get()).contains("fixed parameters");
    vm.settings().fixedTextProperty().set("shape = 2");
    assertThat(vm.messageProperty().get()).doesNotContain("fixed parameters");
  }

  @Test
  void aUniformFitsInfiniteAdIsShownWithItsPValueAsInTheGofTab() {
    sample.set(
        SampleSnapshot.of(SampleGenerator.draw(spec("uniform(lower=0, upper=1)"), 200, 4), "u"));
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(c.family().name().equals("uniform")));
    vm.fit();
    FitRow u = vm.rows().get(0);
    double ad = u.result().test(Criterion.AD).orElseThrow().statistic();
    assertThat(ad).isEqualTo(Double.POSITIVE_INFINITY); // the fit's ends are the extremes
    assertThat(u.text(FitColumn.AD)).isEqualTo("∞");
    assertThat(u.number(FitColumn.AD)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(u.figureDetail(FitColumn.AD)).contains("F is 0 or 1");
    var p = u.result().test(Criterion.AD).orElseThrow().p();
    assertThat(u.text(FitColumn.AD_P))
        .isEqualTo(
            org.probscope.app.common.PValueText.format(
                p, v -> org.probscope.model.distribution.Figures.format(v, 3)));
    assertThat(u.text(FitColumn.AD_P)).isEqualTo("0");
  }

  @Test
  void quantileMatchingTakesTypedProbabilitiesOnePerFreeParameter() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.settings().methodProperty().set(FitMethod.QUANTILES);
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(
            c ->
                c.checkedProperty()
                    .set(List.of("gamma", "exponential").contains(c.family().name())));
    vm.settings().probabilitiesTextProperty().set("0.25, 0.75");
    // exponential has one free parameter: named, and Fit refuses, as fit --probs does
    assertThat(vm.settings().probabilitiesProblemProperty().get())
        .contains("2 probabilities given")
        .contains("exponential (1)")
        .doesNotContain("gamma");
    vm.fit();
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.messageProperty().get()).startsWith(FitSettings.PROBABILITIES_REFUSED);
    vm.settings().probabilitiesTextProperty().set("0.25, 1.5");
    assertThat(vm.settings().probabilitiesProblemProperty().get()).contains("between 0 and 1");
    vm.settings().probabilitiesTextProperty().set("0.5, 0.5");
    assertThat(vm.settings().probabilitiesProblemProperty().get()).contains("0.5 is given twice");
    vm.settings().probabilitiesTextProperty().set("0.25, 0.75");
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(c.family().name().equals("gamma")));
    assertThat(vm.settings().probabilitiesProblemProperty().get()).isEmpty();
    assertThat(vm.messageProperty().get()).doesNotStartWith(FitSettings.PROBABILITIES_REFUSED);
    vm.fit();
    FitOptions asked = vm.fittedProperty().get().options();
    assertThat(asked.method()).isEqualTo(FitMethod.QUANTILES);
    assertThat(asked.probabilities()).containsExactly(0.25, 0.75);
    var expected =
        Fitter.fit(
            Families.byName("gamma").orElseThrow(), FitData.of(sample.get().sample()), asked);
    assertThat(vm.rows().get(0).result().spec()).isEqualTo(expected.spec());
    // the fitted quantiles at 0.25 and 0.75 are the sample's (quantile matching hits them)
    Distribution fit = vm.rows().get(0).result().distribution().orElseThrow();
    FitData data = FitData.of(sample.get().sample());
    assertThat(fit.quantile(0.25)).isCloseTo(data.quantile(0.25), within(1e-6));
    // another method: the probabilities are not asked for, and do not refuse
    vm.settings().methodProperty().set(FitMethod.MLE);
    vm.settings().probabilitiesTextProperty().set("0.5");
    assertThat(vm.settings().probabilitiesProblemProperty().get()).isEmpty();
  }

  @Test
  void maximumGoodnessOfFitUsesTheChosenDistanceCvmByDefault() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    assertThat(vm.settings().distanceProperty().get()).isEqualTo(MgeDistance.CVM);
    vm.settings().methodProperty().set(FitMethod.GOODNESS_OF_FIT);
    vm.settings().distanceProperty().set(MgeDistance.AD);
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(c.family().name().equals("gamma")));
    vm.fit();
    FitOptions asked = vm.fittedProperty().get().options();
    assertThat(asked.distance()).isEqualTo(MgeDistance.AD);
    var expected =
        Fitter.fit(
            Families.byName("gamma").orElseThrow(), FitData.of(sample.get().sample()), asked);
    var cvm =
        Fitter.fit(
            Families.byName("gamma").orElseThrow(),
            FitData.of(sample.get().sample()),
            asked.withDistance(MgeDistance.CVM));
    assertThat(vm.rows().get(0).result().spec())
        .isEqualTo(expected.spec())
        .isNotEqualTo(cvm.spec());
  }

  @Test
  void wholeNumbersGiveTwoRankingsTheSecondMarkedAtItsFirstRow() {
    sample.set(SampleSnapshot.of(SampleGenerator.draw(spec("poisson(mean=7)"), 300, 6), "counts"));
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.fit();
    assertThat(vm.mixedKindsProperty().get()).isTrue();
    List<FitRow> starts = vm.rows().stream().filter(FitRow::startsSecondRanking).toList();
    assertThat(starts).hasSize(1);
    int at = vm.rows().indexOf(starts.get(0));
    assertThat(starts.get(0).result().family().isDiscrete()).isFalse();
    assertThat(vm.rows().subList(0, at))
        .isNotEmpty()
        .allMatch(r -> r.result().family().isDiscrete());
    // ΔAIC starts again at 0 in the second ranking
    assertThat(starts.get(0).text(FitColumn.DELTA_AIC)).isEqualTo("0");
    // re-ranked, still two rankings; continuous data: one
    vm.settings().criterionProperty().set(Criterion.BIC);
    assertThat(vm.mixedKindsProperty().get()).isTrue();
    assertThat(vm.rows().stream().filter(FitRow::startsSecondRanking)).hasSize(1);
    drawGamma();
    vm.fit();
    assertThat(vm.mixedKindsProperty().get()).isFalse();
    assertThat(vm.rows()).noneMatch(FitRow::startsSecondRanking);
  }

  @Test
  void theProfileIsShownForMaximumLikelihoodOnly() {
    drawGamma();
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FitViewModel vm = vm(runner);
    FitPlotsViewModel plots = new FitPlotsViewModel(runner, vm);
    vm.settings().scopeProperty().set(FitSettings.Scope.CHECKED);
    vm.settings()
        .choices()
        .forEach(c -> c.checkedProperty().set(c.family().name().equals("gamma")));
    vm.settings().methodProperty().set(FitMethod.MOMENTS);
    vm.fit();
    plots.kindProperty().set(FitPlotsViewModel.PlotKind.PROFILE);
    var model = plots.modelProperty().get();
    assertThat(model.title()).isEqualTo(FitPlotsViewModel.notLikelihood(FitMethod.MOMENTS));
    assertThat(model.layers()).noneMatch(PlotLayer.Polyline.class::isInstance);
    vm.settings().methodProperty().set(FitMethod.MLE);
    vm.fit();
    assertThat(plots.modelProperty().get().title()).startsWith("Profile log-likelihood of shape");
  }

  @Test
  void theParametersCellsTooltipHoldsItsFullText() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.fit();
    for (FitRow r : vm.rows().stream().filter(FitRow::isOk).toList()) {
      String tip = FitTable.parametersDetail(r);
      assertThat(tip).startsWith(r.text(FitColumn.PARAMETERS)).contains(r.result().spec());
    }
  }

  @Test
  void tableTextIsTabSeparatedWithAHeaderAndNoDashes() {
    drawGamma();
    FitViewModel vm = vm(new SameThreadTaskRunner());
    vm.fit();
    String[] lines = vm.tableText().split("\n");
    assertThat(lines).hasSize(vm.rows().size() + 1);
    assertThat(lines[0]).startsWith("#\tFamily\tParameters ± SE\tln L\tAIC");
    assertThat(lines[0]).contains("KS p (as if known)");
    String best = lines[1];
    // every column, the three corrected p-values' Monte-Carlo errors, the spec
    assertThat(best.split("\t", -1)).hasSize(FitColumn.values().length + 3 + 1);
    assertThat(best).endsWith(vm.rows().get(0).result().spec());
    assertThat(vm.tableText()).doesNotContain("—").doesNotContain("NaN");
  }

  @Test
  void plotsOverlayTheBestThreeAndAtMostSix() {
    drawGamma();
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FitViewModel vm = vm(runner);
    FitPlotsViewModel plots = new FitPlotsViewModel(runner, vm);
    vm.fit();
    assertThat(plots.overlays()).hasSize(FitPlotsViewModel.DEFAULT_OVERLAYS);
    List<FitRow> ok = vm.rows().stream().filter(FitRow::isOk).toList();
    ok.forEach(r -> r.overlaidProperty().set(true));
    assertThat(plots.overlays()).hasSize(FitPlotsViewModel.MAX_OVERLAYS);
    assertThat(plots.noteProperty().get()).contains("At most 6");
    plots.kindProperty().set(FitPlotsViewModel.PlotKind.CDF);
    List<PlotLayer> layers = plots.modelProperty().get().layers();
    List<PlotLayer.Curve> curves =
        layers.stream()
            .filter(PlotLayer.Curve.class::isInstance)
            .map(PlotLayer.Curve.class::cast)
            .toList();
    assertThat(curves).hasSize(6);
    assertThat(curves.stream().map(PlotLayer.Curve::dash).distinct()).hasSize(6);
    assertThat(curves.stream().map(PlotLayer.Curve::series).distinct()).hasSize(6);
    // Q-Q points come with a line in each fit's dash: told apart without colour too
    plots.kindProperty().set(FitPlotsViewModel.PlotKind.QQ);
    List<PlotLayer.Polyline> traces =
        plots.modelProperty().get().layers().stream()
            .filter(PlotLayer.Polyline.class::isInstance)
            .map(PlotLayer.Polyline.class::cast)
            .toList();
    assertThat(traces).hasSize(6);
    assertThat(traces.stream().map(PlotLayer.Polyline::dash).distinct()).hasSize(6);
    assertThat(traces.get(0).xs()).hasSizeLessThanOrEqualTo(FitPlotModels.TRACE_POINTS);
  }

  @Test
  void theOverlayLimitsNoteGoesWhenTheChecksAreWithinTheLimitAgain() {
    drawGamma();
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FitViewModel vm = vm(runner);
    FitPlotsViewModel plots = new FitPlotsViewModel(runner, vm);
    vm.fit();
    List<FitRow> ok = vm.rows().stream().filter(FitRow::isOk).toList();
    ok.forEach(r -> r.overlaidProperty().set(true));
    assertThat(plots.noteProperty().get()).isEqualTo(FitPlotsViewModel.OVERLAY_LIMIT);
    ok.get(0).overlaidProperty().set(false);
    assertThat(plots.noteProperty().get()).isEmpty();
    ok.forEach(r -> r.overlaidProperty().set(true));
    assertThat(plots.noteProperty().get()).isEqualTo(FitPlotsViewModel.OVERLAY_LIMIT);
    // a refit checks the best three afresh: the limit's note is stale and goes
    vm.fit();
    assertThat(plots.overlays()).hasSize(FitPlotsViewModel.DEFAULT_OVERLAYS);
    assertThat(plots.noteProperty().get()).isEmpty();
  }

  @Test
  void cullenFreyAndProfilePlotsAreBuilt() {
    drawGamma();
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FitViewModel vm = vm(runner);
    FitPlotsViewModel plots = new FitPlotsViewModel(runner, vm);
    vm.fit();
    plots.kindProperty().set(FitPlotsViewModel.PlotKind.CULLEN_FREY);
    assertThat(plots.modelProperty().get().title()).isEqualTo("Cullen and Frey graph");
    assertThat(plots.noteProperty().get()).contains("500 resamples");
    vm.selectedProperty().set(row(vm, "gamma"));
    plots.kindProperty().set(FitPlotsViewModel.PlotKind.PROFILE);
    assertThat(plots.profileChoices()).containsExactly("shape", "scale");
    assertThat(plots.modelProperty().get().title()).startsWith("Profile log-likelihood of shape");
    PlotLayer.Polyline profile =
        plots.modelProperty().get().layers().stream()
            .filter(PlotLayer.Polyline.class::isInstance)
            .map(PlotLayer.Polyline.class::cast)
            .findFirst()
            .orElseThrow();
    // the profile peaks at the estimate, where it equals the fit's ln L
    double lnL = row(vm, "gamma").result().logLikelihood();
    double peak = java.util.Arrays.stream(profile.ys()).max().orElseThrow();
    assertThat(peak).isCloseTo(lnL, org.assertj.core.api.Assertions.within(1e-6 * Math.abs(lnL)));
    assertThat(profile.ys()[0]).isLessThan(lnL - 1.92);
  }

  @Test
  void countDataGetMassBarsStemsAndTheDiscreteCullenFreyGraph() {
    sample.set(SampleSnapshot.of(SampleGenerator.draw(spec("poisson(mean=4)"), 300, 9), "counts"));
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FitViewModel vm = vm(runner);
    FitPlotsViewModel plots = new FitPlotsViewModel(runner, vm);
    vm.settings().scopeProperty().set(FitSettings.Scope.DISCRETE);
    vm.fit();
    assertThat(row(vm, "poisson").isOk()).isTrue();
    List<PlotLayer> layers = plots.modelProperty().get().layers();
    assertThat(layers.get(0)).isInstanceOf(PlotLayer.Histogram.class);
    assertThat(layers.get(0).name()).isEqualTo("data frequency");
    assertThat(layers).filteredOn(PlotLayer.Stems.class::isInstance).isNotEmpty();
    plots.kindProperty().set(FitPlotsViewModel.PlotKind.CULLEN_FREY);
    assertThat(plots.modelProperty().get().layers())
        .extracting(PlotLayer::name)
        .contains("poisson", "negative binomial (region)", "normal")
        .doesNotContain("lognormal");
  }

  private static FitRow row(FitViewModel vm, String family) {
    return vm.rows().stream().filter(r -> r.family().equals(family)).findFirst().orElseThrow();
  }
}
