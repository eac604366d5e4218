package org.probscope.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListUpdatesTest {

  @Test
  void replacesOnlyTheElementsThatDiffer() {
    ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c");
    List<Integer> replacedAt = new ArrayList<>();
    list.addListener(
        (ListChangeListener<String>)
            c -> {
              while (c.next()) {
                if (c.wasReplaced()) {
                  replacedAt.add(c.getFrom());
                }
              }
            });
    ListUpdates.replaceChanged(list, List.of("a", "B", "c"));
    assertThat(list).containsExactly("a", "B", "c");
    assertThat(replacedAt).containsExactly(1);
  }

  @Test
  void aDifferentLengthReplacesEverything() {
    ObservableList<String> list = FXCollections.observableArrayList("a", "b");
    ListUpdates.replaceChanged(list, List.of("x", "y", "z"));
    assertThat(list).containsExactly("x", "y", "z");
  }
}
