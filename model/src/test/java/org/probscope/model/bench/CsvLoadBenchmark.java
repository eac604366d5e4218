package org.probscope.model.bench;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.probscope.model.csv.ColumnSelector;
import org.probscope.model.csv.CsvColumnReader;
import org.probscope.model.csv.CsvFormat;
import org.probscope.model.csv.CsvLoadResult;
import org.probscope.model.csv.CsvReadOptions;
import org.probscope.model.sample.Sample;

/**
 * The CSV budget: a 10^7-row, one-column file (about 196 MB of {@code Double.toString} values of
 * standard normal draws) loaded and sorted in at most 1.5 s on the 2-core build machine, with a
 * heap of at most 4 times the raw doubles (4 × 80 MB).
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args=CsvLoadBenchmark} (the
 * annotations already say 1 fork, 2 warm-up and 3 measured iterations; the exec plugin passes
 * {@code bench.args} as one argument, so a value with spaces is read by JMH as one regular
 * expression and matches nothing). Add {@code -prof gc} through the JMH main on the test class path
 * for the allocation per load.
 *
 * <p>Measured 2026-11-23 with other builds running (load average 7-13 on 2 cores, so the times are
 * far above an idle machine's and vary by ±50 %): load/plain 4.3-7.0 s, fastCsvRecords/plain
 * 3.2-3.9 s, load/quoted 3.0-7.2 s; process CPU per load (steadier): load/plain 1.9 s,
 * fastCsvRecords 2.1 s. Allocation per load ({@code -prof gc}): load/plain 252 MB (the two halves'
 * arrays, the joined array and the sorted copy), fastCsvRecords 1.45 GB, load/quoted 2.6 GB. {@code
 * loadIn4xHeap} completes in -Xmx305m for both layouts: that is the heap check.
 *
 * <ul>
 *   <li>{@code load} — {@link CsvColumnReader} (byte fast path, or the FastCSV path when {@code
 *       layout=quoted} quotes every cell), including {@code Sample.ofOwned}'s copy and parallel
 *       sort, in a normal heap;
 *   <li>{@code loadIn4xHeap} — the same in a JVM limited to {@code -Xmx305m} (320 MB = 4 × 80 MB of
 *       doubles): it completing at all is the heap check;
 *   <li>{@code fastCsvRecords} — the baseline that decided the design: FastCSV records, each field
 *       parsed by FastDoubleParser into a primitive array, then sorted the same way.
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1)
@State(Scope.Benchmark)
public class CsvLoadBenchmark {

  private static final int ROWS = 10_000_000;

  @Param({"plain", "quoted"})
  public String layout;

  private Path dir;
  private Path file;

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("csv-bench");
    file = dir.resolve("normal-1e7.csv");
    SplittableRandom random = new SplittableRandom(20_261_123L);
    boolean quoted = layout.equals("quoted");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(quoted ? "\"x\"\n" : "x\n");
      for (int i = 0; i < ROWS; i++) {
        String value = Double.toString(gaussian(random));
        out.write(quoted ? '"' + value + "\"\n" : value + "\n");
      }
    }
  }

  /** Box–Muller; the values only need a realistic spread of digits. */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public Sample load() {
    return loadColumn();
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx305m")
  public Sample loadIn4xHeap() {
    return loadColumn();
  }

  private Sample loadColumn() {
    CsvLoadResult result =
        CsvColumnReader.read(
            file,
            CsvFormat.standard(),
            List.of(ColumnSelector.position(1)),
            CsvReadOptions.defaults());
    return result.firstSample().orElseThrow(() -> new IllegalStateException(result.message()));
  }

  @Benchmark
  public Sample fastCsvRecords() throws IOException {
    double[] values = new double[ROWS];
    int count = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      boolean header = true;
      for (CsvRecord record : reader) {
        if (header) {
          header = false;
          continue;
        }
        values[count++] = JavaDoubleParser.parseDouble(record.getField(0));
      }
    }
    return Sample.ofOwned("x", Arrays.copyOf(values, count));
  }
}
