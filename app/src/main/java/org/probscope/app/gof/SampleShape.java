package org.probscope.app.gof;

import org.probscope.model.sample.Histogram;
import org.probscope.model.sample.KernelDensity;
import org.probscope.model.sample.Sample;

/**
 * What the density view draws of a sample: its histogram with the chosen bins and its kernel
 * density estimate. Depends on the sample and the bin count only, so a target slider never
 * recomputes it.
 *
 * @param sample the sample
 * @param histogram the histogram
 * @param kde the Gaussian KDE with Silverman's bandwidth
 */
record SampleShape(Sample sample, Histogram histogram, KernelDensity kde) {

  /** Computes both; O(n). {@code bins} ≤ 0 means Freedman–Diaconis (or one bin per integer). */
  static SampleShape of(Sample sample, int bins) {
    Histogram h = bins > 0 ? Histogram.withBins(sample, bins) : Histogram.of(sample);
    return new SampleShape(sample, h, KernelDensity.of(sample));
  }
}
