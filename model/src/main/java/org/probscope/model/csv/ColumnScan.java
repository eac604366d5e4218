package org.probscope.model.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Runs the scanners over the data rows of a file: on a file of at least {@link #SPLIT_BYTES} the
 * byte fast path reads the two halves on two threads (the halves meet at a line start; the second
 * half's line numbers are shifted when they are joined); from the first quote on, FastCSV reads the
 * rest on the calling thread.
 */
final class ColumnScan {

  /** Files with less data than this are read on one thread. */
  static final long SPLIT_BYTES = 8L << 20;

  private final FileChannel channel;
  private final FirstBlock block;
  private final CsvFormat format;
  private final CsvReadOptions options;
  private final ReadControl control;
  private final int[] indices;
  private final String[] names;
  private RowSink sink;

  ColumnScan(
      FileChannel channel,
      FirstBlock block,
      CsvFormat format,
      CsvReadOptions options,
      ReadControl control,
      int[] indices,
      String[] names) {
    this.channel = channel;
    this.block = block;
    this.format = format;
    this.options = options;
    this.control = control;
    this.indices = indices;
    this.names = names;
  }

  /** The counts and values after {@link #run}. */
  RowSink sink() {
    return sink;
  }

  /** Reads from {@code dataOffset} to the end; returns what stopped it, or null. */
  CsvProblem run(long dataOffset, long headerLines) throws IOException {
    long size = channel.size();
    long split = -1;
    if (size - dataOffset >= SPLIT_BYTES && Runtime.getRuntime().availableProcessors() >= 2) {
      split = lineStartAfter(dataOffset + (size - dataOffset) / 2, size);
    }
    if (split <= dataOffset || split >= size) {
      sink = newSink(dataOffset, size, headerLines);
      UnquotedScanner scanner = newScanner(sink);
      return afterFastPath(scanner.scan(channel, dataOffset, size), scanner);
    }
    return runSplit(dataOffset, split, size, headerLines);
  }

  private CsvProblem runSplit(long dataOffset, long split, long size, long headerLines)
      throws IOException {
    sink = newSink(dataOffset, split, headerLines);
    RowSink secondSink = newSink(split, size, 0);
    UnquotedScanner first = newScanner(sink);
    UnquotedScanner second = newScanner(secondSink);
    SecondHalf secondHalf = new SecondHalf(second, split, size);
    // the common pool rather than a thread of our own (STYLE.md habit 7); join() is uninterruptible
    java.util.concurrent.CompletableFuture<Void> worker =
        java.util.concurrent.CompletableFuture.runAsync(secondHalf);
    UnquotedScanner.End firstEnd;
    try {
      firstEnd = first.scan(channel, dataOffset, split);
    } catch (IOException | RuntimeException | Error e) {
      second.abandon();
      worker.join();
      throw e;
    }
    if (firstEnd != UnquotedScanner.End.DONE) {
      // quotes, a stop or a long line in the first half: the second half's rows are read anew
      second.abandon();
    }
    worker.join();
    if (firstEnd != UnquotedScanner.End.DONE) {
      return afterFastPath(firstEnd, first);
    }
    secondHalf.rethrow();
    sink.append(secondSink);
    return afterFastPath(secondHalf.end, second);
  }

  private CsvProblem afterFastPath(UnquotedScanner.End end, UnquotedScanner scanner)
      throws IOException {
    switch (end) {
      case DONE:
        return null;
      case CANCELLED:
        return cancelled();
      case LINE_TOO_LONG:
        return CsvProblem.atLine(
            CsvProblem.Kind.LINE_TOO_LONG,
            sink.lineNumber + 1,
            "longer than " + options.maxLineBytes() + " bytes; stopped (is this a CSV file?)");
      case NEEDS_QUOTE_PARSER:
      default:
        CsvProblem problem =
            new QuotedRecordReader(sink, control, format, options.maxLineBytes())
                .read(channel, scanner.handOverOffset());
        return problem != null && problem.kind() == CsvProblem.Kind.CANCELLED
            ? cancelled()
            : problem;
    }
  }

  private CsvProblem cancelled() {
    long lines = sink.lineNumber;
    return CsvProblem.of(
        CsvProblem.Kind.CANCELLED, "cancelled after " + lines + (lines == 1 ? " line" : " lines"));
  }

  private RowSink newSink(long from, long to, long lineNumber) {
    int capacity = CsvColumnReader.estimateRows(block, to - from);
    ColumnAccumulator[] columns = new ColumnAccumulator[indices.length];
    for (int w = 0; w < indices.length; w++) {
      columns[w] =
          new ColumnAccumulator(names[w], indices[w] + 1, capacity, options.skippedRowsKept());
    }
    return new RowSink(indices, columns, new CellParser(format.decimalSeparator()), lineNumber);
  }

  private UnquotedScanner newScanner(RowSink target) {
    return new UnquotedScanner(target, control, format, options.maxLineBytes());
  }

  /** The offset after the first LF at or after {@code from}, or -1 within a line's length. */
  private long lineStartAfter(long from, long size) throws IOException {
    ByteBuffer chunk =
        ByteBuffer.allocate((int) Math.min(options.maxLineBytes() + 1L, size - from));
    channel.read(chunk, from);
    for (int i = 0; i < chunk.position(); i++) {
      if (chunk.get(i) == '\n') {
        return from + i + 1;
      }
    }
    return -1;
  }

  /** The second half's scan, run on its own thread; keeps its outcome or failure. */
  private final class SecondHalf implements Runnable {
    private final UnquotedScanner scanner;
    private final long from;
    private final long to;
    private volatile UnquotedScanner.End end;
    private volatile Throwable failure;

    SecondHalf(UnquotedScanner scanner, long from, long to) {
      this.scanner = scanner;
      this.from = from;
      this.to = to;
    }

    @Override
    public void run() {
      try {
        end = scanner.scan(channel, from, to);
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
      }
    }

    void rethrow() throws IOException {
      if (failure instanceof IOException e) {
        throw e;
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
    }
  }
}
