package org.probscope.model.csv;

/**
 * Throttled progress reports and the cancellation check shared by the reading paths; safe to call
 * from the two threads of a split read.
 */
final class ReadControl {

  private final CsvReadOptions options;
  private final long totalBytes;
  private final Thread caller;
  private long bytesRead;
  private long nextReport;

  /**
   * @param bytesAlreadyRead bytes consumed before the scanners start (byte-order mark, header)
   */
  ReadControl(CsvReadOptions options, long totalBytes, long bytesAlreadyRead) {
    this.options = options;
    this.totalBytes = totalBytes;
    this.caller = Thread.currentThread();
    this.bytesRead = bytesAlreadyRead;
    this.nextReport = bytesAlreadyRead + options.progressIntervalBytes();
  }

  /**
   * Counts {@code newBytes} more bytes read, reports progress when due, and tells whether the read
   * should stop.
   *
   * @return true when the caller asked to cancel or the calling thread was interrupted
   */
  synchronized boolean advance(long newBytes) {
    bytesRead += newBytes;
    if (bytesRead >= nextReport) {
      options.progress().progress(Math.min(bytesRead, totalBytes), totalBytes);
      nextReport = bytesRead + options.progressIntervalBytes();
    }
    return options.cancelRequested().getAsBoolean() || caller.isInterrupted();
  }

  /** The last report: everything read. */
  synchronized void finish() {
    options.progress().progress(totalBytes, totalBytes);
  }
}
