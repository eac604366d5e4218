package org.probscope.app.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Raises the write error a {@link PrintStream} swallows, so that a writer above it learns that
 * stdout was closed (the reader of {@code sample ... | head} went away) and long output can stop.
 * After the first error nothing more reaches the target: the buffered writers above retry their
 * full buffers on every write, and each retry would be another failing system call.
 */
final class ErrorRaisingOutputStream extends FilterOutputStream {

  private final PrintStream target;
  private boolean failed;

  ErrorRaisingOutputStream(PrintStream target) {
    super(target);
    this.target = target;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    failIfFailedBefore();
    target.write(bytes, offset, length);
    failIfTargetFailed();
  }

  @Override
  public void write(int b) throws IOException {
    failIfFailedBefore();
    target.write(b);
    failIfTargetFailed();
  }

  @Override
  public void flush() throws IOException {
    failIfFailedBefore();
    target.flush();
    failIfTargetFailed();
  }

  private void failIfFailedBefore() throws IOException {
    if (failed) {
      throw new IOException("output closed");
    }
  }

  private void failIfTargetFailed() throws IOException {
    if (target.checkError()) {
      failed = true;
      throw new IOException("output closed");
    }
  }
}
