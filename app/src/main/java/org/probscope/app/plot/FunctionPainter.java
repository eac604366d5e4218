package org.probscope.app.plot;

import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.GraphicsContext;

/** Draws the layers defined by functions of x: curves, bands and filled areas. */
final class FunctionPainter {

  /** Samples per pixel column for curves: two keeps steep parts smooth at little cost. */
  private static final int CURVE_SAMPLES_PER_PIXEL = 2;

  /** A step between samples larger than this many pixels is checked for a discontinuity. */
  private static final double JUMP_CHECK_PIXELS = 24;

  private static final int BISECTIONS = 24;

  private FunctionPainter() {}

  /** Strokes {@code f} across the view; the caller sets colour and line width. */
  static void curve(GraphicsContext gc, PixelMapping m, DoubleUnaryOperator f) {
    int samples = (int) Math.ceil(m.width()) * CURVE_SAMPLES_PER_PIXEL + 1;
    double pixelStep = 1.0 / CURVE_SAMPLES_PER_PIXEL;
    double xStart = m.view().x().min();
    double dataStep = m.dataPerPixelX() * pixelStep;
    double jumpCheck = JUMP_CHECK_PIXELS * m.dataPerPixelY();
    gc.beginPath();
    boolean penDown = false;
    double previousX = Double.NaN;
    double previousY = Double.NaN;
    for (int i = 0; i < samples; i++) {
      double x = xStart + i * dataStep;
      double y = f.applyAsDouble(x);
      if (!Double.isFinite(y)) {
        penDown = false;
        continue;
      }
      if (penDown
          && Math.abs(y - previousY) > jumpCheck
          && isDiscontinuous(f, previousX, previousY, x, y)) {
        penDown = false;
      }
      double px = m.left() + i * pixelStep;
      double py = m.toPixelY(y);
      if (penDown) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
      }
      penDown = true;
      previousX = x;
      previousY = y;
    }
    gc.stroke();
  }

  /**
   * Whether f jumps between a and b rather than just rising steeply: bisect towards the larger half
   * of the change; for a continuous f the change vanishes as the interval shrinks, for a jump it
   * stays at least half of what it was.
   */
  static boolean isDiscontinuous(
      DoubleUnaryOperator f, double xa, double ya, double xb, double yb) {
    return !Double.isNaN(jumpLocation(f, xa, ya, xb, yb));
  }

  /**
   * Where f jumps between a and b, found by the bisection of {@link #isDiscontinuous}, or NaN when
   * it only rises steeply there.
   */
  static double jumpLocation(DoubleUnaryOperator f, double xa, double ya, double xb, double yb) {
    double initialGap = Math.abs(yb - ya);
    double a = xa;
    double fa = ya;
    double b = xb;
    double fb = yb;
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = 0.5 * a + 0.5 * b;
      if (mid <= a || mid >= b) {
        break;
      }
      double fm = f.applyAsDouble(mid);
      if (!Double.isFinite(fm)) {
        return mid;
      }
      if (Math.abs(fm - fa) >= Math.abs(fb - fm)) {
        b = mid;
        fb = fm;
      } else {
        a = mid;
        fa = fm;
      }
    }
    return Math.abs(fb - fa) > 0.5 * initialGap ? 0.5 * a + 0.5 * b : Double.NaN;
  }

  /**
   * Fills between {@code lower} and {@code upper} for x in {@code [from, to]} ∩ view, sampled once
   * per pixel column plus both exact ends; non-finite values split the fill into separate pieces.
   */
  static void area(
      GraphicsContext gc,
      PixelMapping m,
      DoubleUnaryOperator lower,
      DoubleUnaryOperator upper,
      double from,
      double to) {
    double start = Math.max(from, m.view().x().min());
    double end = Math.min(to, m.view().x().max());
    if (!(start < end)) {
      return;
    }
    double pxStart = m.toPixelX(start);
    double pxEnd = m.toPixelX(end);
    int inner = Math.max(0, (int) Math.ceil(pxEnd) - (int) Math.floor(pxStart) - 1);
    double[] pxs = new double[inner + 2];
    double[] lows = new double[inner + 2];
    double[] highs = new double[inner + 2];
    int count = 0;
    for (int i = 0; i <= inner + 1; i++) {
      double px = i == 0 ? pxStart : i == inner + 1 ? pxEnd : Math.floor(pxStart) + i;
      if (px > pxEnd) {
        px = pxEnd;
      }
      double x = i == 0 ? start : i == inner + 1 ? end : m.toDataX(px);
      double lo = lower.applyAsDouble(x);
      double hi = upper.applyAsDouble(x);
      if (Double.isFinite(lo) && Double.isFinite(hi)) {
        pxs[count] = px;
        lows[count] = m.toPixelY(lo);
        highs[count] = m.toPixelY(hi);
        count++;
      } else {
        fillPiece(gc, pxs, lows, highs, count);
        count = 0;
      }
    }
    fillPiece(gc, pxs, lows, highs, count);
  }

  private static void fillPiece(
      GraphicsContext gc, double[] pxs, double[] lows, double[] highs, int count) {
    if (count < 2) {
      return;
    }
    gc.beginPath();
    gc.moveTo(pxs[0], highs[0]);
    for (int i = 1; i < count; i++) {
      gc.lineTo(pxs[i], highs[i]);
    }
    for (int i = count - 1; i >= 0; i--) {
      gc.lineTo(pxs[i], lows[i]);
    }
    gc.closePath();
    gc.fill();
  }
}
