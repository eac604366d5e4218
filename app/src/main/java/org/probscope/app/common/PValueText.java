package org.probscope.app.common;

import java.util.function.DoubleFunction;
import org.probscope.model.distribution.Figures;
import org.probscope.model.gof.PValue;

/**
 * A p-value as people read it: the number, or its bound as "&lt; 1e-300" (never a bare 0 or
 * "undefined" where only the bound is known). The reason for a bound goes beside it, in a tooltip
 * or a method column, not in the figure.
 */
public final class PValueText {

  private PValueText() {}

  /**
   * The p-value through {@code number}, or "&lt; " and the bound to three significant digits ("&lt;
   * 1e-300"): a bound is a round figure, not a measurement; "not available" when the method has no
   * p-value (never a NaN shown as a number).
   */
  public static String format(PValue p, DoubleFunction<String> number) {
    if (p.bound()) {
      return "< " + Figures.format(p.value(), 3);
    }
    return Double.isNaN(p.value()) ? "not available" : number.apply(p.value());
  }

  /** How the p-value was obtained, and why it is only a bound when it is one. */
  public static String method(PValue p) {
    return p.bound() ? p.method() + "; only a bound: " + p.boundReason() : p.method();
  }
}
