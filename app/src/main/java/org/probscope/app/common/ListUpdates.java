package org.probscope.app.common;

import java.util.List;
import javafx.collections.ObservableList;

/** Updates observable lists without disturbing rows that did not change. */
public final class ListUpdates {

  private ListUpdates() {}

  /**
   * Makes {@code target} equal to {@code fresh}, replacing only the elements that differ. A table
   * re-styles every row it is told was replaced, which during a slider drag costs more than the
   * figures themselves; unchanged rows are left alone.
   */
  public static <T> void replaceChanged(ObservableList<T> target, List<? extends T> fresh) {
    if (target.size() != fresh.size()) {
      target.setAll(fresh);
      return;
    }
    for (int i = 0; i < fresh.size(); i++) {
      if (!target.get(i).equals(fresh.get(i))) {
        target.set(i, fresh.get(i));
      }
    }
  }
}
