package org.probscope.model.distribution;

/**
 * The stop-loss form of X = s + c·Y from Y's: C_X(x) = c·C_Y(z), Σ_X(x) = c·Σ_Y(z) and D_X(x) =
 * c·D_Y(z) at z = (x − s)/c, with the pivot and the mean moved by the same map, so that X keeps
 * whatever closed form and accuracy Y has.
 */
final class AffineStopLoss implements StopLossForm {

  private final AffineDistribution d;
  private final StopLossForm base;
  private final double scale;
  private final double mean;
  private final double pivot;

  AffineStopLoss(AffineDistribution d, StopLossForm base) {
    this.d = d;
    this.base = base;
    this.scale = d.scale();
    this.mean = d.shift() + scale * base.mean();
    this.pivot = d.shift() + scale * base.pivot();
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double pivot() {
    return pivot;
  }

  @Override
  public double lower(double x) {
    return scale * base.lower(d.standardise(x));
  }

  @Override
  public double upper(double x) {
    return scale * base.upper(d.standardise(x));
  }

  @Override
  public double partialCentralMoment(double x) {
    return scale * base.partialCentralMoment(d.standardise(x));
  }

  @Override
  public boolean cheapMoment() {
    return base.cheapMoment();
  }

  @Override
  public boolean finiteFirstMoment() {
    return base.finiteFirstMoment();
  }

  @Override
  public boolean bothSidesDirect() {
    return base.bothSidesDirect();
  }

  @Override
  public Distribution distribution() {
    return d;
  }
}
