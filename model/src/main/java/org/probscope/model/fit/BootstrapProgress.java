package org.probscope.model.fit;

/**
 * Hears about a bootstrap's progress and may cancel it; called from worker threads, so an
 * implementation that touches a UI must hand over to its thread.
 */
public interface BootstrapProgress {

  /** A progress that hears nothing and never cancels. */
  BootstrapProgress NONE = new BootstrapProgress() {};

  /** One more refit is done (fitted or failed); {@code done} of {@code total}. */
  default void refitted(int done, int total) {}

  /** Whether to stop: refits not yet started are reported as cancelled. */
  default boolean cancelled() {
    return false;
  }
}
