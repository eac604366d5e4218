package org.probscope.app.gof;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.gof.KsAtN;
import org.probscope.model.sample.Sample;

/**
 * KS@N, the second stage of the goodness-of-fit figures: a KS test per chunk of N values of the
 * sample in its original order, about as costly as every other figure together at n = 10⁶, so it is
 * asked for only once the main figures of the newest request are on screen. Holds the chunk size N
 * as typed; a committed N that is not a whole number ≥ 2 keeps the one in use.
 */
public final class KsAtNViewModel {

  private static final Pattern WHOLE = Pattern.compile("\\d+");

  private final StringProperty chunkText = new SimpleStringProperty("100");
  private final ReadOnlyStringWrapper chunkError = new ReadOnlyStringWrapper("");
  private final LatestOnly<ChunkScore> scores;
  private final Runnable onChunkChanged;
  private Consumer<GofSnapshot> onScore = s -> {};
  private int chunkSize = 100;

  /** A KS@N score with the snapshot it was computed for. */
  private record ChunkScore(GofSnapshot snapshot, KsAtN score) {}

  /**
   * @param onChunkChanged asked to recompute when a new N is committed
   * @param onFailure told when a score cannot be computed
   */
  KsAtNViewModel(TaskRunner runner, Runnable onChunkChanged, Consumer<Throwable> onFailure) {
    this.onChunkChanged = onChunkChanged;
    this.scores = new LatestOnly<>(runner, done -> onScore.accept(complete(done)), onFailure);
  }

  /** N as typed; applies on {@link #commit()}. */
  public StringProperty chunkTextProperty() {
    return chunkText;
  }

  public ReadOnlyStringProperty chunkErrorProperty() {
    return chunkError.getReadOnlyProperty();
  }

  /** The chunk size in use. */
  public int chunkSize() {
    return chunkSize;
  }

  /** Applies the typed N, or says why not and which N stays. */
  public void commit() {
    String t = chunkText.get() == null ? "" : chunkText.get().strip();
    if (!WHOLE.matcher(t).matches() || t.length() > 9 || Integer.parseInt(t) < 2) {
      chunkError.set("N must be a whole number of at least 2; N stays " + chunkSize);
      return;
    }
    chunkError.set("");
    int typed = Integer.parseInt(t);
    chunkText.set(Integer.toString(typed));
    if (typed != chunkSize) {
      chunkSize = typed;
      onChunkChanged.run();
    }
  }

  /** Computes the score for {@code snapshot}; {@code whenDone} gets the snapshot with it. */
  void request(GofSnapshot snapshot, Consumer<GofSnapshot> whenDone) {
    this.onScore = whenDone;
    Sample s = snapshot.sample();
    Distribution d = snapshot.target();
    double a = snapshot.alpha();
    int chunk = chunkSize;
    scores.request(ctx -> new ChunkScore(snapshot, KsAtN.of(s, d, chunk, a)));
  }

  /** Drops the score being computed: its snapshot is about to be superseded. */
  void cancel() {
    scores.cancel();
  }

  private static GofSnapshot complete(ChunkScore done) {
    return done.snapshot().withKsAtN(done.score());
  }
}
