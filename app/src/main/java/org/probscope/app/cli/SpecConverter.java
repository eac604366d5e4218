package org.probscope.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Validated;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a distribution spec option through {@link DistributionSpec#parse(String)}. A spec that
 * breaks a rule is reported with every violation and, when the family is known, its name first, for
 * example {@code normal: sd must be > 0 (got -1)}; a nested spec names the path, {@code affine:
 * studentt: df must be > 0 (got -1)}.
 */
final class SpecConverter implements ITypeConverter<Distribution> {

  private static final Pattern LEADING_NAME = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*).*");

  @Override
  public Distribution convert(String text) {
    Validated<Distribution> parsed = DistributionSpec.parse(text);
    return parsed
        .value()
        .orElseThrow(() -> new TypeConversionException(familyPrefix(text) + parsed.message()));
  }

  private static String familyPrefix(String text) {
    Matcher m = LEADING_NAME.matcher(text == null ? "" : text);
    if (m.lookingAt()) {
      var family = Families.byName(m.group(1));
      if (family.isPresent()) {
        return family.get().name() + ": ";
      }
      if (m.group(1).equalsIgnoreCase(AffineFamily.NAME)) {
        return AffineFamily.NAME + ": ";
      }
    }
    return "";
  }
}
