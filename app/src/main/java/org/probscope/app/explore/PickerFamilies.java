package org.probscope.app.explore;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;

/**
 * What the family picker lists: the catalogue, preceded by the family on screen when it is not in
 * the catalogue (an affine family, "Student's t, shifted and scaled"), so that the closed picker
 * can show it.
 */
final class PickerFamilies {

  private final ObservableList<Family> families = FXCollections.observableArrayList(Families.all());
  // one wrapper for the life of the list: an unmodifiable wrapper listens to its source weakly
  private final ObservableList<Family> readOnly =
      FXCollections.unmodifiableObservableList(families);

  ObservableList<Family> list() {
    return readOnly;
  }

  /**
   * Lists {@code shown} first when it is not in the catalogue, and drops a previous such family.
   * One insertion or removal at the top, never a replacement of the whole list: a combo box keeps
   * its selection through a shift, not through {@code setAll} (which left the picker on the wrong
   * family).
   */
  void show(Family shown) {
    boolean extra = families.size() > Families.all().size();
    if (extra && families.get(0) != shown) {
      families.remove(0);
      extra = false;
    }
    if (!extra && !Families.all().contains(shown)) {
      families.add(0, shown);
    }
  }
}
