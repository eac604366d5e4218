package org.probscope.app.fit;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.probscope.app.common.Controls;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitMethod;

/**
 * What to fit and how: candidate families (all, continuous, discrete or a checked list), method,
 * fixed parameters with their validation, ranking criterion, the bootstrap size B and seed (in
 * {@code fit-bootstrap-slot}), and Fit / Cancel.
 */
final class FitSettingsBar {

  private final FitViewModel vm;
  private final FitMethodOptions methodOptions;
  private final VBox root = new VBox(4);
  private final ComboBox<FitSettings.Scope> scope = new ComboBox<>();
  private final MenuButton checked = new MenuButton("Families…");
  private final ComboBox<FitMethod> method = new ComboBox<>();
  private final TextField fixed = new TextField();
  private final CheckBox locationScale = new CheckBox("_Location and scale for t, χ², F");
  private final ComboBox<Criterion> criterion = new ComboBox<>();
  private final Button fit = new Button("_Fit");
  private final Button cancel = new Button("Cancel");
  private final Label fixedProblems = Controls.errorLabel();
  private final HBox bootstrapSlot = new HBox(6);
  private final Spinner<Integer> refits = RefitsSpinner.create();
  private final TextField seed = new TextField();

  FitSettingsBar(FitViewModel vm) {
    this.vm = vm;
    this.methodOptions = new FitMethodOptions(vm.settings());
    createView();
    initListeners();
  }

  VBox root() {
    return root;
  }

  private void createView() {
    scope.setId("fit-scope");
    scope.getItems().setAll(FitSettings.Scope.values());
    scope.setConverter(
        converter(
            s ->
                switch (s) {
                  case ALL -> "All families";
                  case CONTINUOUS -> "Continuous";
                  case DISCRETE -> "Discrete";
                  case CHECKED -> "Checked list";
                }));
    scope.setTooltip(
        Controls.tooltip(
            "Which families to fit; families that do not apply to the data say why in their rows"));
    checked.setId("fit-families");
    checked.setTooltip(Controls.tooltip("Check the families of the \"Checked list\""));
    for (FamilyChoice c : vm.settings().choices()) {
      CheckBox box = new CheckBox(c.family().name());
      box.selectedProperty().bindBidirectional(c.checkedProperty());
      CustomMenuItem item = new CustomMenuItem(box, false);
      checked.getItems().add(item);
    }
    method.setId("fit-method");
    method.getItems().setAll(FitMethod.values());
    method.setConverter(converter(FitSettingsBar::methodLabel));
    method.setTooltip(
        Controls.tooltip(
            "How the parameters are estimated, as fitdistrplus::fitdist's method: maximum"
                + " likelihood, moments, quantile matching or maximum goodness of fit"));
    fixed.setId("fit-fixed");
    fixed.setPromptText("shape = 2, …");
    fixed.setPrefColumnCount(11);
    fixed.setTooltip(
        Controls.tooltip(
            "Parameters held fixed, name = value separated by commas; each applies to the families"
                + " that have it. Fixed parameters are marked in the table."));
    locationScale.setId("fit-location-scale");
    locationScale.setMnemonicParsing(true);
    locationScale.setTooltip(
        Controls.tooltip(
            "Fit studentt, chisquared and f with a location and a scale, as SciPy's loc and scale"
                + " do, made explicit in the spec: affine(studentt(df=…), shift=…, scale=…); their"
                + " shift and scale can be fixed like any parameter. Without it those families are"
                + " fitted in their standard form (centred at 0, unit scale), which rarely suits"
                + " data. The other families have a location or scale of their own and are"
                + " unchanged."));
    criterion.setId("fit-criterion");
    criterion.getItems().setAll(Criterion.values());
    criterion.setConverter(converter(FitSettingsBar::criterionLabel));
    criterion.setTooltip(
        Controls.tooltip("What the table ranks by; changing it re-ranks without refitting"));
    fit.setId("fit-run");
    fit.setTooltip(
        Controls.tooltip(
            "Fit the candidates to the active sample (Alt+F, or Enter in a field of this bar)"));
    fit.getStyleClass().add("accent");
    cancel.setId("fit-cancel");
    cancel.setTooltip(
        Controls.tooltip(
            "Stop the running fit or bootstrap (Escape); a bootstrap stopped part way keeps what it"
                + " did, marked partial"));
    createBootstrap();
    fixedProblems.setId("fit-fixed-problems");
    FlowPane bar =
        new FlowPane(
            10,
            6,
            group("Fa_milies", scope, checked),
            group("_Method", method),
            methodOptions.probabilities(),
            methodOptions.distance(),
            group("Fi_xed", fixed),
            locationScale,
            group("_Rank by", criterion),
            bootstrapSlot,
            new HBox(6, fit, cancel));
    bar.setAlignment(Pos.CENTER_LEFT);
    for (Node n : bar.getChildren()) {
      if (n instanceof Region r) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    Label probabilitiesProblem = methodOptions.problem();
    for (Label l : new Label[] {fixedProblems, probabilitiesProblem}) {
      // a narrow window wraps the reason rather than cutting it
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
      l.managedProperty().bind(l.textProperty().isNotEmpty());
      l.visibleProperty().bind(l.managedProperty());
    }
    root.getChildren().addAll(bar, fixedProblems, probabilitiesProblem);
  }

  private void createBootstrap() {
    refits.setId("fit-bootstrap-b");
    refits.setTooltip(
        Controls.tooltip(
            "Parametric bootstrap size B: 0 for none, otherwise "
                + org.probscope.model.fit.BootstrapSettings.MIN_REFITS
                + " to "
                + org.probscope.model.fit.BootstrapSettings.MAX_REFITS
                + " (200 to 1000 is usual; the arrows step through them). After the fit, each"
                + " fitted family draws B samples of n values from its fit and refits them"
                + " (fitdistrplus::bootdist): this gives percentile intervals of the parameters, the"
                + " bootstrap cloud, and KS, CvM and AD p-values corrected for the parameters"
                + " having been estimated. The p-values \"as if known\" (†) are too large when the"
                + " parameters were estimated from the same data."));
    seed.setId("fit-bootstrap-seed");
    seed.setPrefColumnCount(5);
    seed.setTextFormatter(
        new TextFormatter<>(
            new javafx.util.converter.LongStringConverter(),
            FitSettings.DEFAULT_SEED,
            change -> change.getControlNewText().matches("-?\\d{0,18}") ? change : null));
    seed.setTooltip(
        Controls.tooltip(
            "The bootstrap's seed: the same seed, data and B give the same refits and p-values"
                + " every time"));
    Label seedLabel = new Label("s_eed");
    seedLabel.setMnemonicParsing(true);
    seedLabel.setLabelFor(seed);
    Label refitsLabel = new Label("_Bootstrap B");
    refitsLabel.setMnemonicParsing(true);
    refitsLabel.setLabelFor(refits);
    bootstrapSlot.getChildren().setAll(refitsLabel, refits, seedLabel, seed);
    bootstrapSlot.setAlignment(Pos.CENTER_LEFT);
    bootstrapSlot.setId("fit-bootstrap-slot");
  }

  static HBox group(String label, Node... controls) {
    Label l = new Label(label);
    l.setMnemonicParsing(true);
    l.setLabelFor(controls[0]);
    HBox box = new HBox(6, l);
    box.getChildren().addAll(controls);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  static String methodLabel(FitMethod m) {
    return switch (m) {
      case MLE -> "max. likelihood";
      case MOMENTS -> "moments";
      case QUANTILES -> "quantiles";
      case GOODNESS_OF_FIT -> "max. goodness of fit";
    };
  }

  static String criterionLabel(Criterion c) {
    return switch (c) {
      case AIC -> "AIC";
      case AICC -> "AICc";
      case BIC -> "BIC";
      case LOG_LIKELIHOOD -> "ln L";
      case KS -> "KS D";
      case CVM -> "CvM W²";
      case AD -> "AD A²";
    };
  }

  private void initListeners() {
    scope.valueProperty().bindBidirectional(vm.settings().scopeProperty());
    method.valueProperty().bindBidirectional(vm.settings().methodProperty());
    criterion.valueProperty().bindBidirectional(vm.settings().criterionProperty());
    locationScale.selectedProperty().bindBidirectional(vm.settings().locationScaleProperty());
    fixed.textProperty().bindBidirectional(vm.settings().fixedTextProperty());
    fixedProblems.textProperty().bind(vm.settings().fixedProblemsProperty());
    checked
        .disableProperty()
        .bind(vm.settings().scopeProperty().isNotEqualTo(FitSettings.Scope.CHECKED));
    refits
        .getValueFactory()
        .valueProperty()
        .addListener(
            (obs, old, now) -> vm.settings().bootstrapRefitsProperty().set(now == null ? 0 : now));
    vm.settings()
        .bootstrapRefitsProperty()
        .addListener((obs, old, now) -> refits.getValueFactory().setValue(now.intValue()));
    @SuppressWarnings("unchecked")
    TextFormatter<Long> seedValue = (TextFormatter<Long>) seed.getTextFormatter();
    seedValue.valueProperty().bindBidirectional(vm.settings().bootstrapSeedProperty());
    fit.disableProperty().bind(vm.runningProperty());
    cancel.disableProperty().bind(vm.runningProperty().or(vm.bootstrap().runningProperty()).not());
    fit.setOnAction(e -> vm.fit());
    // Enter in any field of the bar fits (a button's Enter is its own action)
    root.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER
              && !(e.getTarget() instanceof Button)) {
            vm.fit();
            e.consume();
          }
        });
    cancel.setOnAction(e -> vm.cancel());
  }

  static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : f.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
