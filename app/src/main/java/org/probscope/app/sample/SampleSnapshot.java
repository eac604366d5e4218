package org.probscope.app.sample;

import org.probscope.model.sample.Histogram;
import org.probscope.model.sample.Sample;

/**
 * A sample with what the views need of it, computed once off the FX thread.
 *
 * @param sample the values
 * @param histogram its default histogram
 * @param origin where it came from, for example "normal(mean=0, sd=1), seed 1" or a file name
 */
public record SampleSnapshot(Sample sample, Histogram histogram, String origin) {

  /** Builds the snapshot; O(n), for background threads. */
  public static SampleSnapshot of(Sample sample, String origin) {
    return new SampleSnapshot(sample, Histogram.of(sample), origin);
  }
}
