package org.probscope.model.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy, in a temporary regular file, of data that the reader cannot read by position: standard
 * input, a pipe, a FIFO, {@code /dev/stdin}, a process substitution ({@code <(...)}, {@code
 * /dev/fd/63}) or a {@code /proc} file whose size reads as 0. The reader needs a size and random
 * access (two threads read the two halves of a large file), so such input is streamed once into a
 * file and read from there; {@link #close()} deletes the copy.
 *
 * <p>The copy keeps the source's file name inside a private temporary directory, so that messages
 * about it ("line 12: ...", "x.csv is not a text file") name what the user gave.
 */
public final class CsvSpool implements AutoCloseable {

  private final Path directory;
  private final Path file;

  private CsvSpool(Path directory, Path file) {
    this.directory = directory;
    this.file = file;
  }

  /**
   * Whether {@code file} must be copied before it is read: it exists, is not a directory, and is
   * not a regular file with a size (a pipe, a device, a socket; a regular file that reports 0 bytes
   * may be a {@code /proc} file and is copied too, which costs nothing when it is really empty).
   */
  public static boolean needsCopy(Path file) {
    if (!Files.exists(file) || Files.isDirectory(file)) {
      return false;
    }
    try {
      return !Files.isRegularFile(file) || Files.size(file) == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether {@code file} exists and is neither a regular file nor a directory (a FIFO, a device).
   */
  public static boolean isStream(Path file) {
    return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
  }

  /**
   * Copies {@code in} to the end into a new temporary file named {@code name}. The stream is read
   * on the calling thread (reading a FIFO waits for a writer, as {@code cat} does) and is not
   * closed.
   *
   * @throws IOException when reading the stream or writing the copy fails (the copy is deleted)
   */
  public static CsvSpool copy(InputStream in, String name) throws IOException {
    Path directory = Files.createTempDirectory("probscope-input");
    Path file = directory.resolve(safeName(name));
    // an interrupted copy (Ctrl+C, SIGTERM) must not stay behind: reverse order, file first
    directory.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    try {
      long room = Files.getFileStore(directory).getUsableSpace() - SPARE_SPACE;
      copyBounded(in, file, room);
    } catch (IOException | RuntimeException e) {
      new CsvSpool(directory, file).close();
      throw e;
    }
    return new CsvSpool(directory, file);
  }

  /** Free space a copy leaves on the temporary directory's disk. */
  static final long SPARE_SPACE = 1L << 30;

  /** The head of a stream checked for NUL bytes before anything else is copied. */
  private static final int SNIFFED = 1 << 16;

  /**
   * More NUL bytes than this in the head make a stream binary (a CSV has none; UTF-16 has a BOM).
   */
  private static final int MAX_NULS = 16;

  /**
   * Copies {@code in} to {@code file}, refusing a stream whose head is binary ({@code /dev/zero},
   * {@code /dev/urandom}) and one that outgrows {@code room} bytes: an endless device would
   * otherwise fill the disk before anything could be said about it.
   */
  static void copyBounded(InputStream in, Path file, long room) throws IOException {
    byte[] buffer = new byte[SNIFFED];
    long copied = 0;
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      int n;
      boolean sniffed = false;
      while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        if (!sniffed) {
          sniffed = true;
          if (binary(buffer, n)) {
            throw new IOException("not a text file (its first bytes hold many NUL bytes)");
          }
        }
        copied += n;
        if (copied > room) {
          throw new IOException(
              "it is larger than the free disk space for its temporary copy ("
                  + Math.max(0, room >> 20)
                  + " MiB); save it to a file first");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private static boolean binary(byte[] head, int length) {
    boolean utf16 =
        length >= 2
            && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    if (utf16) {
      return false;
    }
    int nuls = 0;
    for (int i = 0; i < length; i++) {
      if (head[i] == 0 && ++nuls > MAX_NULS) {
        return true;
      }
    }
    return false;
  }

  /** Copies the file at {@code source} (a FIFO, {@code /dev/stdin}, a {@code /proc} file). */
  public static CsvSpool copy(Path source) throws IOException {
    try (InputStream in = Files.newInputStream(source)) {
      Path name = source.getFileName();
      return copy(in, name == null ? "input" : name.toString());
    }
  }

  /**
   * A UTF-8 copy of a UTF-16 file that starts with its byte-order mark (the reader parses numbers
   * from ASCII-compatible bytes, which UTF-16 is not). At most {@code maxChars} characters are
   * copied, cut after the last line break when the file goes on (a preview needs only its head);
   * {@link Long#MAX_VALUE} copies everything.
   */
  public static CsvSpool transcodeUtf16(Path source, long maxChars) throws IOException {
    Path directory = Files.createTempDirectory("probscope-input");
    Path name = source.getFileName();
    Path file = directory.resolve(safeName(name == null ? "input" : name.toString()));
    CsvSpool spool = new CsvSpool(directory, file);
    // UTF_16 reads the byte-order mark, either order, and drops it
    try (java.io.Reader in =
            new java.io.InputStreamReader(
                Files.newInputStream(source), java.nio.charset.StandardCharsets.UTF_16);
        java.io.Writer out =
            Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      char[] buffer = new char[1 << 16];
      long copied = 0;
      StringBuilder tail = new StringBuilder();
      int n;
      while (copied < maxChars
          && (n = in.read(buffer, 0, (int) Math.min(buffer.length, maxChars - copied))) >= 0) {
        copied += n;
        if (copied < maxChars) {
          out.write(buffer, 0, n);
        } else {
          tail.append(buffer, 0, n);
        }
      }
      if (tail.length() > 0) {
        boolean more = in.read() >= 0;
        int cut = more ? Math.max(tail.lastIndexOf("\n"), -1) + 1 : tail.length();
        out.write(tail.toString(), 0, cut);
      }
    } catch (IOException | RuntimeException e) {
      spool.close();
      throw e;
    }
    return spool;
  }

  private static String safeName(String name) {
    String cleaned = name.replaceAll("[/\\\\\\p{Cntrl}]", "_");
    return cleaned.isBlank() || cleaned.equals(".") || cleaned.equals("..") ? "input" : cleaned;
  }

  /** The copy, a regular file. */
  public Path file() {
    return file;
  }

  /**
   * Deletes the copy and its directory; when that fails (the values are read by then, so it must
   * not fail the read) they are deleted when Java exits.
   */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      directory.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
    }
  }
}
