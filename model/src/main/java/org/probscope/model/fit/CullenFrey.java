package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The data of a skewness–kurtosis (Cullen and Frey) graph, as {@code fitdistrplus::descdist(x,
 * method = "sample")}: the sample's point (β₁, β₂) = (skewness², kurtosis) from population moments
 * (divisor n, kurtosis not excess: the normal's is 3), and a cloud of the same point over seeded
 * nonparametric bootstrap resamples of the rows (descdist's {@code boot}). The families' points,
 * lines and regions to compare it with are in {@link CullenFreyReferences}. Cullen, A. C. &amp;
 * Frey, H. C. (1999), <i>Probabilistic techniques in exposure assessment</i>, Plenum, §6.
 * Immutable.
 */
public final class CullenFrey {

  /** descdist refuses fewer values: the moments of three points say nothing about the shape. */
  public static final int MIN_ROWS = 4;

  /**
   * A point of the graph.
   *
   * @param squaredSkewness β₁ = (m₃ / m₂^{3/2})²
   * @param kurtosis β₂ = m₄ / m₂²
   */
  public record Point(double squaredSkewness, double kurtosis) {}

  private final Point observation;
  private final List<Point> bootstrap;
  private final int degenerate;
  private final boolean discrete;

  private CullenFrey(Point observation, List<Point> bootstrap, int degenerate, boolean discrete) {
    this.observation = observation;
    this.bootstrap = List.copyOf(bootstrap);
    this.degenerate = degenerate;
    this.discrete = discrete;
  }

  /**
   * Why the graph cannot be drawn for {@code data}: fewer than {@link #MIN_ROWS} rows ({@link
   * FitFailure.Reason#TOO_FEW_POINTS}) or all values equal ({@link FitFailure.Reason#ALL_EQUAL}).
   */
  public static Optional<FitFailure.Reason> problem(FitData data) {
    if (data.rows() < MIN_ROWS) {
      return Optional.of(FitFailure.Reason.TOO_FEW_POINTS);
    }
    if (data.allEqual()) {
      return Optional.of(FitFailure.Reason.ALL_EQUAL);
    }
    return Optional.empty();
  }

  /**
   * The graph's data: the sample's point and {@code bootstrap} resampled points (0 for none), drawn
   * from a generator seeded with {@code seed}. Weighted rows are resampled with probability
   * proportional to their weight, {@code rows()} of them per resample. Empty when {@link
   * #problem(FitData)} names a reason.
   *
   * @param discrete whether the graph compares with the discrete families (integer data)
   */
  public static Optional<CullenFrey> of(FitData data, int bootstrap, long seed, boolean discrete) {
    Objects.requireNonNull(data, "data");
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap must not be negative: " + bootstrap);
    }
    if (problem(data).isPresent()) {
      return Optional.empty();
    }
    Point observed = new Point(data.skewness() * data.skewness(), data.kurtosis());
    double[] cumulative = new double[data.distinct()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += data.weight(i);
      cumulative[i] = sum;
    }
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    List<Point> cloud = new ArrayList<>(bootstrap);
    int degenerate = 0;
    int n = (int) Math.min(Integer.MAX_VALUE, data.rows());
    double[] resample = new double[n];
    for (int b = 0; b < bootstrap; b++) {
      for (int i = 0; i < n; i++) {
        resample[i] = data.value(pick(cumulative, rng.nextDouble() * sum));
      }
      Point p = point(resample);
      if (Double.isNaN(p.kurtosis())) {
        degenerate++; // every draw the same value: no shape to place
      } else {
        cloud.add(p);
      }
    }
    return Optional.of(new CullenFrey(observed, cloud, degenerate, discrete));
  }

  /** (skewness², kurtosis) of values by population moments; NaN kurtosis when all are equal. */
  static Point point(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double v : x) {
      double d = v - mean;
      double d2 = d * d;
      m2 += d2;
      m3 += d2 * d;
      m4 += d2 * d2;
    }
    m2 /= x.length;
    m3 /= x.length;
    m4 /= x.length;
    if (!(m2 > 0)) {
      return new Point(Double.NaN, Double.NaN);
    }
    double skew = m3 / Math.pow(m2, 1.5);
    return new Point(skew * skew, m4 / (m2 * m2));
  }

  private static int pick(double[] cumulative, double u) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The sample's (skewness², kurtosis). */
  public Point observation() {
    return observation;
  }

  /** The bootstrap cloud, in draw order; resamples with all values equal are counted, not kept. */
  public List<Point> bootstrap() {
    return bootstrap;
  }

  /** How many resamples had all values equal and so no point (reported, never silently lost). */
  public int degenerateResamples() {
    return degenerate;
  }

  /** Whether the graph compares with the discrete families. */
  public boolean discrete() {
    return discrete;
  }

  /** The families the graph compares with: descdist's continuous or discrete set. */
  public List<CullenFreyReferences.Reference> references() {
    return CullenFreyReferences.references(discrete);
  }
}
