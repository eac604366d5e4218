package org.probscope.app.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.probscope.app.common.TaskHandle;
import org.probscope.app.common.TaskRunner;

/**
 * A task runner that holds every task until the test releases it, then runs it on the releasing
 * thread: a test can act (cancel) while a load is "running", deterministically.
 */
public final class HeldTaskRunner implements TaskRunner {

  private final List<Held<?>> held = new ArrayList<>();

  @Override
  public <T> TaskHandle submit(
      BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    Held<T> task = new Held<>(work, onSuccess, onFailure);
    held.add(task);
    return task;
  }

  /** How many tasks wait. */
  public int waiting() {
    return held.size();
  }

  /** Runs the oldest waiting task only. */
  public void releaseNext() {
    held.remove(0).run();
  }

  /** Runs the waiting tasks, and any they submit, in order. */
  public void releaseAll() {
    while (!held.isEmpty()) {
      held.remove(0).run();
    }
  }

  private static final class Held<T> implements TaskHandle, TaskRunner.TaskContext {
    private final BackgroundWork<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);

    Held(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
      this.work = work;
      this.onSuccess = onSuccess;
      this.onFailure = onFailure;
    }

    void run() {
      if (cancelled.get()) {
        return;
      }
      T result;
      try {
        result = work.run(this);
      } catch (Exception e) {
        running.set(false);
        if (!cancelled.get()) {
          onFailure.accept(e);
        }
        return;
      }
      running.set(false);
      if (!cancelled.get()) {
        onSuccess.accept(result);
      }
    }

    @Override
    public void cancel() {
      cancelled.set(true);
      running.set(false);
    }

    @Override
    public boolean isCancelled() {
      return cancelled.get();
    }

    @Override
    public void progress(double fraction) {
      progress.set(fraction);
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
      return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
      return running.getReadOnlyProperty();
    }
  }
}
