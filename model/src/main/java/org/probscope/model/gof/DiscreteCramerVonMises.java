package org.probscope.model.gof;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The discrete Cramér–von Mises family of Choulakian, Lockhart &amp; Stephens (1994), as R's {@code
 * dgof::cvm.test}: over k cells with masses pⱼ, cumulative target Hⱼ = F(tⱼ) and cumulative counts
 * Sⱼ, Zⱼ = Sⱼ − nHⱼ (Z_k = 0) and
 *
 * <ul>
 *   <li>W² = n⁻¹ Σⱼ Zⱼ² pⱼ,
 *   <li>U² = n⁻¹ Σⱼ (Zⱼ − Z̄)² pⱼ with Z̄ = Σⱼ pⱼ Zⱼ (Watson),
 *   <li>A² = n⁻¹ Σ_{j&lt;k} Zⱼ² pⱼ / (Hⱼ(1 − Hⱼ)).
 * </ul>
 *
 * <p>Under the null Z/√n tends to a normal vector with cov(Zᵢ, Zⱼ)/n = min(Hᵢ, Hⱼ) − HᵢHⱼ (the
 * Brownian bridge at the Hⱼ), so each statistic tends to Σ λⱼ χ²₁ with λ the eigenvalues of M^{1/2}
 * Σ M^{1/2} for the statistic's weight matrix M (D_p, the centred D_p of U², D_{p/(H(1−H))}); the
 * p-value is that law's upper tail ({@link WeightedChiSquareTail}). This is the asymptotic p-value
 * dgof computes with Imhof's integral; the series used here is exact for the limit law.
 */
final class DiscreteCramerVonMises {

  /** Which of the three statistics. */
  enum Kind {
    W2,
    U2,
    A2
  }

  private DiscreteCramerVonMises() {}

  /** The statistic of {@code kind} over the cells. */
  static double statistic(DiscreteCells cells, Kind kind) {
    int k = cells.size();
    int n = cells.n();
    double[] z = deviations(cells);
    double zBar = 0;
    if (kind == Kind.U2) {
      for (int j = 0; j < k; j++) {
        zBar += cells.mass(j) * z[j];
      }
    }
    double sum = 0;
    for (int j = 0; j < k; j++) {
      double dz = z[j] - zBar;
      double term = dz * dz * cells.mass(j);
      if (kind == Kind.A2) {
        if (j == k - 1) {
          continue;
        }
        double spread = spread(cells, j);
        term = term == 0 ? 0 : term / spread;
      }
      sum += term;
    }
    return sum / n;
  }

  /** Zⱼ = Sⱼ − nHⱼ, as nS(tⱼ) − (n − Sⱼ) above the median, where S(tⱼ) is the direct value. */
  private static double[] deviations(DiscreteCells cells) {
    int k = cells.size();
    int n = cells.n();
    double[] z = new double[k];
    long cumulative = 0;
    for (int j = 0; j < k; j++) {
      cumulative += cells.count(j);
      z[j] =
          cells.cdf(j) < 0.5
              ? cumulative - n * cells.cdf(j)
              : n * cells.survival(j) - (n - cumulative);
    }
    z[k - 1] = 0;
    return z;
  }

  /** Hⱼ(1 − Hⱼ) from the smaller tail. */
  private static double spread(DiscreteCells cells, int j) {
    return cells.cdf(j) * cells.survival(j);
  }

  /** The weights λ of the limit law Σ λⱼ χ²₁ of {@code kind} for these cells. */
  static double[] eigenvalues(DiscreteCells cells, Kind kind) {
    int k = cells.size();
    double[][] sigma = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        // min(Hi, Hj) − HiHj = Hi (1 − Hj) for i ≤ j
        double c = cells.cdf(i) * cells.survival(j);
        sigma[i][j] = c;
        sigma[j][i] = c;
      }
    }
    if (kind == Kind.U2) {
      centre(sigma, cells);
    }
    double[] root = new double[k];
    for (int j = 0; j < k; j++) {
      double w = cells.mass(j);
      if (kind == Kind.A2) {
        double spread = spread(cells, j);
        w = j == k - 1 || spread <= 0 ? 0 : w / spread;
      }
      root[j] = Math.sqrt(w);
    }
    double[][] c = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        // exactly symmetric, so that Commons Math takes its symmetric (tridiagonal QL) path
        double v = root[i] * sigma[i][j] * root[j];
        c[i][j] = v;
        c[j][i] = v;
      }
    }
    try {
      return new EigenDecomposition(new Array2DRowRealMatrix(c, false)).getRealEigenvalues();
    } catch (MaxCountExceededException e) {
      // Commons Math's QL iteration gives up on some matrices whose entries span many orders of
      // magnitude (hypergeometric(1000, 500, 100) with its 1e-13 tail cells); Jacobi's method
      // always converges on a symmetric matrix
      return jacobiEigenvalues(c);
    }
  }

  /**
   * The eigenvalues of a symmetric matrix by the cyclic Jacobi method (Golub &amp; Van Loan §8.5),
   * sweeping until the off-diagonal mass is below 1e-30 of the total; the matrix is overwritten.
   */
  static double[] jacobiEigenvalues(double[][] a) {
    int k = a.length;
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double total = 0;
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          total += a[i][j] * a[i][j];
          off += i == j ? 0 : a[i][j] * a[i][j];
        }
      }
      if (!(off > 1e-30 * total)) {
        break;
      }
      for (int p = 0; p < k - 1; p++) {
        for (int q = p + 1; q < k; q++) {
          if (a[p][q] != 0) {
            rotate(a, p, q);
          }
        }
      }
    }
    double[] values = new double[k];
    for (int i = 0; i < k; i++) {
      values[i] = a[i][i];
    }
    return values;
  }

  /** One Jacobi rotation that zeroes a[p][q]. */
  private static void rotate(double[][] a, int p, int q) {
    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.hypot(1, theta));
    double c = 1 / Math.hypot(1, t);
    double sn = t * c;
    for (int r = 0; r < a.length; r++) {
      double arp = a[r][p];
      double arq = a[r][q];
      a[r][p] = c * arp - sn * arq;
      a[r][q] = sn * arp + c * arq;
    }
    for (int r = 0; r < a.length; r++) {
      double apr = a[p][r];
      double aqr = a[q][r];
      a[p][r] = c * apr - sn * aqr;
      a[q][r] = sn * apr + c * aqr;
    }
  }

  /** Σ → P Σ Pᵀ with P = I − 1pᵀ, the covariance of Z − Z̄. */
  private static void centre(double[][] sigma, DiscreteCells cells) {
    int k = cells.size();
    double[] sp = new double[k];
    double psp = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        sp[i] += sigma[i][j] * cells.mass(j);
      }
      psp += cells.mass(i) * sp[i];
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        sigma[i][j] += psp - sp[i] - sp[j];
      }
    }
  }
}
