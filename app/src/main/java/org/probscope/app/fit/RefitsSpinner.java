package org.probscope.app.fit;

import java.util.List;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.probscope.model.fit.BootstrapSettings;

/**
 * The bootstrap size B: 0 (no bootstrap) or {@link BootstrapSettings#MIN_REFITS} to {@link
 * BootstrapSettings#MAX_REFITS}. The arrows step through the usual sizes (100, 200, 500, 1000, …);
 * any size in range can be typed, and a typed size below the minimum becomes the minimum (a
 * bootstrap of 3 refits says nothing), 0 or an empty field switching it off.
 */
final class RefitsSpinner {

  /** The sizes the arrows step through. */
  static final List<Integer> STEPS =
      List.of(0, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000);

  private RefitsSpinner() {}

  static Spinner<Integer> create() {
    Spinner<Integer> spinner = new Spinner<>(new Factory());
    spinner.setEditable(true);
    spinner.setPrefWidth(100);
    spinner
        .getEditor()
        .focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                spinner.commitValue();
              }
            });
    return spinner;
  }

  /** B as typed, made valid: 0 for none or nonsense, clamped into the range otherwise. */
  static int valid(String text) {
    String t = text == null ? "" : text.trim().replace("_", "").replace(" ", "");
    long b;
    try {
      b = t.isEmpty() ? 0 : Long.parseLong(t);
    } catch (NumberFormatException e) {
      return 0;
    }
    if (b <= 0) {
      return 0;
    }
    return (int) Math.max(BootstrapSettings.MIN_REFITS, Math.min(BootstrapSettings.MAX_REFITS, b));
  }

  private static final class Factory extends SpinnerValueFactory<Integer> {
    Factory() {
      setConverter(
          new StringConverter<>() {
            @Override
            public String toString(Integer b) {
              return b == null ? "0" : b.toString();
            }

            @Override
            public Integer fromString(String s) {
              return valid(s);
            }
          });
      setValue(0);
    }

    @Override
    public void decrement(int steps) {
      int v = getValue() == null ? 0 : getValue();
      for (int s = 0; s < steps; s++) {
        int below = 0;
        for (int step : STEPS) {
          if (step < v) {
            below = step;
          }
        }
        v = below;
      }
      setValue(v);
    }

    @Override
    public void increment(int steps) {
      int v = getValue() == null ? 0 : getValue();
      for (int s = 0; s < steps; s++) {
        int above = STEPS.get(STEPS.size() - 1);
        for (int i = STEPS.size() - 1; i >= 0; i--) {
          if (STEPS.get(i) > v) {
            above = STEPS.get(i);
          }
        }
        v = above;
      }
      setValue(v);
    }
  }
}
