package org.probscope.app.plot;

import java.util.function.Consumer;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;

/**
 * The tables a {@link PlotView} draws from: asks a {@link LayerSampler} for them through the task
 * runner, newest request first, and keeps the newest that arrived. Until the tables of a new model
 * arrive, the previous model's tables are what is shown. FX thread only.
 */
final class PlotTables {

  private final LatestOnly<LayerSampler.Frame> sampling;
  private LayerSampler.Frame frame;
  private boolean wanted = true;

  /**
   * @param onArrived told of each new set of tables (to redraw)
   * @param onFailure told when the layers could not be evaluated
   */
  PlotTables(
      TaskRunner runner, Consumer<LayerSampler.Frame> onArrived, Consumer<Throwable> onFailure) {
    this.sampling =
        new LatestOnly<>(
            runner,
            arrived -> {
              frame = arrived;
              onArrived.accept(arrived);
            },
            onFailure);
  }

  /** Marks the tables as out of date, to be asked for when the plot has a size. */
  void want() {
    wanted = true;
  }

  boolean wanted() {
    return wanted;
  }

  /** Asks for tables of {@code model} over {@code view} in a plot of about the given size. */
  void request(PlotModel model, ViewRange view, double columns, double rows) {
    wanted = false;
    sampling.request(ctx -> LayerSampler.sample(model, view, columns, rows, ctx));
  }

  /** Whether the tables on hand can draw {@code x} at full resolution. */
  boolean cover(AxisRange x, double columns) {
    return frame != null && frame.covers(x, columns);
  }

  boolean isEmpty() {
    return frame == null;
  }

  /** Whether the newest tables belong to {@code model} and no newer ones are wanted. */
  boolean areFor(PlotModel model) {
    return frame != null && frame.source() == model && !wanted;
  }

  /**
   * What to draw for {@code model}: the newest tabulated model, or (before the first tables) the
   * model's data layers alone, never a layer whose functions would run on the FX thread.
   */
  PlotModel shown(PlotModel model) {
    if (frame != null) {
      return frame.sampled();
    }
    return model.withLayers(model.layers().stream().filter(LayerSampler::holdsNoFunction).toList());
  }

  /**
   * {@code range} with its y part fitted to the newest tables over its x range, when {@code model}
   * asks for auto y (reading tables only, so it is cheap on the FX thread).
   */
  ViewRange fitY(PlotModel model, ViewRange range) {
    return model.autoY() && frame != null
        ? range.withY(AutoRange.yRange(frame.sampled().layers(), range.x(), range.y()))
        : range;
  }
}
