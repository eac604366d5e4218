package org.probscope.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

  /** A runner that holds submitted work until the test completes it, like a slow worker. */
  private static final class ManualRunner implements TaskRunner {
    final List<Runnable> completions = new ArrayList<>();
    int started;

    @Override
    public <T> TaskHandle submit(
        BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
      started++;
      SimpleTaskHandle handle = new SimpleTaskHandle(SimpleTaskHandle::setProgress);
      completions.add(
          () -> {
            try {
              T result = work.run(handle);
              handle.finished();
              if (!handle.isCancelled()) {
                onSuccess.accept(result);
              }
            } catch (Exception e) {
              onFailure.accept(e);
            }
          });
      return handle;
    }

    void completeNext() {
      completions.remove(0).run();
    }
  }

  @Test
  void requestsMadeWhileBusyCollapseIntoTheNewest() {
    ManualRunner runner = new ManualRunner();
    List<Integer> shown = new ArrayList<>();
    LatestOnly<Integer> latest = new LatestOnly<>(runner, shown::add, e -> {});

    latest.request(ctx -> 1);
    latest.request(ctx -> 2);
    latest.request(ctx -> 3);
    latest.request(ctx -> 4);
    assertThat(runner.started).isEqualTo(1);

    runner.completeNext();
    assertThat(shown).containsExactly(1);
    assertThat(runner.started).isEqualTo(2);

    runner.completeNext();
    assertThat(shown).containsExactly(1, 4);
    assertThat(runner.started).isEqualTo(2);
    assertThat(latest.isBusy()).isFalse();
  }

  @Test
  void cancelDropsRunningAndPendingWork() {
    ManualRunner runner = new ManualRunner();
    List<Integer> shown = new ArrayList<>();
    LatestOnly<Integer> latest = new LatestOnly<>(runner, shown::add, e -> {});
    latest.request(ctx -> 1);
    latest.request(ctx -> 2);
    latest.cancel();
    runner.completeNext();
    assertThat(shown).isEmpty();
    assertThat(runner.started).isEqualTo(1);
  }

  @Test
  void sameThreadRunnerDeliversAtOnce() {
    List<Integer> shown = new ArrayList<>();
    LatestOnly<Integer> latest = new LatestOnly<>(new SameThreadTaskRunner(), shown::add, e -> {});
    latest.request(ctx -> 7);
    latest.request(ctx -> 8);
    assertThat(shown).containsExactly(7, 8);
  }
}
