package org.probscope.model.gof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The simulated finite-n law of Kuiper's V for n = 2…{@value #LARGEST_N}, where Stephens' (1970)
 * formula is off by far more than its two digits in the upper tail (at n = 10: +42% at p = 1e-3,
 * +88% at 1e-4; n = 3: ×11 at 1e-3). The table (kuiper-simulated.csv, made by
 * model/src/test/python/make_kuiper_table.py, seeded) holds for each n the quantiles v_p with P(V ≥
 * v_p) = p from 2·10⁶ samples, for p from 0.98 to {@value #SMALLEST_P}; the Monte-Carlo error of p
 * is √(p(1 − p)/R): 0.07% at p = 0.5, 1.6% at 1e-3, 5% at 1e-4 (relative). In between, ln p is
 * linear in V, from ln p = 0 at V = 1/n (the smallest V there is) onwards: monotone by
 * construction.
 */
final class KuiperTable {

  static final int LARGEST_N = 30;
  static final double SMALLEST_P = 1e-4;
  static final int REPLICATES = 2_000_000;

  /** Per n: the statistics (increasing) and ln p (decreasing), with (1/n, 0) first. */
  private static final double[][] STATISTICS = new double[LARGEST_N + 1][];

  private static final double[][] LOG_P = new double[LARGEST_N + 1][];

  static {
    try (InputStream in = KuiperTable.class.getResourceAsStream("kuiper-simulated.csv")) {
      if (in == null) {
        throw new IllegalStateException("kuiper-simulated.csv is missing from the model jar");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          parse(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private KuiperTable() {}

  private static void parse(String line) {
    int comma = line.indexOf(',');
    int n = Integer.parseInt(line.substring(0, comma));
    String[] cells = line.substring(comma + 1).trim().split(" ");
    double[] v = new double[cells.length + 1];
    double[] lnP = new double[cells.length + 1];
    v[0] = 1.0 / n;
    int size = 1;
    for (String cell : cells) {
      int colon = cell.indexOf(':');
      double p = Double.parseDouble(cell.substring(0, colon));
      double statistic = Double.parseDouble(cell.substring(colon + 1));
      if (statistic > v[size - 1]) { // keep ln p strictly a function of V
        v[size] = statistic;
        lnP[size] = Math.log(p);
        size++;
      }
    }
    STATISTICS[n] = Arrays.copyOf(v, size);
    LOG_P[n] = Arrays.copyOf(lnP, size);
  }

  static boolean covers(int n) {
    return n >= 2 && n <= LARGEST_N;
  }

  /** The largest tabulated statistic for n: beyond it only p &lt; {@link #SMALLEST_P} is known. */
  static double edge(int n) {
    double[] v = STATISTICS[n];
    return v[v.length - 1];
  }

  /** ln p at the edge (ln 1e-4). */
  static double logPAtEdge(int n) {
    double[] lnP = LOG_P[n];
    return lnP[lnP.length - 1];
  }

  /** ln P(V ≥ v) interpolated, for 0 ≤ v ≤ {@link #edge(int)}. */
  static double logP(double v, int n) {
    double[] s = STATISTICS[n];
    double[] lnP = LOG_P[n];
    if (v <= s[0]) {
      return 0;
    }
    int i = Arrays.binarySearch(s, v);
    if (i >= 0) {
      return lnP[i];
    }
    int hi = -i - 1;
    int lo = hi - 1;
    double t = (v - s[lo]) / (s[hi] - s[lo]);
    return lnP[lo] + t * (lnP[hi] - lnP[lo]);
  }
}
