package org.probscope.app.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** The handle both task runners hand out; its properties are written on the caller's thread. */
final class SimpleTaskHandle implements TaskHandle, TaskRunner.TaskContext {

  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
  private final ProgressSink sink;

  /** Where progress reports go: straight to the property, or through the FX thread. */
  interface ProgressSink {
    void deliver(SimpleTaskHandle handle, double fraction);
  }

  SimpleTaskHandle(ProgressSink sink) {
    this.sink = sink;
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
    sink.deliver(this, fraction);
  }

  void setProgress(double fraction) {
    progress.set(fraction);
  }

  void finished() {
    running.set(false);
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
