package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Where the families lie in the Cullen and Frey graph of β₁ = skewness² against β₂ = kurtosis (not
 * excess), from their closed-form moments; the same curves {@code fitdistrplus::descdist} draws
 * (version 1.1.8, whose expressions are quoted per family) plus the Weibull line it only mentions:
 *
 * <ul>
 *   <li>points: normal (0, 3), uniform (0, 9/5), logistic (0, 4.2), exponential (4, 9);
 *   <li>gamma(shape a): β₁ = 4/a, β₂ = 3 + 6/a, the line β₂ = 3 + 1.5 β₁;
 *   <li>lognormal(σ), with w = exp(σ²): β₁ = (w + 2)²(w − 1), β₂ = w⁴ + 2w³ + 3w² − 3;
 *   <li>weibull(k), with gᵣ = Γ(1 + r/k): the standardised third and fourth central moments of the
 *       raw moments gᵣ (Johnson, Kotz &amp; Balakrishnan 1994, vol. 1, eq. 21.10);
 *   <li>beta(p, q): β₁ = 4(q − p)²(p + q + 1) / ((p + q + 2)² pq), β₂ = 3(p + q + 1)(pq(p + q − 6)
 *       + 2(p + q)²) / (pq(p + q + 2)(p + q + 3)), filling the region 1 + β₁ &lt; β₂ &lt; 3 + 1.5
 *       β₁ between the two-point limit (p, q → 0) and the gamma line (p or q → ∞), the polygon
 *       descdist draws with p = e^{±100};
 *   <li>poisson(λ): β₁ = 1/λ, β₂ = 3 + 1/λ, the line β₂ = 3 + β₁;
 *   <li>negative binomial(r, p): β₁ = (2 − p)²/(r(1 − p)), β₂ = 3 + 6/r + p²/(r(1 − p)), filling
 *       the region 3 + β₁ &lt; β₂ &lt; 3 + 1.5 β₁ between its p → 1 limit (the Poisson line) and
 *       its p → 0 limit (the gamma line), descdist's polygon with p = e^{−10} and 1 − e^{−10}.
 * </ul>
 */
public final class CullenFreyReferences {

  /** How a reference is drawn. */
  public enum Shape {
    POINT,
    LINE,
    REGION
  }

  /** The families of descdist's graph (and the Weibull line). */
  public enum Reference {
    NORMAL(Shape.POINT),
    UNIFORM(Shape.POINT),
    LOGISTIC(Shape.POINT),
    EXPONENTIAL(Shape.POINT),
    BETA(Shape.REGION),
    GAMMA(Shape.LINE),
    LOGNORMAL(Shape.LINE),
    WEIBULL(Shape.LINE),
    POISSON(Shape.LINE),
    NEGATIVE_BINOMIAL(Shape.REGION);

    private final Shape shape;

    Reference(Shape shape) {
      this.shape = shape;
    }

    public Shape shape() {
      return shape;
    }
  }

  /** Weibull shapes beyond this add nothing visible and lose digits to cancellation. */
  private static final double WEIBULL_MAX_SHAPE = 100;

  private static final double WEIBULL_MIN_SHAPE = 0.05;

  private CullenFreyReferences() {}

  /** descdist's continuous set (with Weibull) or its discrete one (normal, poisson, neg. bin.). */
  public static List<Reference> references(boolean discrete) {
    return discrete
        ? List.of(Reference.NORMAL, Reference.POISSON, Reference.NEGATIVE_BINOMIAL)
        : List.of(
            Reference.NORMAL,
            Reference.UNIFORM,
            Reference.LOGISTIC,
            Reference.EXPONENTIAL,
            Reference.BETA,
            Reference.GAMMA,
            Reference.LOGNORMAL,
            Reference.WEIBULL);
  }

  /** The point of a {@link Shape#POINT} reference. */
  public static CullenFrey.Point point(Reference r) {
    return switch (r) {
      case NORMAL -> new CullenFrey.Point(0, 3);
      case UNIFORM -> new CullenFrey.Point(0, 9.0 / 5);
      case LOGISTIC -> new CullenFrey.Point(0, 4.2);
      case EXPONENTIAL -> new CullenFrey.Point(4, 9);
      default -> throw new IllegalArgumentException(r + " is not a point");
    };
  }

  public static CullenFrey.Point gamma(double shape) {
    return new CullenFrey.Point(4 / shape, 3 + 6 / shape);
  }

  public static CullenFrey.Point lognormal(double sigma) {
    double w = Math.exp(sigma * sigma);
    double w2 = w * w;
    return new CullenFrey.Point(
        (w + 2) * (w + 2) * Math.expm1(sigma * sigma), w2 * w2 + 2 * w2 * w + 3 * w2 - 3);
  }

  public static CullenFrey.Point weibull(double k) {
    double g1 = g(1, k);
    double g2 = g(2, k);
    double g3 = g(3, k);
    double g4 = g(4, k);
    double var = g2 - g1 * g1;
    double mu3 = g3 - 3 * g1 * g2 + 2 * g1 * g1 * g1;
    double mu4 = g4 - 4 * g1 * g3 + 6 * g1 * g1 * g2 - 3 * g1 * g1 * g1 * g1;
    return new CullenFrey.Point(mu3 * mu3 / (var * var * var), mu4 / (var * var));
  }

  private static double g(int r, double k) {
    return Math.exp(LogGamma.value(1 + r / k));
  }

  public static CullenFrey.Point beta(double p, double q) {
    double s = p + q;
    double s2 = 4 * (q - p) * (q - p) * (s + 1) / ((s + 2) * (s + 2) * p * q);
    double kurt = 3 * (s + 1) * (p * q * (s - 6) + 2 * s * s) / (p * q * (s + 2) * (s + 3));
    return new CullenFrey.Point(s2, kurt);
  }

  public static CullenFrey.Point poisson(double lambda) {
    return new CullenFrey.Point(1 / lambda, 3 + 1 / lambda);
  }

  public static CullenFrey.Point negativeBinomial(double r, double p) {
    return new CullenFrey.Point(
        (2 - p) * (2 - p) / (r * (1 - p)), 3 + 6 / r + p * p / (r * (1 - p)));
  }

  /** The lower edge β₂ of a {@link Shape#REGION} at β₁: 1 + β₁ (beta), 3 + β₁ (neg. binomial). */
  public static double regionLower(Reference r, double squaredSkewness) {
    return switch (r) {
      case BETA -> 1 + squaredSkewness;
      case NEGATIVE_BINOMIAL -> 3 + squaredSkewness;
      default -> throw new IllegalArgumentException(r + " is not a region");
    };
  }

  /** The upper edge β₂ of a {@link Shape#REGION} at β₁: the gamma line 3 + 1.5 β₁ for both. */
  public static double regionUpper(Reference r, double squaredSkewness) {
    if (r.shape() != Shape.REGION) {
      throw new IllegalArgumentException(r + " is not a region");
    }
    return 3 + 1.5 * squaredSkewness;
  }

  /**
   * A {@link Shape#LINE} reference as a polyline from β₁ = 0 (or where the family starts) to β₁ =
   * {@code maxSquaredSkewness}, in order of its parameter, with {@code points} vertices.
   */
  public static List<CullenFrey.Point> line(Reference r, double maxSquaredSkewness, int points) {
    if (!(maxSquaredSkewness > 0) || points < 2) {
      throw new IllegalArgumentException("need maxSquaredSkewness > 0 and points ≥ 2");
    }
    List<CullenFrey.Point> out = new ArrayList<>(points);
    switch (r) {
      case GAMMA, POISSON -> {
        double slope = r == Reference.GAMMA ? 1.5 : 1;
        for (int i = 0; i < points; i++) {
          double b1 = maxSquaredSkewness * i / (points - 1);
          out.add(new CullenFrey.Point(b1, 3 + slope * b1));
        }
      }
      case LOGNORMAL -> {
        double top = sigmaAt(maxSquaredSkewness);
        for (int i = 0; i < points; i++) {
          out.add(lognormal(top * i / (points - 1)));
        }
      }
      case WEIBULL -> {
        // k from large (β₁ → 1.30 as skewness → −1.14) down through 3.6 (skewness 0) to small
        double logHi = Math.log(WEIBULL_MAX_SHAPE);
        double logLo = Math.log(WEIBULL_MIN_SHAPE);
        for (int i = 0; i < points; i++) {
          CullenFrey.Point p = weibull(Math.exp(logHi + (logLo - logHi) * i / (points - 1)));
          if (p.squaredSkewness() > maxSquaredSkewness && !out.isEmpty()) {
            out.add(p);
            break; // one vertex past the edge, so that the line reaches it
          }
          out.add(p);
        }
      }
      default -> throw new IllegalArgumentException(r + " is not a line");
    }
    return out;
  }

  /** σ of the lognormal whose β₁ is {@code b1}, by bisection (β₁ increases with σ). */
  static double sigmaAt(double b1) {
    double lo = 0;
    double hi = 1;
    while (lognormal(hi).squaredSkewness() < b1) {
      hi *= 2;
    }
    for (int i = 0; i < 100 && hi - lo > 1e-15 * hi; i++) {
      double mid = 0.5 * (lo + hi);
      if (lognormal(mid).squaredSkewness() < b1) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }
}
