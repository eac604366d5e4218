package org.probscope.app.fit;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.Fitter;
import org.probscope.model.fit.MgeDistance;

/**
 * What the next fit will do: the candidate families (all, continuous, discrete or a checked list),
 * the method, the fixed parameters as typed with what is wrong with them, and the ranking
 * criterion; the parametric bootstrap's size B (0: none) and seed. Defaults: every family, maximum
 * likelihood, nothing fixed, AIC, no bootstrap, seed {@value #DEFAULT_SEED}, and studentt,
 * chisquared and f with a location and a scale.
 */
public final class FitSettings {

  /** Which families are candidates. */
  public enum Scope {
    ALL,
    CONTINUOUS,
    DISCRETE,
    CHECKED
  }

  /** The bootstrap's seed until the user types another: fixed, so that a rerun gives the same. */
  public static final long DEFAULT_SEED = 1;

  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ALL);
  private final ObjectProperty<FitMethod> method = new SimpleObjectProperty<>(FitMethod.MLE);
  private final ObjectProperty<Criterion> criterion = new SimpleObjectProperty<>(Criterion.AIC);
  private final IntegerProperty bootstrapRefits = new SimpleIntegerProperty(0);
  private final ObjectProperty<Long> bootstrapSeed = new SimpleObjectProperty<>(DEFAULT_SEED);
  private final BooleanProperty locationScale = new SimpleBooleanProperty(true);
  private final StringProperty probabilitiesText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper probabilitiesProblem = new ReadOnlyStringWrapper("");
  private final ObjectProperty<MgeDistance> distance = new SimpleObjectProperty<>(MgeDistance.CVM);
  private final StringProperty fixedText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper fixedProblems = new ReadOnlyStringWrapper("");
  private final ObservableList<FamilyChoice> choices =
      FXCollections.observableArrayList(Families.all().stream().map(FamilyChoice::new).toList());

  FitSettings() {
    fixedText.addListener(obs -> validate());
    scope.addListener(obs -> validate());
    locationScale.addListener(obs -> validate());
    method.addListener(obs -> validate());
    probabilitiesText.addListener(obs -> validate());
    for (FamilyChoice c : choices) {
      c.checkedProperty().addListener(obs -> validate());
    }
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  public ObjectProperty<FitMethod> methodProperty() {
    return method;
  }

  /** The ranking criterion; changing it re-ranks the fits on screen without refitting. */
  public ObjectProperty<Criterion> criterionProperty() {
    return criterion;
  }

  /**
   * B, the parametric bootstrap's refits per successful fit; 0 for none, otherwise from {@link
   * BootstrapSettings#MIN_REFITS} to {@link BootstrapSettings#MAX_REFITS}.
   */
  public IntegerProperty bootstrapRefitsProperty() {
    return bootstrapRefits;
  }

  /** The bootstrap's seed; null (nothing typed) is taken as {@value #DEFAULT_SEED}. */
  public ObjectProperty<Long> bootstrapSeedProperty() {
    return bootstrapSeed;
  }

  /** The bootstrap the next fit runs after fitting, or empty when B is 0 (or out of range). */
  public Optional<BootstrapSettings> bootstrap() {
    int b = bootstrapRefits.get();
    if (BootstrapSettings.refitsProblem(b).isPresent()) {
      return Optional.empty();
    }
    Long seed = bootstrapSeed.get();
    return Optional.of(BootstrapSettings.of(b, seed == null ? DEFAULT_SEED : seed));
  }

  /**
   * Whether studentt, chisquared and f are fitted with a location and a scale, as {@code
   * affine(studentt(df=..), shift=.., scale=..)} (SciPy's loc and scale, explicit in the spec). On
   * by default in the window: SciPy's users expect it, and a t fitted to shifted data without it is
   * of no use. Their shift and scale can then be fixed like any parameter.
   */
  public BooleanProperty locationScaleProperty() {
    return locationScale;
  }

  /**
   * Quantile matching's probabilities as typed, "0.25, 0.75"; empty for each family's default
   * 1/(k+1), …, k/(k+1). Read only with the method "quantiles".
   */
  public StringProperty probabilitiesTextProperty() {
    return probabilitiesText;
  }

  /** What is wrong with the probabilities (with the method "quantiles"); empty when nothing is. */
  public ReadOnlyStringProperty probabilitiesProblemProperty() {
    return probabilitiesProblem.getReadOnlyProperty();
  }

  /** The distance maximum goodness of fit minimises (KS, CvM or AD; CvM by default). */
  public ObjectProperty<MgeDistance> distanceProperty() {
    return distance;
  }

  /**
   * How the next fit fits: the method with its probabilities or distance, the fixed parameters and
   * the location and scale.
   */
  FitOptions options() {
    FitOptions o = shape().withMethod(method.get()).withFixed(parsedFixed().fixed());
    return switch (method.get()) {
      case QUANTILES -> o.withProbabilities(parsedProbabilities().probabilities());
      case GOODNESS_OF_FIT -> o.withDistance(distance.get());
      default -> o;
    };
  }

  QuantileProbabilitiesText.Parsed parsedProbabilities() {
    return QuantileProbabilitiesText.parse(
        probabilitiesText.get(), candidates(), shape().withFixed(parsedFixed().fixed()));
  }

  private FitOptions shape() {
    return FitOptions.defaults().withLocationScale(locationScale.get());
  }

  /** The start of Fit's message when it is refused for the fixed parameters. */
  static final String FIXED_REFUSED =
      "Not fitted: correct the fixed parameters (see under the field)";

  /** The start of Fit's message when it is refused for quantile matching's probabilities. */
  static final String PROBABILITIES_REFUSED =
      "Not fitted: correct the probabilities (see under the field)";

  /** Why Fit cannot start with these settings, or empty; the problem itself is under its field. */
  Optional<String> refusal() {
    if (!fixedProblems.get().isEmpty()) {
      return Optional.of(FIXED_REFUSED);
    }
    return probabilitiesProblem.get().isEmpty()
        ? Optional.empty()
        : Optional.of(PROBABILITIES_REFUSED);
  }

  /** Whether {@code message} is one of {@link #refusal()}'s. */
  static boolean isRefusal(String message) {
    return message.startsWith(FIXED_REFUSED) || message.startsWith(PROBABILITIES_REFUSED);
  }

  private void validate() {
    fixedProblems.set(parsedFixed().message());
    probabilitiesProblem.set(
        method.get() == FitMethod.QUANTILES ? parsedProbabilities().problem() : "");
  }

  /** The fixed parameters as typed, "name = value, ...". */
  public StringProperty fixedTextProperty() {
    return fixedText;
  }

  /** What is wrong with the fixed parameters as typed; empty when nothing is. */
  public ReadOnlyStringProperty fixedProblemsProperty() {
    return fixedProblems.getReadOnlyProperty();
  }

  /** Every family with its check box, for the "checked" scope. */
  public ObservableList<FamilyChoice> choices() {
    return choices;
  }

  /** The families the current scope selects. */
  public List<Family> candidates() {
    return switch (scope.get()) {
      case ALL -> Families.all();
      case CONTINUOUS -> Families.all().stream().filter(f -> !f.isDiscrete()).toList();
      case DISCRETE -> Families.all().stream().filter(Family::isDiscrete).toList();
      case CHECKED ->
          choices.stream()
              .filter(c -> c.checkedProperty().get())
              .map(FamilyChoice::family)
              .toList();
    };
  }

  FixedParametersText.Parsed parsedFixed() {
    // validated against the families as fitted: an affine studentt has a shift and a scale
    FitOptions shape = shape();
    return FixedParametersText.parse(
        fixedText.get(), candidates().stream().map(f -> Fitter.fittedFamily(f, shape)).toList());
  }
}
