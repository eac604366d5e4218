package org.probscope.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

  @Test
  void requestsMadeWhileBusyCollapseIntoTheNewest() {
    HeldTaskRunner runner = new HeldTaskRunner();
    List<Integer> shown = new ArrayList<>();
    LatestOnly<Integer> latest = new LatestOnly<>(runner, shown::add, e -> {});

    latest.request(ctx -> 1);
    latest.request(ctx -> 2);
    latest.request(ctx -> 3);
    latest.request(ctx -> 4);
    assertThat(runner.submitted()).isEqualTo(1);

    runner.releaseNext();
    assertThat(shown).containsExactly(1);
    assertThat(runner.submitted()).isEqualTo(2);

    runner.releaseNext();
    assertThat(shown).containsExactly(1, 4);
    assertThat(runner.submitted()).isEqualTo(2);
    assertThat(latest.isBusy()).isFalse();
  }

  @Test
  void cancelDropsRunningAndPendingWork() {
    HeldTaskRunner runner = new HeldTaskRunner();
    List<Integer> shown = new ArrayList<>();
    LatestOnly<Integer> latest = new LatestOnly<>(runner, shown::add, e -> {});
    latest.request(ctx -> 1);
    latest.request(ctx -> 2);
    latest.cancel();
    runner.releaseNext();
    assertThat(shown).isEmpty();
    assertThat(runner.submitted()).isEqualTo(1);
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
