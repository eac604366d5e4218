package org.probscope.model.twosample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.probscope.model.sample.Sample;

/**
 * One pair of samples from {@code reference.properties} with the SciPy values written next to it by
 * {@code model/src/test/python/make_twosample_reference.py} (the file header and the script's
 * docstring give the exact calls).
 */
final class ReferenceCase {

  static final List<String> NAMES =
      List.of(
          "tiny",
          "ties",
          "single",
          "equal20",
          "exact20x17",
          "unequal50x80",
          "discrete60x45",
          "larger2000x3000",
          "boundary10000x300",
          "large12000x15000",
          "shifted12000x15000");

  private static final Properties VALUES = load();

  final String name;
  final Sample a;
  final Sample b;

  private ReferenceCase(String name, Sample a, Sample b) {
    this.name = name;
    this.a = a;
    this.b = b;
  }

  static ReferenceCase named(String name) {
    if (VALUES.containsKey(name + ".generated")) {
      return generated(name);
    }
    return new ReferenceCase(
        name,
        Sample.of(name + " a", values(name + ".a")),
        Sample.of(name + " b", values(name + ".b")));
  }

  /** The large pairs, from the same MINSTD calls as the script. */
  private static ReferenceCase generated(String name) {
    switch (name) {
      case "boundary10000x300":
        return new ReferenceCase(
            name,
            Sample.of("a", minstd(12345, 10_000, 1, 0)),
            Sample.of("b", minstd(777, 300, 0.9, 0.08)));
      case "large12000x15000":
        return new ReferenceCase(
            name,
            Sample.of("a", minstd(4242, 12_000, 1, 0)),
            Sample.of("b", minstd(99, 15_000, 0.98, 0.015)));
      case "shifted12000x15000":
        return new ReferenceCase(
            name,
            Sample.of("a", minstd(4242, 12_000, 1, 0)),
            Sample.of("b", minstd(99, 15_000, 0.98, 0.03)));
      default:
        throw new IllegalArgumentException("no generator for " + name);
    }
  }

  /** Park–Miller MINSTD: s ← 48271·s mod (2³¹ − 1), value = (s/(2³¹ − 1))·scale + shift. */
  static double[] minstd(long seed, int n, double scale, double shift) {
    double[] values = new double[n];
    long s = seed;
    for (int i = 0; i < n; i++) {
      s = (s * 48271) % 2147483647L;
      values[i] = (s / 2147483647.0) * scale + shift;
    }
    return values;
  }

  boolean has(String key) {
    return VALUES.containsKey(name + "." + key);
  }

  double number(String key) {
    return Double.parseDouble(text(key));
  }

  String text(String key) {
    String value = VALUES.getProperty(name + "." + key);
    if (value == null) {
      throw new IllegalArgumentException("no reference value " + name + "." + key);
    }
    return value.trim();
  }

  private static double[] values(String key) {
    return Arrays.stream(VALUES.getProperty(key).trim().split(" "))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = ReferenceCase.class.getResourceAsStream("reference.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @Override
  public String toString() {
    return name + " (" + a.size() + " x " + b.size() + ")";
  }
}
