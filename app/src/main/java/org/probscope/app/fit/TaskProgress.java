package org.probscope.app.fit;

import java.util.concurrent.atomic.AtomicBoolean;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.fit.BootstrapProgress;
import org.probscope.model.fit.FitProgress;
import org.probscope.model.fit.FitResult;

/** The model's progress listeners over a background task's context: fraction done and cancel. */
final class TaskProgress {

  private TaskProgress() {}

  /** Families fitted over {@code total}; cancelled with the task. */
  static FitProgress fit(TaskRunner.TaskContext ctx, int total) {
    return new FitProgress() {
      @Override
      public void fitted(int done, int all, FitResult latest) {
        ctx.progress((double) done / total);
      }

      @Override
      public boolean cancelled() {
        return ctx.isCancelled();
      }
    };
  }

  /** Refits done over B; cancelled with the task or when {@code halt} is set. */
  static BootstrapProgress bootstrap(TaskRunner.TaskContext ctx, AtomicBoolean halt) {
    return new BootstrapProgress() {
      @Override
      public void refitted(int done, int total) {
        ctx.progress((double) done / total);
      }

      @Override
      public boolean cancelled() {
        return halt.get() || ctx.isCancelled();
      }
    };
  }
}
