package org.probscope.model.csv;

/** Throttled progress reports and the cancellation check shared by both reading paths. */
final class ReadControl {

  private final CsvReadOptions options;
  private final long totalBytes;
  private long nextReport;

  ReadControl(CsvReadOptions options, long totalBytes) {
    this.options = options;
    this.totalBytes = totalBytes;
    this.nextReport = options.progressIntervalBytes();
  }

  /**
   * Reports progress when due and tells whether the read should stop.
   *
   * @param bytesRead bytes of the file consumed so far
   * @return true when the caller asked to cancel or the thread was interrupted
   */
  boolean checkpoint(long bytesRead) {
    if (bytesRead >= nextReport) {
      options.progress().progress(Math.min(bytesRead, totalBytes), totalBytes);
      nextReport = bytesRead + options.progressIntervalBytes();
    }
    return options.cancelRequested().getAsBoolean() || Thread.currentThread().isInterrupted();
  }

  /** The last report: everything read. */
  void finish() {
    options.progress().progress(totalBytes, totalBytes);
  }

  long totalBytes() {
    return totalBytes;
  }
}
