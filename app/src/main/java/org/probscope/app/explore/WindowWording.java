package org.probscope.app.explore;

import java.util.List;
import java.util.stream.Collectors;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Violation;

/**
 * Words the model's violations for the window. The model's messages name the command line's
 * remedies ("the families command lists them"); in the window the remedy is the family picker.
 */
final class WindowWording {

  private WindowWording() {}

  static String of(List<Violation> violations) {
    return violations.stream().map(WindowWording::of).collect(Collectors.joining("; "));
  }

  static String of(Violation v) {
    if (v.kind() == Violation.Kind.UNKNOWN_FAMILY) {
      return "unknown family \""
          + v.subject()
          + "\": the Family list above has all "
          + Families.all().size()
          + " ("
          + Families.all().stream().limit(4).map(Family::name).collect(Collectors.joining(", "))
          + ", …)";
    }
    return v.message();
  }
}
