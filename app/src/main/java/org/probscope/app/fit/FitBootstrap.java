package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.probscope.app.common.TaskHandle;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.ParametricBootstrap;

/**
 * The parametric bootstrap of every successful fit of a {@link FitViewModel.Fitted}, one family
 * after the other in ranking order, each in the background with {@link ParametricBootstrap#run}.
 * One family's bootstrap failing does not stop the next. Cancel stops the running family at its
 * next refit: what it had done arrives as a partial result (labelled by {@link
 * BootstrapResult#isComplete()}), and the families not started are marked {@link State#NOT_RUN}.
 */
public final class FitBootstrap {

  /** Where a family's bootstrap is. */
  public enum State {
    WAITING,
    RUNNING,
    DONE,
    FAILED,
    NOT_RUN
  }

  /**
   * One family's bootstrap: its state, the result when done (possibly partial), its corrected
   * p-values (empty when the statistics were not computed) and, when failed, why.
   */
  public record Outcome(
      State state, BootstrapResult result, Optional<BootstrapGof> gof, String problem) {

    static Outcome of(State state) {
      return new Outcome(state, null, Optional.empty(), "");
    }

    public Optional<BootstrapResult> bootstrap() {
      return Optional.ofNullable(result);
    }
  }

  private record Done(BootstrapResult result, Optional<BootstrapGof> gof) {}

  private final TaskRunner runner;
  private final ObservableMap<String, Outcome> outcomes = FXCollections.observableHashMap();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private Object run;
  private TaskHandle handle;
  private AtomicBoolean stop;

  FitBootstrap(TaskRunner runner) {
    this.runner = runner;
  }

  /** Each bootstrapped family's outcome by family name; empty when no bootstrap was asked for. */
  public ObservableMap<String, Outcome> outcomes() {
    return outcomes;
  }

  public Optional<Outcome> outcome(String family) {
    return Optional.ofNullable(outcomes.get(family));
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Refits done over refits to do, all families together, in [0, 1]. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Which family, refit i of B; then how it ended. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Bootstraps every successful fit of {@code fitted} with {@code settings}, in the background. */
  void start(FitViewModel.Fitted fitted, BootstrapSettings settings) {
    clear();
    List<FitResult> queue = fitted.ranking().results().stream().filter(FitResult::isOk).toList();
    if (queue.isEmpty()) {
      return;
    }
    for (FitResult f : queue) {
      outcomes.put(f.family().name(), Outcome.of(State.WAITING));
    }
    Object token = new Object();
    run = token;
    stop = new AtomicBoolean();
    running.set(true);
    progress.set(0);
    next(token, fitted, settings, queue, 0);
  }

  /** Stops the running bootstrap; the running family's refits so far arrive as a partial result. */
  boolean cancel() {
    if (!running.get()) {
      return false;
    }
    stop.set(true);
    for (var e : new ArrayList<>(outcomes.entrySet())) {
      State s = e.getValue().state();
      if (s == State.WAITING || s == State.RUNNING) {
        e.setValue(Outcome.of(State.NOT_RUN));
      }
    }
    running.set(false);
    message.set("Bootstrap cancelled: families not finished are marked partial or not run.");
    return true;
  }

  /** Forgets every outcome and drops a running bootstrap's results (a new fit is coming). */
  void clear() {
    run = null;
    if (handle != null) {
      handle.cancel();
      handle = null;
    }
    outcomes.clear();
    running.set(false);
    message.set("");
  }

  private void next(
      Object token,
      FitViewModel.Fitted fitted,
      BootstrapSettings settings,
      List<FitResult> queue,
      int index) {
    if (index >= queue.size()) {
      finish(queue.size(), settings);
      return;
    }
    FitResult fit = queue.get(index);
    String family = fit.family().name();
    outcomes.put(family, Outcome.of(State.RUNNING));
    report(family, index, queue.size(), 0, settings.refits());
    AtomicBoolean halt = stop;
    TaskHandle[] self = new TaskHandle[1];
    self[0] =
        runner.submit(
            ctx -> {
              BootstrapResult r =
                  ParametricBootstrap.run(
                      fit,
                      fitted.data(),
                      fitted.options(),
                      settings,
                      TaskProgress.bootstrap(ctx, halt));
              return new Done(r, BootstrapGof.of(r));
            },
            done -> {
              if (run == token) {
                outcomes.put(family, new Outcome(State.DONE, done.result(), done.gof(), ""));
                if (!halt.get()) {
                  next(token, fitted, settings, queue, index + 1);
                }
              }
            },
            error -> {
              if (run == token) {
                outcomes.put(
                    family, new Outcome(State.FAILED, null, Optional.empty(), describe(error)));
                if (!halt.get()) {
                  next(token, fitted, settings, queue, index + 1);
                }
              }
            });
    if (run == token && self[0].runningProperty().get()) {
      handle = self[0];
      handle
          .progressProperty()
          .addListener(
              (obs, old, now) -> {
                if (run == token && !halt.get() && now.doubleValue() >= 0) {
                  report(family, index, queue.size(), now.doubleValue(), settings.refits());
                }
              });
    }
  }

  private void report(String family, int index, int families, double fraction, int refits) {
    progress.set((index + fraction) / families);
    message.set(
        "Bootstrap of "
            + family
            + " ("
            + (index + 1)
            + " of "
            + families
            + "): refit "
            + Math.round(fraction * refits)
            + " of "
            + refits
            + "…");
  }

  private void finish(int families, BootstrapSettings settings) {
    handle = null;
    running.set(false);
    progress.set(1);
    long failed =
        outcomes.values().stream()
            .mapToLong(o -> o.bootstrap().map(BootstrapResult::failed).orElse(0))
            .sum();
    long broken = outcomes.values().stream().filter(o -> o.state() == State.FAILED).count();
    message.set(
        "Bootstrapped "
            + families
            + (families == 1 ? " fit" : " fits")
            + ", B = "
            + settings.refits()
            + ", seed "
            + settings.seed()
            + (failed > 0
                ? "; "
                    + failed
                    + (failed == 1 ? " refit" : " refits")
                    + " failed (see the Refits column)"
                : "")
            + (broken > 0
                ? "; "
                    + broken
                    + (broken == 1 ? " bootstrap" : " bootstraps")
                    + " stopped with an error"
                : "")
            + ".");
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
