package org.probscope.app.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** A started task: its progress and running state (updated on the FX thread) and cancellation. */
public interface TaskHandle {

  /** Asks the task to stop; its callbacks will not run. */
  void cancel();

  boolean isCancelled();

  /** Progress in [0, 1], or -1 while unknown. */
  ReadOnlyDoubleProperty progressProperty();

  /** True from submission until a callback has run or the task was cancelled. */
  ReadOnlyBooleanProperty runningProperty();
}
