package org.probscope.app.fit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.probscope.app.common.Controls;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.MgeDistance;

/**
 * The options of two methods in the settings bar, each shown only with its method: quantile
 * matching's probabilities (with what is wrong with them) and maximum goodness of fit's distance.
 */
final class FitMethodOptions {

  private final TextField probabilities = new TextField();
  private final ComboBox<MgeDistance> distance = new ComboBox<>();
  private final Label probabilitiesProblem = Controls.errorLabel();
  private final HBox probabilitiesGroup;
  private final HBox distanceGroup;

  FitMethodOptions(FitSettings settings) {
    probabilities.setId("fit-probabilities");
    probabilities.setPromptText("default: 1/(k+1), …, k/(k+1)");
    probabilities.setPrefColumnCount(12);
    probabilities.setTooltip(
        Controls.tooltip(
            "Quantile matching (fitdistrplus::qmedist's probs): the probabilities at which the"
                + " fit's quantiles are made to equal the sample's, separated by commas, e.g."
                + " 0.25, 0.75; one per free parameter of every candidate (families with another"
                + " count are named: fit them separately). Empty: each family's own 1/(k+1), …,"
                + " k/(k+1) for its k free parameters (1/3, 2/3 for two)."));
    distance.setId("fit-distance");
    distance.getItems().setAll(MgeDistance.values());
    distance.setConverter(
        FitSettingsBar.converter(
            d ->
                switch (d) {
                  case KS -> "KS";
                  case CVM -> "CvM";
                  case AD -> "AD";
                }));
    distance.setTooltip(
        Controls.tooltip(
            "Maximum goodness of fit (fitdistrplus::mgedist): the distance between the empirical"
                + " and the fitted CDF that the estimate minimises. KS: the largest gap; CvM"
                + " (default): the squared gap integrated over the fit; AD: the same weighted by"
                + " 1/(F(1 − F)), so the tails count as much as the middle."));
    probabilitiesGroup = FitSettingsBar.group("Prob_abilities", probabilities);
    distanceGroup = FitSettingsBar.group("Dista_nce", distance);
    probabilitiesGroup.setId("fit-probabilities-group");
    distanceGroup.setId("fit-distance-group");
    probabilitiesProblem.setId("fit-probabilities-problem");
    probabilities.textProperty().bindBidirectional(settings.probabilitiesTextProperty());
    distance.valueProperty().bindBidirectional(settings.distanceProperty());
    probabilitiesGroup
        .visibleProperty()
        .bind(settings.methodProperty().isEqualTo(FitMethod.QUANTILES));
    distanceGroup
        .visibleProperty()
        .bind(settings.methodProperty().isEqualTo(FitMethod.GOODNESS_OF_FIT));
    probabilitiesGroup.managedProperty().bind(probabilitiesGroup.visibleProperty());
    distanceGroup.managedProperty().bind(distanceGroup.visibleProperty());
    probabilitiesProblem.textProperty().bind(settings.probabilitiesProblemProperty());
  }

  /** "Probabilities" and its field, shown with quantile matching. */
  HBox probabilities() {
    return probabilitiesGroup;
  }

  /** "Distance" and its choice, shown with maximum goodness of fit. */
  HBox distance() {
    return distanceGroup;
  }

  /** What is wrong with the probabilities; empty otherwise. */
  Label problem() {
    return probabilitiesProblem;
  }
}
