package org.probscope.model.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probscope.model.sample.Sample;

/**
 * The outcome of {@link CsvColumnReader#read}: one {@link ColumnResult} per requested column, in
 * the order requested, or a {@link CsvProblem} that stopped the read (then no column has a sample,
 * but the counts up to the stop are kept).
 *
 * @param format the format the file was read with
 * @param columns one result per requested column (empty when the columns could not be resolved)
 * @param lines the physical lines read, blank ones and the header included
 * @param blankLines lines with nothing but spaces, which are skipped silently
 * @param problem what stopped the read, if anything
 */
public record CsvLoadResult(
    CsvFormat format,
    List<ColumnResult> columns,
    long lines,
    long blankLines,
    Optional<CsvProblem> problem) {

  /** Validates the fields and makes an unmodifiable copy of the columns. */
  public CsvLoadResult {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(problem, "problem");
    columns = List.copyOf(columns);
  }

  static CsvLoadResult failed(CsvFormat format, CsvProblem problem) {
    return new CsvLoadResult(format, List.of(), 0, 0, Optional.of(problem));
  }

  /** True when the whole file was read (some columns may still have no numeric value). */
  public boolean isComplete() {
    return problem.isEmpty();
  }

  /** The sample of the first requested column, when the read completed and it had values. */
  public Optional<Sample> firstSample() {
    return problem.isPresent() || columns.isEmpty() ? Optional.empty() : columns.get(0).sample();
  }

  /** One line per column, or the problem: what the command line prints. */
  public String message() {
    return problem
        .map(CsvProblem::message)
        .orElseGet(
            () -> columns.stream().map(ColumnResult::summary).collect(Collectors.joining("\n")));
  }
}
