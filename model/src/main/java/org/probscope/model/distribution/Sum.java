package org.probscope.model.distribution;

/**
 * A running sum with Neumaier's compensation (Kahan–Babuška): the rounding of each addition is kept
 * and added back at the end, so the result is within a few ulp of the exact sum of the terms
 * whatever their order and signs. Mutable; for local use in one method.
 */
final class Sum {

  private double sum;
  private double compensation;

  void add(double term) {
    double next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term : (term - next) + sum;
    sum = next;
  }

  double value() {
    return sum + compensation;
  }
}
