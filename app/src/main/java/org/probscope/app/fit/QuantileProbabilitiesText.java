package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitProblem;
import org.probscope.model.fit.Fitter;

/**
 * Quantile matching's probabilities as typed, "0.25, 0.75": empty for the default 1/(k+1), …,
 * k/(k+1) of each family's k free parameters; otherwise one probability in (0, 1) per free
 * parameter of every candidate, as {@code fit --probs} (a family with another count is named, so
 * that it can be fitted separately).
 */
final class QuantileProbabilitiesText {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** The probabilities read (empty: the defaults) and what is wrong (empty when nothing is). */
  record Parsed(List<Double> probabilities, String problem) {
    Parsed {
      probabilities = List.copyOf(probabilities);
    }
  }

  private QuantileProbabilitiesText() {}

  /**
   * Reads {@code text} and checks its count against each candidate as fitted with {@code options}
   * (its fixed parameters and location-scale choice decide the free parameters).
   */
  static Parsed parse(String text, List<Family> candidates, FitOptions options) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return new Parsed(List.of(), "");
    }
    List<Double> ps = new ArrayList<>();
    for (String part : t.split("[,;\\s]+")) {
      if (!NUMBER.matcher(part).matches()) {
        return new Parsed(
            List.of(), "\"" + part + "\" is not a number: type probabilities such as 0.25, 0.75");
      }
      double p = Double.parseDouble(part);
      if (!(p > 0 && p < 1)) {
        return new Parsed(
            List.of(), "each probability lies strictly between 0 and 1 (got " + part + ")");
      }
      if (ps.contains(p)) {
        return new Parsed(
            List.of(),
            part
                + " is given twice: each probability gives one equation, and one equation twice"
                + " cannot fix two parameters");
      }
      ps.add(p);
    }
    List<String> others = new ArrayList<>();
    for (Family family : candidates) {
      int free =
          FitProblem.of(Fitter.fittedFamily(family, options), options.fixed())
              .value()
              .map(FitProblem::freeCount)
              .orElse(-1);
      if (free >= 0 && free != ps.size()) {
        others.add(family.name() + " (" + free + ")");
      }
    }
    if (others.isEmpty()) {
      return new Parsed(ps, "");
    }
    String count = ps.size() + (ps.size() == 1 ? " probability" : " probabilities");
    String shown =
        others.size() <= 4
            ? String.join(", ", others)
            : String.join(", ", others.subList(0, 4)) + " and " + (others.size() - 4) + " more";
    return new Parsed(
        ps,
        count
            + " given, one per free parameter, but these candidates have another count of free"
            + " parameters: "
            + shown
            + ". Check only families with "
            + ps.size()
            + ", or leave the field empty for each family's default 1/(k+1), …, k/(k+1).");
  }
}
