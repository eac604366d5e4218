package org.probscope.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A significance level α, strictly between 0 and 1: at 0 nothing and at 1 everything would be
 * rejected, and the critical values do not exist there. Written as {@link NumberConverters} reads
 * numbers (plain or scientific notation with a dot).
 */
final class LevelConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String text) {
    double alpha = new NumberConverters.Real().convert(text);
    if (!(alpha > 0 && alpha < 1)) {
      throw new TypeConversionException("must be in (0, 1) (got " + text.strip() + ")");
    }
    return alpha;
  }
}
