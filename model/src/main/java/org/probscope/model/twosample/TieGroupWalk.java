package org.probscope.model.twosample;

import org.probscope.model.sample.Sample;

/**
 * Walks the distinct values of the pooled sample in ascending order, one group of equal values at a
 * time, over the sorted values of two samples (a merge, no sorting). After {@link #next()} the
 * counts describe the current group: how many values of each sample lie strictly below it and how
 * many are equal to it.
 *
 * <p>A cursor rather than a value: each statistic in this package makes one pass with its own walk,
 * which keeps the merge logic in one place.
 */
final class TieGroupWalk {

  private final Sample a;
  private final Sample b;
  private final int n;
  private final int m;
  private int belowA;
  private int belowB;
  private int throughA;
  private int throughB;
  private double value = Double.NaN;

  TieGroupWalk(Sample a, Sample b) {
    this.a = a;
    this.b = b;
    this.n = a.size();
    this.m = b.size();
  }

  /** Moves to the next distinct value; false once both samples are exhausted. */
  boolean next() {
    belowA = throughA;
    belowB = throughB;
    if (throughA == n && throughB == m) {
      return false;
    }
    double nextA = throughA < n ? a.sorted(throughA) : Double.POSITIVE_INFINITY;
    double nextB = throughB < m ? b.sorted(throughB) : Double.POSITIVE_INFINITY;
    value = Math.min(nextA, nextB);
    while (throughA < n && a.sorted(throughA) == value) {
      throughA++;
    }
    while (throughB < m && b.sorted(throughB) == value) {
      throughB++;
    }
    return true;
  }

  /** The current distinct value. */
  double value() {
    return value;
  }

  /** Values of a strictly below the current value. */
  int belowA() {
    return belowA;
  }

  /** Values of b strictly below the current value. */
  int belowB() {
    return belowB;
  }

  /** Values of a at or below the current value: n times the ECDF of a there. */
  int throughA() {
    return throughA;
  }

  /** Values of b at or below the current value: m times the ECDF of b there. */
  int throughB() {
    return throughB;
  }

  /** Values of a equal to the current value. */
  int tiesA() {
    return throughA - belowA;
  }

  /** Values of b equal to the current value. */
  int tiesB() {
    return throughB - belowB;
  }

  /** Pooled values strictly below the current value. */
  long below() {
    return (long) belowA + belowB;
  }

  /** Pooled values equal to the current value. */
  int ties() {
    return tiesA() + tiesB();
  }
}
