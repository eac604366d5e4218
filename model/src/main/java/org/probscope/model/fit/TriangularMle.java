package org.probscope.model.fit;

import java.util.stream.IntStream;

/**
 * Polishes a triangular(lower a, mode c, upper b) fit on the full data from a start near the
 * optimum (the simplex's on the thinned data). The likelihood is not smooth in c: between two order
 * statistics ln L = const − W_L ln(c − a) − W_R ln(b − c) is convex in c (W_L, W_R the weights
 * below and from c), so for given a and b the best c is an order statistic or an end (Oliver 1972,
 * "A maximum likelihood oscillator"; Huang and Shen 2007), found by one scan with running sums of
 * ln(x − a) and ln(b − x). For given c, ln L = Σ_{x<c} ln(x − a) + Σ_{x≥c} ln(b − x) − W ln(b − a)
 * − W_L ln(c − a) − W_R ln(b − c) + W ln 2 is smooth in (a, b), and Newton steps with its
 * closed-form gradient and Hessian move them. The two moves alternate while either raises ln L, so
 * the result is never worse than the start. Fixed parameters stay where they are.
 *
 * <p>The scan is {@link TriangularMode}'s; it and the Newton passes run in fixed blocks over both
 * cores. Above {@value NumericMle#CURVATURE_POINTS} + 2·{@value NumericMle#CURVATURE_TAIL} distinct
 * values the alternation runs on {@link FitData#thinnedWithTails} first, and the full data only
 * polish.
 */
final class TriangularMle {

  private static final int MAX_ROUNDS = 50;
  private static final double LN_2 = Math.log(2);

  private final FitProblem problem;
  private final FitData data;

  private TriangularMle(FitProblem problem, FitData data) {
    this.problem = problem;
    this.data = data;
  }

  /** The polished full vector (lower, mode, upper) and its ln L, never below the start's. */
  static double[] refine(FitProblem problem, double[] start, FitData data) {
    double[] t = problem.withFixed(start);
    TriangularMle full = new TriangularMle(problem, data);
    double[] d = full.evaluate(t);
    if (data.distinct() > NumericMle.CURVATURE_POINTS + 2 * NumericMle.CURVATURE_TAIL) {
      // the alternation on the stand-in (the tails kept, so the ends see the extremes) moves most
      // of the way at a fiftieth of the cost; the full data then polish from the better start
      TriangularMle thin =
          new TriangularMle(
              problem,
              data.thinnedWithTails(NumericMle.CURVATURE_POINTS, NumericMle.CURVATURE_TAIL));
      double[] coarse = thin.run(t, thin.evaluate(t));
      double[] e = full.evaluate(coarse);
      if (e != null && (d == null || e[0] > d[0])) {
        t = coarse;
        d = e;
      }
    }
    return full.run(t, d);
  }

  /** The alternation on {@code data} alone from {@code start}, as {@link #refine} ends. */
  static double[] alternate(FitProblem problem, double[] start, FitData data) {
    TriangularMle m = new TriangularMle(problem, data);
    double[] t = problem.withFixed(start);
    return m.run(t, m.evaluate(t));
  }

  /** ln L at the full vector t by the closed form, −∞ outside the domain. */
  static double logLikelihood(FitProblem problem, double[] t, FitData data) {
    return new TriangularMle(problem, data).logLik(t);
  }

  /** The alternation from t, whose {@link #evaluate} is d (null: t is returned). */
  private double[] run(double[] start, double[] startD) {
    double[] t = start.clone();
    double[] d = startD;
    if (d == null) {
      return t;
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double before = d[0];
      if (problem.isFree(1)) {
        double[] c = t.clone();
        c[1] = TriangularMode.best(data, t[0], t[2], problem.fixedValue(1));
        double[] e = evaluate(c);
        if (e != null && e[0] > d[0]) {
          t = c;
          d = e;
        }
      }
      if (problem.isFree(0) || problem.isFree(2)) {
        Point p = ends(t, d, problem.isFree(0), problem.isFree(2));
        t = p.t();
        d = p.d();
        Point shut = shutAtTheMode(t, d);
        if (shut.d()[0] > d[0]) {
          t = shut.t();
          d = shut.d();
        }
      }
      if (d[0] - before <= 1e-15 * Math.abs(d[0])) {
        break;
      }
    }
    return t;
  }

  /** A vector and its {@link #evaluate}. */
  private record Point(double[] t, double[] d) {}

  /**
   * With the mode at the largest value, the best upper end is often the mode itself (a right
   * triangle), and symmetrically at the smallest: there the joint Newton on both ends cannot get,
   * since ln(b − x) and ln(1/(b − c)) cancel for x = c only to rounding and their curvatures of
   * 1/(b − c)² swamp the other end's (n = 8: upper stopped 4e-9 above the mode with lower 0.024
   * from its best, ln L 2.0e-4 below it). Here the end is shut onto the mode and the other end
   * alone moved; the given point when that does not apply.
   */
  private Point shutAtTheMode(double[] t, double[] d) {
    boolean right = problem.isFree(2) && t[1] == data.max() && t[2] > t[1];
    boolean left = problem.isFree(0) && t[1] == data.min() && t[0] < t[1];
    if (!right && !left) {
      return new Point(t, d);
    }
    double[] c = t.clone();
    c[right ? 2 : 0] = t[1];
    double[] e = evaluate(c);
    if (e == null) {
      return new Point(t, d);
    }
    return ends(c, e, right && problem.isFree(0), left && problem.isFree(2));
  }

  /**
   * Newton steps on the ends to move (free ones only) with the mode held; the start when none
   * raises ln L.
   */
  private Point ends(double[] start, double[] startD, boolean moveA, boolean moveB) {
    double[] t = start.clone();
    double[] d = startD;
    for (int step = 0; step < 30 && (moveA || moveB); step++) {
      double ga = moveA ? d[1] : 0;
      double gb = moveB ? d[2] : 0;
      double haa = moveA ? d[3] : -1;
      double hbb = moveB ? d[4] : -1;
      double hab = moveA && moveB ? d[5] : 0;
      double det = haa * hbb - hab * hab;
      double da;
      double db;
      boolean newton = haa < 0 && det > 0;
      if (newton) {
        da = -(hbb * ga - hab * gb) / det;
        db = -(haa * gb - hab * ga) / det;
        // the quadratic model's gain, ½ g·Δ, below the rounding of ln L: the line search would
        // only spend its twenty passes failing
        if (0.5 * (ga * da + gb * db) <= 1e-15 * Math.abs(d[0])) {
          break;
        }
      } else {
        // not concave here: a gradient step of the size of the ends' distance to the data
        double size = 1e-3 * (t[2] - t[0]) / Math.max(Math.hypot(ga, gb), 1e-300);
        da = size * ga;
        db = size * gb;
      }
      double[] next = null;
      double[] nextD = null;
      for (double factor = 1; factor > 1e-6; factor /= 2) {
        double[] c = t.clone();
        c[0] += factor * da;
        c[2] += factor * db;
        double[] e = evaluate(c);
        if (e != null && e[0] > d[0]) {
          next = c;
          nextD = e;
          break;
        }
      }
      if (next == null) {
        break;
      }
      double gain = nextD[0] - d[0];
      t = next;
      d = nextD;
      if (gain <= 1e-15 * Math.abs(d[0])) {
        break;
      }
    }
    return new Point(t, d);
  }

  /**
   * {ln L, ∂a, ∂b, ∂²a, ∂²b, ∂a∂b} at (a, c, b) in one pass, the mode held; null outside the domain
   * or when a value has zero density.
   */
  private double[] evaluate(double[] t) {
    double a = t[0];
    double c = t[1];
    double b = t[2];
    if (!(a <= c && c <= b && a < b) || problem.distribution(t).isEmpty()) {
      return null;
    }
    int n = data.distinct();
    int blocks = (n + LogLikelihood.BLOCK - 1) / LogLikelihood.BLOCK;
    double[][] parts =
        IntStream.range(0, blocks)
            .parallel()
            .mapToObj(
                k ->
                    block(
                        a,
                        c,
                        b,
                        k * LogLikelihood.BLOCK,
                        Math.min(n, (k + 1) * LogLikelihood.BLOCK)))
            .toArray(double[][]::new);
    double[] sum = new double[7];
    for (double[] part : parts) {
      if (part == null) {
        return null;
      }
      for (int j = 0; j < sum.length; j++) {
        sum[j] += part[j];
      }
    }
    double s = sum[0];
    double ga = sum[1];
    double gb = sum[2];
    double haa = sum[3];
    double hbb = sum[4];
    double wLeft = sum[5];
    double total = sum[6];
    if (!Double.isFinite(s)) {
      return null;
    }
    double wRight = total - wLeft;
    double ba = 1 / (b - a);
    s += total * (LN_2 + Math.log(ba));
    ga += total * ba;
    gb -= total * ba;
    haa += total * ba * ba;
    hbb += total * ba * ba;
    if (wLeft > 0) {
      double ca = 1 / (c - a);
      s += wLeft * Math.log(ca);
      ga += wLeft * ca;
      haa += wLeft * ca * ca;
    }
    if (wRight > 0 && c < b) {
      double bc = 1 / (b - c);
      s += wRight * Math.log(bc);
      gb -= wRight * bc;
      hbb += wRight * bc * bc;
    }
    return new double[] {s, ga, gb, haa, hbb, -total * ba * ba};
  }

  /**
   * The data's sums {Σ ln, ∂a, ∂b, ∂²a, ∂²b, W_L, W} over values {@code from} to {@code to}; null
   * when one of them has zero density.
   */
  private double[] block(double a, double c, double b, int from, int to) {
    double s = 0;
    double ga = 0;
    double gb = 0;
    double haa = 0;
    double hbb = 0;
    double wLeft = 0;
    double total = 0;
    for (int i = from; i < to; i++) {
      double x = data.value(i);
      double w = data.weight(i);
      if (x < a || x > b) {
        return null;
      }
      total += w;
      if (x < c) {
        double r = 1 / (x - a);
        s -= w * Math.log(r);
        ga -= w * r;
        haa -= w * r * r;
        wLeft += w;
      } else if (x < b) {
        double r = 1 / (b - x);
        s -= w * Math.log(r);
        gb += w * r;
        hbb -= w * r * r;
      } else if (c < b) {
        return null;
      }
    }
    return new double[] {s, ga, gb, haa, hbb, wLeft, total};
  }

  /** ln L in closed form; −∞ outside the domain or when a value has zero density. */
  private double logLik(double[] t) {
    double[] e = evaluate(t);
    return e == null ? Double.NEGATIVE_INFINITY : e[0];
  }
}
