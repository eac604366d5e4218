package org.probscope.model.fit;

import java.util.Optional;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.Family;

/** The closed-form scores of {@link LogDensityScore} (its formulas are listed there). */
final class DensityScores {

  private static final double LN_PI = Math.log(Math.PI);
  private static final double LN_2 = Math.log(2);

  private DensityScores() {}

  /** The score of a family, empty when it has none in closed form. */
  static Optional<LogDensityScore> of(Family family) {
    Optional<Family> base = AffineFamily.baseOf(family);
    String name = base.map(Family::name).orElse(family.name());
    Optional<LogDensityScore.Standard> standard =
        switch (name) {
          case "studentt" -> Optional.of(DensityScores::studentT);
          case "f" -> Optional.of(DensityScores::f);
          case "chisquared" -> Optional.of(DensityScores::chiSquared);
          case "cauchy" -> Optional.of(shapes -> DensityScores::cauchy);
          case "logistic" -> Optional.of(shapes -> DensityScores::logistic);
          default -> Optional.empty();
        };
    if (standard.isEmpty()) {
      return Optional.empty();
    }
    boolean own = name.equals("cauchy") || name.equals("logistic");
    boolean locationScale = base.isPresent() || own;
    int shapes = own ? 0 : base.orElse(family).parameters().size();
    LogDensityScore.Standard law = standard.get();
    return Optional.of(locationScale ? full -> affine(law, shapes, full) : full -> law.at(full));
  }

  private static LogDensityScore.Point affine(LogDensityScore.Standard law, int m, double[] full) {
    double shift = full[m];
    double scale = full[m + 1];
    LogDensityScore.Point base = law.at(full);
    if (!(scale > 0) || !Double.isFinite(shift) || base == null) {
      return null;
    }
    double logScale = Math.log(scale);
    return (x, w, gradient) -> {
      double y = (x - shift) / scale;
      double before = gradient[m];
      double log = base.add(y, w, gradient);
      double wg = gradient[m] - before;
      gradient[m] = before - wg / scale;
      gradient[m + 1] -= (w + y * wg) / scale;
      return log - logScale;
    };
  }

  private static double cauchy(double y, double w, double[] gradient) {
    double q = 1 + y * y;
    gradient[0] -= w * 2 * y / q;
    return -LN_PI - Math.log1p(y * y);
  }

  private static double logistic(double y, double w, double[] gradient) {
    double a = Math.abs(y);
    double e = Math.exp(-a);
    // tanh(y/2) = (1 − e^{−y})/(1 + e^{−y}), from the side where the exponential is small
    double tanh = Math.copySign((1 - e) / (1 + e), y);
    gradient[0] -= w * tanh;
    return -a - 2 * Math.log1p(e);
  }

  private static LogDensityScore.Point studentT(double[] shapes) {
    double nu = shapes[0];
    if (!(nu > 0) || !Double.isFinite(nu)) {
      return null;
    }
    double constant = -LogBeta.value(nu / 2, 0.5) - 0.5 * Math.log(nu);
    double half = (nu + 1) / 2;
    double dConstant = 0.5 * (Digamma.value(half) - Digamma.value(nu / 2)) - 0.5 / nu;
    return (y, w, gradient) -> {
      double y2 = y * y;
      double log1p = Math.log1p(y2 / nu);
      gradient[0] += w * (dConstant - 0.5 * log1p + half * y2 / (nu * (nu + y2)));
      gradient[1] -= w * (nu + 1) * y / (nu + y2);
      return constant - half * log1p;
    };
  }

  private static LogDensityScore.Point chiSquared(double[] shapes) {
    double k = shapes[0];
    if (!(k > 0) || !Double.isFinite(k)) {
      return null;
    }
    double half = k / 2;
    double constant = -half * LN_2 - LogGamma.value(half);
    double dConstant = -0.5 * LN_2 - 0.5 * Digamma.value(half);
    return (y, w, gradient) -> {
      if (!(y > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      double logY = Math.log(y);
      gradient[0] += w * (dConstant + 0.5 * logY);
      gradient[1] += w * ((half - 1) / y - 0.5);
      return constant + (half - 1) * logY - y / 2;
    };
  }

  private static LogDensityScore.Point f(double[] shapes) {
    double d1 = shapes[0];
    double d2 = shapes[1];
    if (!(d1 > 0 && d2 > 0) || !Double.isFinite(d1) || !Double.isFinite(d2)) {
      return null;
    }
    double h1 = d1 / 2;
    double h2 = d2 / 2;
    double logRatio = Math.log(d1) - Math.log(d2);
    double ratio = d1 / d2;
    double logBeta = LogBeta.value(h1, h2);
    double psiSum = Digamma.value(h1 + h2);
    double c1 = 0.5 - 0.5 * (Digamma.value(h1) - psiSum);
    double c2 = -h1 / d2 - 0.5 * (Digamma.value(h2) - psiSum);
    return (y, w, gradient) -> {
      if (!(y > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      double logY = Math.log(y);
      double logR = logRatio + logY;
      // L = ln(1 + r) and r/(1 + r); r itself only where it cannot overflow
      double big;
      double share;
      double r = ratio * y;
      if (r < 1e300) {
        big = Math.log1p(r);
        share = r / (1 + r);
      } else {
        big = logR + Math.log1p(Math.exp(-logR));
        share = 1 / (1 + Math.exp(-logR));
      }
      gradient[0] += w * (c1 + 0.5 * logR - 0.5 * big - (h1 + h2) / d1 * share);
      gradient[1] += w * (c2 - 0.5 * big + (h1 + h2) / d2 * share);
      gradient[2] += w * ((h1 - 1) - (h1 + h2) * share) / y;
      return h1 * logR - (h1 + h2) * big - logY - logBeta;
    };
  }
}
