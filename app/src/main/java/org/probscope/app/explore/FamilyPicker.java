package org.probscope.app.explore;

import java.text.Normalizer;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.probscope.model.distribution.Family;

/**
 * A searchable family picker: type to filter; continuous families come first, then discrete, each
 * row tagged with its group. A family on screen that is not in the catalogue (an affine one,
 * "Student's t, shifted and scaled") is listed first while it is shown.
 *
 * <p>ControlsFX filters on the converter's text (each typed word must occur in it, ignoring case)
 * and offers no other hook, so that text is {@link #searchText}: the label followed by the spec
 * name and the label folded to plain letters, which makes {@code lognor}, {@code studentt} and
 * {@code levy} find their families. The closed picker shows the label alone (its button cell).
 */
final class FamilyPicker {

  private FamilyPicker() {}

  /**
   * @param families what to list: the catalogue, and the family on screen first when it is not in
   *     the catalogue ({@link ExplorerViewModel#pickerFamilies()})
   */
  static SearchableComboBox<Family> create(ObservableList<Family> families) {
    SearchableComboBox<Family> box = new SearchableComboBox<>(families);
    box.setId("family-picker");
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Family family) {
            return family == null ? "" : searchText(family);
          }

          @Override
          public Family fromString(String text) {
            return families.stream()
                .filter(f -> f.label().equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text))
                .findFirst()
                .orElse(null);
          }
        });
    box.setCellFactory(list -> new FamilyCell());
    box.setButtonCell(new LabelCell());
    keepTheChosenFamilyShown(box);
    // the picker's skin opens its list on the press of any letter, digit or space, Ctrl+O's "O"
    // included; a press with a modifier is a shortcut: run it as the scene would, and only that
    box.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          boolean modified = e.isShortcutDown() || e.isControlDown() || e.isAltDown();
          boolean opensList =
              e.getCode().isLetterKey() || e.getCode().isDigitKey() || e.getCode() == KeyCode.SPACE;
          if (!modified || !opensList || box.getScene() == null) {
            return;
          }
          var shortcut =
              box.getScene().getAccelerators().entrySet().stream()
                  .filter(a -> a.getKey().match(e))
                  .findFirst();
          if (shortcut.isPresent()) {
            e.consume();
            shortcut.get().getValue().run();
          } else if (!(e.getTarget() instanceof TextInputControl)) {
            e.consume(); // no list for Ctrl+A on the closed picker
          } // in the search field, Ctrl+A, Ctrl+C, ... edit the text as in any text field
        });
    return box;
  }

  /**
   * What the search matches: the label, the spec name, and the label without case, diacritics,
   * hyphens, apostrophes or spaces ("Student's t" → "studentst", "Lévy" → "levy").
   */
  static String searchText(Family family) {
    return family.label() + "\u2003" + family.name() + " " + fold(family.label());
  }

  /** Lower case, diacritics stripped, and only letters and digits kept. */
  static String fold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /**
   * The skin clears the value while the filter hides it (an empty list, say) and does not always
   * restore it: once the list closes, show the family in force again rather than a blank picker.
   */
  private static void keepTheChosenFamilyShown(SearchableComboBox<Family> box) {
    Family[] last = {null};
    box.valueProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                last[0] = now;
              } else if (!box.isShowing() && last[0] != null) {
                box.setValue(last[0]);
              }
            });
    box.showingProperty()
        .addListener(
            (obs, was, showing) -> {
              if (!showing && box.getValue() == null && last[0] != null) {
                box.setValue(last[0]);
              }
            });
  }

  /** The closed picker: the label only. */
  private static final class LabelCell extends ListCell<Family> {
    @Override
    protected void updateItem(Family family, boolean empty) {
      super.updateItem(family, empty);
      setText(empty || family == null ? null : family.label());
    }
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
