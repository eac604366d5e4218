package org.probscope.model.csv;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How a read reports progress, how it is cancelled and where it stops protecting memory.
 *
 * <p>The reader checks {@code cancelRequested} and the calling thread's interrupt flag after every
 * block of {@link #BLOCK_BYTES} bytes (about 13,000 rows of a one-column file) on the fast path, or
 * every 4,096 records on the quoted path, and calls the progress listener when at least {@code
 * progressIntervalBytes} more bytes have been read since the last call, and once more at the end of
 * a complete read. On a large file the two halves are read on two threads, so the listener may be
 * called from a reader thread other than the caller's (never concurrently).
 *
 * @param progress told bytes read of total
 * @param cancelRequested polled between blocks; true ends the read with a "cancelled" result
 * @param maxLineBytes a line (or quoted cell) longer than this stops the read
 * @param progressIntervalBytes the least number of bytes between two progress calls
 * @param skippedRowsKept how many skipped rows each column keeps for the report
 */
public record CsvReadOptions(
    ProgressListener progress,
    BooleanSupplier cancelRequested,
    int maxLineBytes,
    long progressIntervalBytes,
    int skippedRowsKept) {

  /** The reader's block size; also the granularity of cancellation checks. */
  public static final int BLOCK_BYTES = 256 * 1024;

  /** Validates the fields. */
  public CsvReadOptions {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(cancelRequested, "cancelRequested");
    if (maxLineBytes < 16) {
      throw new IllegalArgumentException("maxLineBytes must be >= 16: " + maxLineBytes);
    }
    if (progressIntervalBytes < 1) {
      throw new IllegalArgumentException("progressIntervalBytes must be >= 1");
    }
    if (skippedRowsKept < 0) {
      throw new IllegalArgumentException("skippedRowsKept must be >= 0");
    }
  }

  /** No progress, never cancelled, lines up to 1 MiB, progress every 4 MiB, 20 skipped rows. */
  public static CsvReadOptions defaults() {
    return new CsvReadOptions(ProgressListener.NONE, () -> false, 1 << 20, 4L << 20, 20);
  }

  public CsvReadOptions withProgress(ProgressListener newProgress) {
    return new CsvReadOptions(
        newProgress, cancelRequested, maxLineBytes, progressIntervalBytes, skippedRowsKept);
  }

  public CsvReadOptions withCancelRequested(BooleanSupplier newCancelRequested) {
    return new CsvReadOptions(
        progress, newCancelRequested, maxLineBytes, progressIntervalBytes, skippedRowsKept);
  }

  public CsvReadOptions withMaxLineBytes(int newMaxLineBytes) {
    return new CsvReadOptions(
        progress, cancelRequested, newMaxLineBytes, progressIntervalBytes, skippedRowsKept);
  }

  public CsvReadOptions withProgressIntervalBytes(long newProgressIntervalBytes) {
    return new CsvReadOptions(
        progress, cancelRequested, maxLineBytes, newProgressIntervalBytes, skippedRowsKept);
  }

  public CsvReadOptions withSkippedRowsKept(int newSkippedRowsKept) {
    return new CsvReadOptions(
        progress, cancelRequested, maxLineBytes, progressIntervalBytes, newSkippedRowsKept);
  }
}
