package org.probscope.app.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Raises and keeps the write error that the writers above would swallow, so that a command learns
 * that stdout failed (the reader of {@code sample ... | head} went away, the disk is full, {@code >
 * /dev/full}) and {@link Cli} can exit 1 with the reason instead of 0 with half a number. After the
 * first error nothing more reaches the target: the buffered writers above retry their full buffers
 * on every write, and each retry would be another failing system call.
 *
 * <p>The target is best a raw stream (the launcher passes the file descriptor), whose exception
 * carries the system's reason ("No space left on device"); a {@link PrintStream} hides it, so only
 * "the output could not be written" is known then.
 */
final class ErrorRaisingOutputStream extends FilterOutputStream {

  private final OutputStream target;
  private IOException failure;

  ErrorRaisingOutputStream(OutputStream target) {
    super(target);
    this.target = target;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    failIfFailedBefore();
    try {
      target.write(bytes, offset, length);
    } catch (IOException e) {
      throw remember(e);
    }
    failIfTargetFailed();
  }

  @Override
  public void write(int b) throws IOException {
    failIfFailedBefore();
    try {
      target.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
    failIfTargetFailed();
  }

  @Override
  public void flush() throws IOException {
    failIfFailedBefore();
    try {
      target.flush();
    } catch (IOException e) {
      throw remember(e);
    }
    failIfTargetFailed();
  }

  /** The first write error, if any. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  private IOException remember(IOException e) {
    failure = e;
    return e;
  }

  private void failIfFailedBefore() throws IOException {
    if (failure != null) {
      throw new IOException("output closed", failure);
    }
  }

  private void failIfTargetFailed() throws IOException {
    if (target instanceof PrintStream print && print.checkError()) {
      throw remember(new IOException("the output could not be written"));
    }
  }
}
