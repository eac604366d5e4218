package org.probscope.model.gof;

import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.StopLoss;
import org.probscope.model.sample.Sample;

/**
 * The Wasserstein-1 distance W₁ = ∫|Fₙ(x) − F(x)| dx between the sample's ECDF and the target,
 * exact to about 1e-10 relative for any target and any data.
 *
 * <p><b>Method.</b> W₁ = C(x₁) + Σ(xₙ) + Σᵢ ∫ over [xᵢ, xᵢ₊₁] of |F − i/n|, where C(x₁) = ∫₋∞^{x₁}
 * F and Σ(xₙ) = ∫_{xₙ}^∞ S are the target's stop-loss transforms ({@link StopLoss}: closed forms
 * per family, accurate on the tail side). In a gap Fₙ = i/n is constant and F monotone, so the gap
 * splits at most once, at F⁻¹(i/n) (polished to |F − i/n| ≤ 1e-6 of its value at the ends), and
 * once more at each support end or mode inside it, into pieces where g = F − i/n keeps one sign.
 * Each piece is taken by the first of these whose error bound is within 1e-11 of the piece: (1) the
 * trapezoid, when g varies by less than 1e-11 over the piece (exact, since |g| is monotone); (2)
 * the trapezoid minus h³F''/12 with F'' from the neighbouring gaps, when h³/6 times the
 * disagreement of the left and right estimates of F'' is within bound and no support end or mode
 * lies among the four points used; (3) the closed form D(v) − D(u) + (v − μ)g(v) − (u − μ)g(u) with
 * D the target's partial central moment, when its cancellation bound allows; (4) adaptive
 * Gauss–Kronrod on g, with the error of an interval bounded by the rise of g times its width
 * wherever the nodes miss part of the rise, so a narrow target inside a wide gap is isolated, not
 * missed. For a discrete target the gap is a lattice sum: the cells are walked with F updated atom
 * by atom (up to 4096 atoms), beyond that the same closed form on either side of the crossing atom.
 * Every piece is non-negative and carries at most 1e-11 of its own value as error, so W₁ does; the
 * pieces are added with compensated summation. Against mpmath (50 digits, piece by piece) the tests
 * require 1e-9 relative over all 26 families (see Wasserstein1ReferenceTest).
 *
 * @param value W₁, or {@code +Infinity} when the target has no finite mean or W₁ exceeds the
 *     largest double
 * @param reason why the value is infinite or not available; empty when it is a finite number
 */
public record Wasserstein1(double value, String reason) {

  static Wasserstein1 finite(double value) {
    return new Wasserstein1(value, "");
  }

  static Wasserstein1 infinite(String reason) {
    return new Wasserstein1(Double.POSITIVE_INFINITY, reason);
  }

  static Wasserstein1 unavailable(String reason) {
    return new Wasserstein1(Double.NaN, reason);
  }

  /**
   * W₁ of a sample against a target from the in-range part that {@link OrderStatisticPass} summed
   * over the gaps, adding the two parts beyond the sample.
   */
  static Wasserstein1 of(Sample sample, Distribution target, double inRange) {
    StopLoss stopLoss = StopLoss.of(target);
    if (!stopLoss.hasFiniteFirstMoment()) {
      return infinite(
          target.spec() + " has no finite mean, so ∫|Fn − F| dx diverges in its tail(s): W1 = ∞");
    }
    double total =
        stopLoss.cdfIntegral(sample.min()) + inRange + stopLoss.survivalIntegral(sample.max());
    if (total == Double.POSITIVE_INFINITY) {
      return infinite(
          "W1 exceeds the largest double (about 1.8e308): the sample or the target"
              + " is that far from the other");
    }
    if (!(total >= 0)) {
      return unavailable("W1 could not be computed for " + target.spec());
    }
    return finite(total);
  }

  public boolean isFinite() {
    return Double.isFinite(value);
  }
}
