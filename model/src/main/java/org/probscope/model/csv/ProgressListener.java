package org.probscope.model.csv;

/** Told how far a read has come, every few megabytes; see {@link CsvReadOptions} for the thread. */
@FunctionalInterface
public interface ProgressListener {

  /** Ignores progress. */
  ProgressListener NONE = (bytesRead, totalBytes) -> {};

  /**
   * @param bytesRead bytes of the file read so far
   * @param totalBytes the file size in bytes
   */
  void progress(long bytesRead, long totalBytes);
}
