package org.probscope.app.data;

import java.util.ArrayList;
import java.util.List;

/** Recent files kept in memory, so tests never touch the preferences. */
public final class MemoryStore implements RecentFiles.Store {

  private List<String> saved = new ArrayList<>();

  public MemoryStore(List<String> initial) {
    saved = new ArrayList<>(initial);
  }

  @Override
  public List<String> load() {
    return List.copyOf(saved);
  }

  @Override
  public void save(List<String> paths) {
    saved = new ArrayList<>(paths);
  }

  public List<String> saved() {
    return List.copyOf(saved);
  }
}
