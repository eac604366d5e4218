package org.probscope.model.fit;

/**
 * Hears about a ranking's progress and may cancel it; called from worker threads, so an
 * implementation that touches a UI must hand over to its thread.
 */
public interface FitProgress {

  /** A progress that hears nothing and never cancels. */
  FitProgress NONE = new FitProgress() {};

  /** One more family is done (fitted or failed); {@code done} of {@code total}. */
  default void fitted(int done, int total, FitResult latest) {}

  /** Whether to stop: families not yet started are reported as cancelled. */
  default boolean cancelled() {
    return false;
  }
}
