package org.probscope.app.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitProblem;
import org.probscope.model.fit.Fitter;
import org.probscope.model.fit.FixedParameters;
import org.probscope.model.fit.MgeDistance;

/**
 * {@code fit}'s options checked against each other and turned into {@link FitOptions} and {@link
 * BootstrapSettings}: --probs only with qme and one per free parameter, --distance only with mge, a
 * fixed name once and known to a chosen family, --seed only with --bootstrap and required by it. A
 * problem names the option at fault; {@link FitCommand} reports it as {@code --option: reason}.
 */
final class FitArguments {

  /** What is wrong with one option's value. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String option;
    private final String value;

    Problem(String option, String value, String message) {
      super(message, null, false, false);
      this.option = option;
      this.value = value;
    }

    String option() {
      return option;
    }

    String value() {
      return value;
    }
  }

  private FitArguments() {}

  /**
   * The options of a fit of {@code families}.
   *
   * @param probabilities --probs, or null when not given
   * @param distance --distance, or null when not given
   * @throws Problem when the options do not go together
   */
  static FitOptions options(
      List<Family> families,
      FitMethod method,
      boolean locationScale,
      List<FitConverters.Fixed> fixed,
      List<Double> probabilities,
      MgeDistance distance) {
    FitOptions options =
        FitOptions.defaults()
            .withMethod(method)
            .withLocationScale(locationScale)
            .withFixed(fixedParameters(families, fixed, locationScale));
    if (probabilities != null) {
      if (method != FitMethod.QUANTILES) {
        throw new Problem(
            FitCommand.PROBS, String.valueOf(probabilities), "is for --method qme only");
      }
      for (int i = 0; i < probabilities.size(); i++) {
        if (probabilities.subList(0, i).contains(probabilities.get(i))) {
          throw new Problem(
              FitCommand.PROBS,
              String.valueOf(probabilities),
              probabilities.get(i)
                  + " is given twice: each probability gives one equation, and one equation"
                  + " twice cannot fix two parameters");
        }
      }
      for (Family family : families) {
        int free =
            FitProblem.of(Fitter.fittedFamily(family, options), options.fixed())
                .value()
                .map(FitProblem::freeCount)
                .orElse(-1);
        if (free >= 0 && free != probabilities.size()) {
          throw new Problem(
              FitCommand.PROBS,
              String.valueOf(probabilities),
              probabilities.size()
                  + " probabilit"
                  + (probabilities.size() == 1 ? "y" : "ies")
                  + " given, but "
                  + family.name()
                  + " has "
                  + free
                  + " free parameter"
                  + (free == 1 ? "" : "s")
                  + " (one probability each; fit families with other counts separately)");
        }
      }
      options = options.withProbabilities(probabilities);
    }
    if (distance != null) {
      if (method != FitMethod.GOODNESS_OF_FIT) {
        throw new Problem("--distance", distance.code(), "is for --method mge only");
      }
      options = options.withDistance(distance);
    }
    return options;
  }

  /** The fixed values; a name twice, or a name no chosen family has, is refused. */
  private static FixedParameters fixedParameters(
      List<Family> families, List<FitConverters.Fixed> fixed, boolean locationScale) {
    FitOptions shape = FitOptions.defaults().withLocationScale(locationScale);
    FixedParameters result = FixedParameters.none();
    Set<String> seen = new HashSet<>();
    for (FitConverters.Fixed f : fixed) {
      if (!seen.add(f.name())) {
        throw new Problem(FitCommand.FIX, f.name(), f.name() + " is fixed twice");
      }
      if (families.stream()
          .noneMatch(
              family -> Fitter.fittedFamily(family, shape).parameter(f.name()).isPresent())) {
        throw new Problem(
            FitCommand.FIX,
            f.name(),
            "no chosen family has a parameter named "
                + f.name()
                + " (see '"
                + Cli.USAGE_NAME
                + " families' for the names)");
      }
      result = result.with(f.name(), f.value());
    }
    return result;
  }

  /**
   * The bootstrap's settings, or empty without --bootstrap.
   *
   * @throws Problem for a bad B, or --seed without --bootstrap, or --bootstrap without --seed
   */
  static Optional<BootstrapSettings> bootstrap(Long refits, Long seed) {
    if (refits == null) {
      if (seed != null) {
        throw new Problem("--seed", String.valueOf(seed), "is for --bootstrap only");
      }
      return Optional.empty();
    }
    Optional<String> problem = BootstrapSettings.refitsProblem(refits);
    if (problem.isPresent()) {
      throw new Problem(FitCommand.BOOTSTRAP, String.valueOf(refits), problem.get());
    }
    if (seed == null) {
      throw new Problem(
          FitCommand.BOOTSTRAP,
          String.valueOf(refits),
          "needs --seed S as well, so that the refits can be repeated");
    }
    return Optional.of(BootstrapSettings.of(refits.intValue(), seed));
  }
}
