package org.probscope.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.MgeDistance;
import org.probscope.model.text.Echo;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The converters of {@code fit}'s options; each failure is one line naming what was expected. */
final class FitConverters {

  private FitConverters() {}

  /**
   * The families of one {@code --families} value; a record, not a list, so that picocli treats the
   * option as single-valued (a list-typed option would be repeatable and would merge repeats).
   */
  record FamilyChoice(List<Family> families) {}

  /** {@code --families}: a comma-separated list of names, or all, continuous or discrete. */
  static final class FamilyList implements ITypeConverter<FamilyChoice> {
    @Override
    public FamilyChoice convert(String text) {
      return new FamilyChoice(families(text));
    }

    private static List<Family> families(String text) {
      String key = text.strip().toLowerCase(Locale.ROOT);
      switch (key) {
        case "all":
          return Families.all();
        case "continuous":
          return Families.all().stream().filter(f -> !f.isDiscrete()).toList();
        case "discrete":
          return Families.all().stream().filter(Family::isDiscrete).toList();
        default:
          break;
      }
      Set<Family> chosen = new LinkedHashSet<>();
      for (String name : key.split(",", -1)) {
        String n = name.strip();
        chosen.add(
            Families.byName(n)
                .orElseThrow(
                    () ->
                        new TypeConversionException(
                            (n.isEmpty() ? "an empty family name" : "unknown family " + quote(n))
                                + "; give all, continuous, discrete or names from: "
                                + Families.all().stream()
                                    .map(Family::name)
                                    .collect(Collectors.joining(", ")))));
      }
      return List.copyOf(chosen);
    }
  }

  /** {@code --method mle|mm|qme|mge}. */
  static final class Method implements ITypeConverter<FitMethod> {
    @Override
    public FitMethod convert(String text) {
      return FitMethod.byCode(text)
          .orElseThrow(() -> unknown(text, FitMethod.values(), FitMethod::code));
    }
  }

  /** {@code --rank aic|aicc|bic|loglik|ks|cvm|ad}. */
  static final class Rank implements ITypeConverter<Criterion> {
    @Override
    public Criterion convert(String text) {
      return Criterion.byCode(text)
          .orElseThrow(() -> unknown(text, Criterion.values(), Criterion::code));
    }
  }

  /** {@code --distance ks|cvm|ad}. */
  static final class Distance implements ITypeConverter<MgeDistance> {
    @Override
    public MgeDistance convert(String text) {
      return MgeDistance.byCode(text)
          .orElseThrow(() -> unknown(text, MgeDistance.values(), MgeDistance::code));
    }
  }

  /** The probabilities of one {@code --probs} value (a record for the reason of FamilyChoice). */
  record ProbabilityChoice(List<Double> probabilities) {}

  /** {@code --probs p1,p2,...}: probabilities strictly between 0 and 1. */
  static final class Probabilities implements ITypeConverter<ProbabilityChoice> {
    @Override
    public ProbabilityChoice convert(String text) {
      List<Double> out = new ArrayList<>();
      for (String part : text.split(",", -1)) {
        double p;
        try {
          p = new NumberConverters.Real().convert(part);
        } catch (TypeConversionException e) {
          throw new TypeConversionException(
              "expected probabilities separated by commas, such as 0.25,0.75; " + e.getMessage());
        }
        if (!(p > 0 && p < 1)) {
          throw new TypeConversionException(
              "each probability must lie strictly between 0 and 1 (got " + part.strip() + ")");
        }
        out.add(p);
      }
      return new ProbabilityChoice(List.copyOf(out));
    }
  }

  /** {@code --bootstrap B} and {@code --seed S}: a whole number in a long's range. */
  static final class WholeNumber implements ITypeConverter<Long> {
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d{1,19}");

    @Override
    public Long convert(String text) {
      String t = text.strip();
      if (DIGITS.matcher(t).matches()) {
        try {
          return Long.parseLong(t);
        } catch (NumberFormatException e) {
          // 19 digits beyond the range: the message below
        }
      }
      throw new TypeConversionException(
          "expected a whole number from "
              + Long.MIN_VALUE
              + " to "
              + Long.MAX_VALUE
              + ", got "
              + quote(text));
    }
  }

  /** One {@code --fix name=value}. */
  record Fixed(String name, double value) {}

  /** {@code --fix name=value}: a lowercase parameter name and a finite number. */
  static final class Fix implements ITypeConverter<Fixed> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");

    @Override
    public Fixed convert(String text) {
      int eq = text.indexOf('=');
      if (eq < 0) {
        throw new TypeConversionException(
            "expected NAME=VALUE, such as shape=2, got " + quote(text));
      }
      String name = text.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (!NAME.matcher(name).matches()) {
        throw new TypeConversionException(
            "expected a parameter name before '=', such as shape=2, got " + quote(text));
      }
      double value;
      try {
        value = new NumberConverters.Real().convert(text.substring(eq + 1));
      } catch (TypeConversionException e) {
        throw new TypeConversionException(name + ": " + e.getMessage());
      }
      if (!Double.isFinite(value)) {
        throw new TypeConversionException(name + ": a fixed value must be finite");
      }
      return new Fixed(name, value);
    }
  }

  private static <T> TypeConversionException unknown(
      String text, T[] values, Function<T, String> code) {
    return new TypeConversionException(
        "expected one of "
            + Arrays.stream(values).map(code).collect(Collectors.joining(", "))
            + ", got "
            + quote(text));
  }

  private static String quote(String text) {
    return "'" + Echo.of(text) + "'";
  }
}
