package org.probscope.app.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files opened last, newest first, remembered between runs. A file that has gone missing stays
 * listed (the menu marks it) until the user picks it, which removes it with a message.
 */
public final class RecentFiles {

  /** How many files are remembered. */
  public static final int MAX_FILES = 10;

  private final Store store;
  private final ObservableList<Path> files = FXCollections.observableArrayList();
  private final ObservableList<Path> readOnlyFiles =
      FXCollections.unmodifiableObservableList(files);

  /** Where the list is kept: the user's preferences, or memory in tests. */
  public interface Store {
    List<String> load();

    void save(List<String> paths);
  }

  public RecentFiles(Store store) {
    this.store = store;
    for (String text : store.load()) {
      try {
        Path path = Path.of(text);
        if (!files.contains(path) && files.size() < MAX_FILES) {
          files.add(path);
        }
      } catch (java.nio.file.InvalidPathException e) {
        // an entry written on another system; dropping it loses nothing the user made
      }
    }
  }

  /**
   * The list kept in {@link Preferences} beside the application's other settings (the node named by
   * {@code probscope.prefs.node}, so tests never touch a user's list).
   */
  public static RecentFiles inPreferences() {
    Preferences node =
        Preferences.userRoot()
            .node(System.getProperty("probscope.prefs.node", "org/probscope/app"))
            .node("recent-files");
    return new RecentFiles(new PreferencesStore(node));
  }

  /** Newest first; unmodifiable. */
  public ObservableList<Path> files() {
    return readOnlyFiles;
  }

  /** Puts {@code file} first (moving it if listed) and forgets the oldest beyond the limit. */
  public void add(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    files.remove(absolute);
    files.add(0, absolute);
    if (files.size() > MAX_FILES) {
      files.remove(MAX_FILES, files.size());
    }
    save();
  }

  public void remove(Path file) {
    if (files.remove(file.toAbsolutePath().normalize())) {
      save();
    }
  }

  /** True when {@code file} is no longer a readable regular file. */
  public static boolean isMissing(Path file) {
    return !Files.isRegularFile(file);
  }

  private void save() {
    List<String> paths = new ArrayList<>();
    files.forEach(p -> paths.add(p.toString()));
    store.save(paths);
  }

  /** One key per entry ("0", "1", ...), so a path may hold any character. */
  private static final class PreferencesStore implements Store {
    private final Preferences node;

    PreferencesStore(Preferences node) {
      this.node = node;
    }

    @Override
    public List<String> load() {
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < MAX_FILES; i++) {
        String path = node.get(Integer.toString(i), null);
        if (path != null) {
          paths.add(path);
        }
      }
      return paths;
    }

    @Override
    public void save(List<String> paths) {
      for (int i = 0; i < MAX_FILES; i++) {
        if (i < paths.size()) {
          node.put(Integer.toString(i), paths.get(i));
        } else {
          node.remove(Integer.toString(i));
        }
      }
      try {
        node.flush();
      } catch (BackingStoreException e) {
        // the list is a convenience; losing it loses no data
      }
    }
  }
}
