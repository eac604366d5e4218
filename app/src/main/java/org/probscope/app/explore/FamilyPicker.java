package org.probscope.app.explore;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;

/**
 * A searchable family picker: type to filter; continuous families come first, then discrete, each
 * row tagged with its group.
 */
final class FamilyPicker {

  private FamilyPicker() {}

  static SearchableComboBox<Family> create() {
    SearchableComboBox<Family> box =
        new SearchableComboBox<>(FXCollections.observableArrayList(Families.all()));
    box.setId("family-picker");
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Family family) {
            return family == null ? "" : family.label();
          }

          @Override
          public Family fromString(String text) {
            return Families.all().stream()
                .filter(f -> f.label().equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text))
                .findFirst()
                .orElse(null);
          }
        });
    box.setCellFactory(list -> new FamilyCell());
    // the picker's skin opens its list on the press of any letter, digit or space, Ctrl+O's "O"
    // included; a press with a modifier is a shortcut: run it as the scene would, and only that
    box.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          boolean modified = e.isShortcutDown() || e.isControlDown() || e.isAltDown();
          boolean opensList =
              e.getCode().isLetterKey() || e.getCode().isDigitKey() || e.getCode() == KeyCode.SPACE;
          if (modified && opensList && box.getScene() != null) {
            e.consume();
            box.getScene().getAccelerators().entrySet().stream()
                .filter(a -> a.getKey().match(e))
                .findFirst()
                .ifPresent(a -> a.getValue().run());
          }
        });
    return box;
  }

  private static final class FamilyCell extends ListCell<Family> {
    @Override
    protected void updateItem(Family family, boolean empty) {
      super.updateItem(family, empty);
      if (empty || family == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label name = new Label(family.label());
      Label group = new Label(family.isDiscrete() ? "discrete" : "continuous");
      group.getStyleClass().add("text-muted");
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      HBox row = new HBox(8, name, gap, group);
      row.setAlignment(Pos.CENTER_LEFT);
      setText(null);
      setGraphic(row);
    }
  }
}
