package org.probscope.app.explore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.probscope.model.distribution.Parameter;

/**
 * The range a parameter's slider spans around a value, and the step its values are rounded to.
 * Inside the parameter's suggested range that range is used as it is; a value outside it gets a
 * range of the same shape around it: scaled for a parameter that is a scale or a count (sd = 1000
 * gets about [10, 2000]), shifted for a location (mean = 1000 gets [997, 1003]), with the step
 * scaled alike to a round number and never finer than the doubles near the value can show. The
 * range is a function of the value alone, so typing 1000 and then 1 gives back the usual slider.
 *
 * @param min the slider's left end
 * @param max the slider's right end
 * @param step what a drag is rounded to and the arrow keys move by (a tenth with a modifier)
 */
public record SliderRange(double min, double max, double step) {

  /** The slider for {@code parameter} when its value is {@code value}. */
  public static SliderRange around(Parameter parameter, double value) {
    double lo = parameter.sliderMin();
    double hi = parameter.sliderMax();
    double step = parameter.step();
    if (!Double.isFinite(value) || (value >= lo && value <= hi)) {
      return new SliderRange(lo, hi, step);
    }
    double floor = Math.max(parameter.lower(), parameter.limitMin());
    double ceiling = Math.min(parameter.upper(), parameter.limitMax());
    double min;
    double max;
    if (lo >= 0 && parameter.lower() >= 0 && value > 0) {
      double k = value / (0.5 * (lo + hi));
      step = round(step * k, parameter.integer());
      min = lo * k;
      max = hi * k;
    } else {
      double resolution = 16 * Math.ulp(value);
      double widened = Math.max(step, nice(resolution));
      double width = (hi - lo) * widened / step;
      step = parameter.integer() ? Math.max(1, Math.rint(widened)) : widened;
      min = value - 0.5 * width;
      max = value + 0.5 * width;
    }
    min = Math.max(floor, min);
    max = Math.min(ceiling, max);
    if (!(min < max) || value < min || value > max) {
      return new SliderRange(Math.min(value, lo), Math.max(value, hi), step);
    }
    return new SliderRange(min, max, step);
  }

  /** The arrow-key step; a tenth of it with a modifier held. */
  public double step(boolean fine) {
    return fine ? step / 10 : step;
  }

  /** {@code raw} rounded to the nearest multiple of the step, without binary noise. */
  public double snap(double raw) {
    return snapTo(raw, step);
  }

  /** {@code raw} rounded to the nearest multiple of {@code grid}, without binary noise. */
  static double snapTo(double raw, double grid) {
    double snapped = Math.rint(raw / grid) * grid;
    if (!Double.isFinite(snapped)) {
      return raw;
    }
    int scale = Math.max(0, (int) -Math.floor(Math.log10(grid)));
    return BigDecimal.valueOf(snapped).setScale(scale, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double round(double step, boolean integer) {
    double nice = nice(step);
    return integer ? Math.max(1, Math.rint(nice)) : nice;
  }

  /** The nearest of 1, 2 or 5 times a power of ten. */
  static double nice(double x) {
    if (!(x > 0) || !Double.isFinite(x)) {
      return x;
    }
    int exponent = (int) Math.floor(Math.log10(x));
    double m = x / BigDecimal.ONE.scaleByPowerOfTen(exponent).doubleValue();
    int unit = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
    return BigDecimal.valueOf(unit).scaleByPowerOfTen(exponent).doubleValue();
  }
}
