package org.probscope.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A task runner for tests that holds submitted work until the test releases it, like a slow worker;
 * released work runs on the test's thread exactly as {@link SameThreadTaskRunner} runs it.
 */
public final class HeldTaskRunner implements TaskRunner {

  private final List<Runnable> held = new ArrayList<>();
  private int submitted;

  @Override
  public <T> TaskHandle submit(
      BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    submitted++;
    SimpleTaskHandle handle = new SimpleTaskHandle(SimpleTaskHandle::setProgress);
    held.add(() -> SameThreadTaskRunner.runNow(work, handle, onSuccess, onFailure));
    return handle;
  }

  /** How many tasks wait. */
  public int waiting() {
    return held.size();
  }

  /** How many tasks were submitted in all. */
  public int submitted() {
    return submitted;
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
}
