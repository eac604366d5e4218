package org.probscope.model.gof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;

/** One reference file written by model/src/test/python/make_gof_reference.py. */
record ReferenceCase(String name, Properties values) {

  static ReferenceCase load(String name) {
    Properties p = new Properties();
    try (InputStream in = ReferenceCase.class.getResourceAsStream(name + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("missing reference file " + name);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReferenceCase(name, p);
  }

  double get(String key) {
    String text = values.getProperty(key);
    if (text == null) {
      throw new IllegalStateException(name + " has no " + key);
    }
    return switch (text.strip()) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(text.strip());
    };
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Distribution target() {
    return DistributionSpec.parse(values.getProperty("target")).orElseThrow();
  }

  Sample sample() {
    double[] data =
        Arrays.stream(values.getProperty("data").split(","))
            .mapToDouble(s -> Double.parseDouble(s.strip()))
            .toArray();
    return Sample.of(name, data);
  }

  @Override
  public String toString() {
    return name;
  }
}
