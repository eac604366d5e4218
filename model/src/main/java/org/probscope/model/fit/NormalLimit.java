package org.probscope.model.fit;

import java.util.Optional;
import java.util.Set;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.SpecNumbers;

/**
 * The normal limit of a shifted and scaled studentt, chisquared or f: with every parameter free, df
 * → ∞ (both dfs for f) with the shift and scale following makes each of them a normal, so the
 * supremum of their likelihood is at least the normal fit's, which has a closed form. An optimum
 * below it is no maximum of the family (the likelihood rises towards the limit, often along a ridge
 * where the optimiser runs out of budget), and reporting it as "ok" would rank a worse fit of a
 * richer family as if it were the best the family can do.
 */
final class NormalLimit {

  private static final Set<String> BASES = Set.of("studentt", "chisquared", "f");

  private NormalLimit() {}

  /** To 7 significant digits: enough to compare two, short enough to read. */
  private static double rounded(double x) {
    return new java.math.BigDecimal(x).round(new java.math.MathContext(7)).doubleValue();
  }

  /** A figure in a failure's wording: 7 significant digits in the spec's number format. */
  static String readable(double x) {
    return Double.isFinite(x) ? SpecNumbers.format(rounded(x)) : SpecNumbers.format(x);
  }

  /** Whether the problem's family reaches the normal in a limit: an affine form, all free. */
  static boolean applies(FitProblem problem) {
    return problem.freeCount() == problem.parameterCount()
        && AffineFamily.baseOf(problem.family()).map(b -> BASES.contains(b.name())).orElse(false);
  }

  /** ln L of the normal fit (mean and population sd): −W (ln σ + ln √(2π) + ½). */
  static double logLikelihood(FitData data) {
    return -data.totalWeight() * (Math.log(data.sd()) + 0.5 * Math.log(2 * Math.PI) + 0.5);
  }

  /**
   * A failure when the family reaches the normal in a limit and {@code logLik} (its optimum's, or
   * −∞ when the optimiser did not settle) is below the normal's; empty otherwise.
   */
  static Optional<FitFailure> below(FitProblem problem, FitData data, double logLik) {
    if (!applies(problem) || !(data.sd() > 0)) {
      return Optional.empty();
    }
    double normal = logLikelihood(data);
    if (!(logLik < normal)) {
      return Optional.empty();
    }
    String df = problem.family().parameters().size() == 4 ? "df1, df2 → ∞" : "df → ∞";
    return Optional.of(
        FitFailure.of(
            FitFailure.Reason.DID_NOT_CONVERGE,
            "no maximum inside the family: ln L rises towards its limit "
                + df
                + ", the normal (ln L "
                + SpecNumbers.format(rounded(normal))
                + (Double.isFinite(logLik)
                    ? ", above this family's best " + SpecNumbers.format(rounded(logLik))
                    : "")
                + "); fit the normal instead"));
  }

  /**
   * A free df beyond {@value #RAN_OFF_DF}: there the family is its df → ∞ limit to about 1e-6, the
   * likelihood is flat along the df, and the estimate is wherever the optimiser stopped on a ridge
   * that rises towards the limit (an affine f on 10 + 3·t₃ data: df1 = 1.5e7, every standard error
   * undefined; SciPy's profile climbs to the df1 → ∞ limit, a shifted inverse gamma). Said so, with
   * the limit, instead of an "ok" row.
   */
  static Optional<FitFailure> ranOff(FitProblem problem, double[] values, String objective) {
    var parameters = problem.family().parameters();
    boolean affine = AffineFamily.isAffine(problem.family());
    for (int i = 0; i < values.length; i++) {
      String name = parameters.get(i).name();
      if (problem.isFree(i) && name.startsWith("df") && values[i] > RAN_OFF_DF) {
        return Optional.of(
            FitFailure.of(
                FitFailure.Reason.DID_NOT_CONVERGE,
                name
                    + " ran off to "
                    + readable(values[i])
                    + ": "
                    + objective
                    + " inside the family, only towards its "
                    + name
                    + " → ∞ limit"
                    + limit(problem, name, values, affine)));
      }
    }
    return Optional.empty();
  }

  static final double RAN_OFF_DF = 1e6;

  private static String limit(FitProblem problem, String name, double[] values, boolean affine) {
    String base = AffineFamily.baseOf(problem.family()).orElse(problem.family()).name();
    String shifted = affine ? "a shifted and scaled " : "a scaled ";
    if (!base.equals("f")) {
      return affine || base.equals("studentt")
          ? ", " + shifted.replace("a scaled ", "the standard ") + "normal"
          : "";
    }
    int other = problem.family().indexOf(name.equals("df1") ? "df2" : "df1");
    if (values[other] > RAN_OFF_DF) {
      return affine ? ", a normal" : "";
    }
    return ", " + shifted + (name.equals("df1") ? "inverse gamma" : "gamma");
  }
}
