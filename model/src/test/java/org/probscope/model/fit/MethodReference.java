package org.probscope.model.fit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.sample.Sample;

/**
 * One data set of methods/make_methods_reference.R with the optima of make_methods_reference.py:
 * {@code name.data} (one value a line) and {@code name.properties}.
 */
record MethodReference(String name, Properties values, FitData data) {

  static final List<String> NAMES =
      List.of(
          "normal-150",
          "gamma-150",
          "weibull-150",
          "exponential-150",
          "lognormal-150",
          "beta-150",
          "logistic-150",
          "poisson-150",
          "negativebinomial-150");

  static MethodReference load(String name) {
    Properties p = new Properties();
    double[] x;
    try (InputStream in = resource(name + ".properties");
        InputStream d = resource(name + ".data")) {
      p.load(in);
      x =
          Arrays.stream(new String(d.readAllBytes(), StandardCharsets.UTF_8).split("\\s+"))
              .filter(s -> !s.isEmpty())
              .mapToDouble(Double::parseDouble)
              .toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MethodReference(name, p, FitData.of(Sample.of(name, x)));
  }

  private static InputStream resource(String file) {
    InputStream in = MethodReference.class.getResourceAsStream("methods/" + file);
    if (in == null) {
      throw new IllegalStateException("missing reference file " + file);
    }
    return in;
  }

  Family family() {
    return Families.byName(values.getProperty("family")).orElseThrow();
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  double get(String key) {
    String text = values.getProperty(key);
    if (text == null) {
      throw new IllegalStateException(name + " has no " + key);
    }
    return Double.parseDouble(text.strip());
  }

  /** The reference's full parameter vector under {@code prefix} (prefix.name for each name). */
  double[] parameters(String prefix) {
    return family().parameters().stream().mapToDouble(q -> get(prefix + "." + q.name())).toArray();
  }

  List<Double> probabilities(String prefix) {
    return Arrays.stream(values.getProperty(prefix + ".probabilities").split(","))
        .map(s -> Double.parseDouble(s.strip()))
        .toList();
  }

  @Override
  public String toString() {
    return name;
  }
}
