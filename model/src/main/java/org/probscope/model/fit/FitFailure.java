package org.probscope.model.fit;

import java.util.Objects;

/**
 * Why a family was not fitted: a value, never an exception, so that one family failing leaves the
 * others' results in the table. The app and the command line word it; {@link #detail()} carries the
 * figures (offending count, first offending value, iterations) for that wording.
 *
 * @param reason the kind of failure
 * @param offending how many rows caused it (for {@link Reason#OUTSIDE_SUPPORT} and {@link
 *     Reason#NOT_INTEGER}), otherwise 0
 * @param example the first offending value, or NaN
 * @param detail a short English explanation for the command line and logs
 */
public record FitFailure(Reason reason, long offending, double example, String detail) {

  /** The kinds of failure, each with a short status word for tables and JSON. */
  public enum Reason {
    /** Some values lie outside the family's support (negative values for a gamma, ...). */
    OUTSIDE_SUPPORT("outside support"),
    /** A discrete family and some values are not whole numbers. */
    NOT_INTEGER("not whole numbers"),
    /** Fewer points than the fit needs. */
    TOO_FEW_POINTS("too few points"),
    /** All values are equal: the likelihood is unbounded or the scale is zero. */
    ALL_EQUAL("all values equal"),
    /** The optimiser did not converge or the likelihood has no maximum inside the domain. */
    DID_NOT_CONVERGE("did not converge"),
    /** The method is not available for this family (or with these fixed parameters). */
    NOT_AVAILABLE("not available"),
    /** The fixed parameters are invalid for the family. */
    INVALID_FIXED("invalid fixed parameters"),
    /** The user cancelled the fit. */
    CANCELLED("cancelled");

    private final String status;

    Reason(String status) {
      this.status = status;
    }

    /** The short status word, as in {@code fit --json}'s {@code "status"}. */
    public String status() {
      return status;
    }
  }

  public FitFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  public static FitFailure of(Reason reason, String detail) {
    return new FitFailure(reason, 0, Double.NaN, detail);
  }

  /** The status text of {@code fit --json}: the reason's word and the detail. */
  public String status() {
    return reason.status() + ": " + detail;
  }
}
