package org.probscope.app.common;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: deterministic view-model tests without a toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {

  @Override
  public <T> TaskHandle submit(
      BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    SimpleTaskHandle handle = new SimpleTaskHandle(SimpleTaskHandle::setProgress);
    T result;
    try {
      result = work.run(handle);
    } catch (Exception | Error e) {
      handle.finished();
      if (!handle.isCancelled()) {
        onFailure.accept(e);
      }
      return handle;
    }
    handle.finished();
    if (!handle.isCancelled()) {
      onSuccess.accept(result);
    }
    return handle;
  }
}
