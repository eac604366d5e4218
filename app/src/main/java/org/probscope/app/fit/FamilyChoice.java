package org.probscope.app.fit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.probscope.model.distribution.Family;

/** A family in the candidate list with whether it is checked (used by the "checked" scope). */
public final class FamilyChoice {

  private final Family family;
  private final BooleanProperty checked = new SimpleBooleanProperty(true);

  FamilyChoice(Family family) {
    this.family = family;
  }

  public Family family() {
    return family;
  }

  public BooleanProperty checkedProperty() {
    return checked;
  }

  @Override
  public String toString() {
    return family.name();
  }
}
