package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.FixedParameters;

/**
 * The fixed-parameter editor's text, "name = value" entries separated by commas, semicolons or new
 * lines ("shape = 2, trials = 20"), read into {@link FixedParameters}. A bad entry is a message,
 * never a crash, and the good entries are kept.
 */
final class FixedParametersText {

  private static final Pattern SEPARATOR = Pattern.compile("[,;\\n]");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** What was read and what was wrong with the rest (empty when all is well). */
  record Parsed(FixedParameters fixed, List<String> problems) {
    Parsed {
      problems = List.copyOf(problems);
    }

    String message() {
      return String.join("; ", problems);
    }
  }

  private FixedParametersText() {}

  /**
   * Reads {@code text}; {@code candidates} are the families about to be fitted, so that a name none
   * of them has ("shap = 2") is reported instead of silently ignored.
   */
  static Parsed parse(String text, List<Family> candidates) {
    Map<String, Double> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String raw : SEPARATOR.split(text == null ? "" : text)) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq < 0) {
        problems.add("\"" + entry + "\" needs the form name = value");
        continue;
      }
      String name = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = entry.substring(eq + 1).strip();
      if (name.isEmpty()) {
        problems.add("\"" + entry + "\" has no parameter name");
      } else if (!NUMBER.matcher(value).matches()) {
        problems.add(name + ": \"" + value + "\" is not a number (use a dot: 2.5)");
      } else if (candidates.stream().noneMatch(f -> f.parameter(name).isPresent())) {
        problems.add("no candidate family has a parameter \"" + name + "\"");
      } else if (values.containsKey(name)) {
        problems.add(name + " is given twice");
      } else {
        values.put(name, Double.parseDouble(value));
      }
    }
    return new Parsed(FixedParameters.of(values), problems);
  }
}
