package org.probscope.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.MgeDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code fit --data FILE [--column C] [--weights W] [--families ...] [--method ...] [--probs ...]
 * [--distance ...] [--fix name=value ...] [--rank ...] [--bootstrap B --seed S] [--json]}: fits
 * families to a CSV column and ranks them (DESIGN.md "Command line"; issue 8).
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Fits distribution families to a data column and ranks them.",
      "Reads one numeric column of a CSV file (as gof does), fits each family",
      "(maximum likelihood by default), and ranks the fits by AIC: parameters",
      "with standard errors from the observed information, log-likelihood,",
      "AIC, AICc, BIC, and the KS, Cramer-von Mises and Anderson-Darling",
      "statistics. Their plain p-values treat the estimated parameters as",
      "known, so they are too large; --bootstrap B --seed S adds corrected",
      "p-values (parametric bootstrap) and percentile intervals. Families that",
      "cannot be fitted (values outside the support, too few points, no",
      "convergence) are listed with the reason.",
      "With --weights W each row counts W times (frequency weights, as",
      "fitdistrplus's fitdist(x, weights = w)): moments divide by the sum of",
      "the weights, AIC, BIC and the standard errors use n = that sum, the",
      "bootstrap draws samples of that size, and KS, CvM and AD are not",
      "computed (they are defined for unweighted samples; gofstat refuses",
      "weights too)."
    },
    footer = {
      "",
      "JSON: {\"n\", \"fits\":[{\"family\", \"spec\", \"params\":{name:value},",
      "\"standardErrors\":{name:value}, \"logLik\", \"aic\", \"aicc\", \"bic\",",
      "\"ks\":{\"statistic\",\"pValue\",\"pValueMethod\",\"parametersEstimated\"},",
      "\"cvm\":{...}, \"ad\":{...}, \"status\"}]}, best first; a fixed parameter is",
      "absent from \"standardErrors\" and listed in \"fixed\"; a failed family has",
      "\"status\": \"<reason>: <detail>\" and null numbers. With --bootstrap each",
      "test adds \"pValueBootstrap\", \"pValueBootstrapMethod\", \"bootstrapB\",",
      "\"bootstrapFailed\" and \"bootstrapMcError\", and each fit a \"bootstrap\"",
      "object (percentile intervals, medians, standard errors, failed refits).",
      "With --weights, \"n\" counts the rows of positive weight, and",
      "\"weights\":{\"column\", \"position\", \"sum\", \"zeroRows\"} gives the sum",
      "(the n of the criteria) and the rows of weight 0 that were dropped;",
      "each fit's \"testsUnavailable\" says why ks, cvm and ad are null.",
      "",
      "Examples:",
      "  " + Cli.USAGE_NAME + " fit --data faithful.csv --column eruptions",
      "  " + Cli.USAGE_NAME + " fit --data x.csv --families gamma,weibull \\",
      "      --fix shape=2 --bootstrap 999 --seed 1 --json",
      "  " + Cli.USAGE_NAME + " fit --data counts.csv --column size --weights freq"
    })
final class FitCommand implements Callable<Integer> {

  static final String FIX = "--fix";
  static final String PROBS = "--probs";
  static final String BOOTSTRAP = "--bootstrap";
  static final String LOCATION_SCALE = "--location-scale";

  private final InputStream stdin;

  @Spec CommandSpec spec;

  @Mixin DataColumnOptions data;

  @Option(
      names = WeightColumn.WEIGHTS,
      paramLabel = "NAME|INDEX",
      description = {
        "A weight column: a header name, else a position.",
        "Read row by row with the values; weights >= 0,",
        "rows of weight 0 are dropped. Without --column",
        "the values are the suggested column (the first",
        "other column when that is the weight column)."
      })
  String weights;

  @Option(
      names = "--families",
      paramLabel = "LIST",
      defaultValue = "all",
      converter = FitConverters.FamilyList.class,
      description = "Names separated by commas, or all, continuous, discrete (default: all).")
  FitConverters.FamilyChoice familyChoice;

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "mle",
      converter = FitConverters.Method.class,
      description = "mle, mm (moments), qme (quantiles), mge (goodness of fit); default mle.")
  FitMethod method;

  @Option(
      names = PROBS,
      paramLabel = "P1,P2",
      converter = FitConverters.Probabilities.class,
      description = {
        "With --method qme: one probability per free parameter;",
        "default 1/(k+1), ..., k/(k+1) for k free parameters (1/3, 2/3 for two)."
      })
  FitConverters.ProbabilityChoice probabilityChoice;

  @Option(
      names = "--distance",
      paramLabel = "D",
      converter = FitConverters.Distance.class,
      description = "With --method mge: ks, cvm or ad (default cvm).")
  MgeDistance distance;

  @Option(
      names = FIX,
      paramLabel = "NAME=VALUE",
      converter = FitConverters.Fix.class,
      description = "Hold a parameter fixed (repeatable), e.g. --fix shape=2.")
  List<FitConverters.Fixed> fixed = new ArrayList<>();

  @Option(
      names = "--rank",
      paramLabel = "C",
      defaultValue = "aic",
      converter = FitConverters.Rank.class,
      description = "aic, aicc, bic, loglik, ks, cvm or ad (default aic).")
  Criterion rank;

  @Option(
      names = BOOTSTRAP,
      paramLabel = "B",
      converter = FitConverters.WholeNumber.class,
      description = {
        "Parametric bootstrap with B refits per fit ("
            + BootstrapSettings.MIN_REFITS
            + " to "
            + BootstrapSettings.MAX_REFITS
            + ");",
        "needs --seed."
      })
  Long refits;

  @Option(
      names = "--seed",
      paramLabel = "S",
      converter = FitConverters.WholeNumber.class,
      description = "The bootstrap's seed (any 64-bit integer).")
  Long seed;

  @Option(
      names = LOCATION_SCALE,
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = {
        "Fit studentt, chisquared and f with a location and a scale (the",
        "default, as the window does and as SciPy's loc and scale), named in",
        "the spec: affine(studentt(df=..), shift=.., scale=..).",
        "--no-location-scale fits them in their standard form."
      })
  boolean locationScale;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  /**
   * @param stdin what {@code --data -} reads
   */
  FitCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    List<Family> families = familyChoice.families();
    FitOptions options;
    Optional<BootstrapSettings> bootstrap;
    try {
      options =
          FitArguments.options(
              families,
              method,
              locationScale,
              fixed,
              probabilityChoice == null ? null : probabilityChoice.probabilities(),
              distance);
      bootstrap = FitArguments.bootstrap(refits, seed);
    } catch (FitArguments.Problem p) {
      throw badOption(p.option(), p.value(), p.getMessage());
    }
    DataColumn column = data.read(stdin, Optional.ofNullable(weights));
    FitReport report = FitReport.of(column, families, options, rank, bootstrap);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, FitJson.toJson(report));
    } else {
      FitText.toText(report).forEach(out::println);
    }
    return 0;
  }

  /** Reported as {@link ErrorReporter} reports a converter's message, {@code --option: reason}. */
  private ParameterException badOption(String option, String value, String message) {
    return new ParameterException(
        spec.commandLine(),
        message,
        new TypeConversionException(message),
        spec.findOption(option),
        value);
  }
}
