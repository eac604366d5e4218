package org.probscope.model.fit;

import java.util.Map;
import java.util.Optional;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.SpecNumbers;

/**
 * Whether data can be fitted by a family at all, before any estimation: values outside the widest
 * support any parameters allow (negative values for a gamma, zeros for a lognormal, values outside
 * [0, 1] for a beta), non-integers for a discrete family, too few points. Such a family is reported
 * not applicable with the count of offending rows, never fitted to the rest.
 *
 * <p>The widest supports, over every parameter value: lognormal, gamma, weibull, chisquared, f,
 * beta's (0, 1) and pareto's (0, ∞) are open at 0 (the density is 0 or infinite there for some
 * shapes, so a zero cannot be fitted); exponential's [0, ∞) is closed; counts are ≥ 0; zipf's
 * values are ≥ 1; bernoulli's are 0 or 1. Families with a location (normal, levy, uniform, ...)
 * accept every real.
 */
final class Applicability {

  /** A widest support: lower and upper bounds and whether each is included. */
  private record Support(double lower, boolean lowerIncluded, double upper, boolean upperIncluded) {
    boolean contains(double x) {
      boolean aboveLower = lowerIncluded ? x >= lower : x > lower;
      boolean belowUpper = upperIncluded ? x <= upper : x < upper;
      return aboveLower && belowUpper;
    }

    String text() {
      return (lowerIncluded ? "[" : "(")
          + bound(lower)
          + ", "
          + bound(upper)
          + (upperIncluded ? "]" : ")");
    }

    private static String bound(double b) {
      return Double.isInfinite(b) ? (b > 0 ? "∞" : "−∞") : Long.toString((long) b);
    }
  }

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final Support POSITIVE = new Support(0, false, INF, false);
  private static final Support NON_NEGATIVE = new Support(0, true, INF, false);
  private static final Map<String, Support> SUPPORTS =
      Map.ofEntries(
          Map.entry("lognormal", POSITIVE),
          Map.entry("gamma", POSITIVE),
          Map.entry("weibull", POSITIVE),
          Map.entry("chisquared", POSITIVE),
          Map.entry("f", POSITIVE),
          Map.entry("pareto", POSITIVE),
          Map.entry("exponential", NON_NEGATIVE),
          Map.entry("beta", new Support(0, false, 1, false)),
          Map.entry("binomial", NON_NEGATIVE),
          Map.entry("poisson", NON_NEGATIVE),
          Map.entry("geometric", NON_NEGATIVE),
          Map.entry("negativebinomial", NON_NEGATIVE),
          Map.entry("hypergeometric", NON_NEGATIVE),
          Map.entry("zipf", new Support(1, true, INF, false)),
          Map.entry("bernoulli", new Support(0, true, 1, true)));

  private Applicability() {}

  /** Why {@code problem}'s family cannot be fitted to {@code data}, or empty when it can. */
  static Optional<FitFailure> check(FitProblem problem, FitData data) {
    Family family = problem.family();
    if (family.isDiscrete()) {
      long offending = 0;
      double example = Double.NaN;
      for (int i = 0; i < data.distinct(); i++) {
        double x = data.value(i);
        if (x != Math.rint(x)) {
          offending += rows(data, i);
          example = Double.isNaN(example) ? x : example;
        }
      }
      if (offending > 0) {
        return Optional.of(
            new FitFailure(
                FitFailure.Reason.NOT_INTEGER,
                offending,
                example,
                offending
                    + " of "
                    + data.rows()
                    + (data.rows() == 1 ? " value has" : " values have")
                    + " a fractional part (the smallest is "
                    + SpecNumbers.format(example)
                    + "); "
                    + family.name()
                    + " takes whole numbers only"));
      }
    }
    Support support = SUPPORTS.get(family.name());
    if (support != null) {
      long offending = 0;
      double example = Double.NaN;
      for (int i = 0; i < data.distinct(); i++) {
        double x = data.value(i);
        if (!support.contains(x)) {
          offending += rows(data, i);
          example = Double.isNaN(example) ? x : example;
        }
      }
      if (offending > 0) {
        return Optional.of(
            new FitFailure(
                FitFailure.Reason.OUTSIDE_SUPPORT,
                offending,
                example,
                offending
                    + " value"
                    + (offending == 1 ? " lies" : "s lie")
                    + " outside "
                    + family.name()
                    + "'s support "
                    + support.text()
                    + " (the smallest is "
                    + SpecNumbers.format(example)
                    + ")"));
      }
    }
    if (data.rows() < Math.max(1, problem.freeCount())) {
      return Optional.of(
          FitFailure.of(
              FitFailure.Reason.TOO_FEW_POINTS,
              problem.freeCount()
                  + " free parameters need at least as many points; there "
                  + (data.rows() == 1 ? "is 1" : "are " + data.rows())));
    }
    if (!family.isDiscrete() && data.allEqual() && problem.freeCount() >= 2) {
      return Optional.of(
          FitFailure.of(
              FitFailure.Reason.ALL_EQUAL,
              "all "
                  + data.rows()
                  + " values equal "
                  + data.min()
                  + ": the spread cannot be estimated"));
    }
    return Optional.empty();
  }

  /** Rows of distinct value i: its count, or 1 per distinct value for weighted data. */
  private static long rows(FitData data, int i) {
    return data.isWeighted() ? 1 : Math.round(data.weight(i));
  }
}
