package org.probscope.model.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PairedColumnReader} read: two columns of the same rows, a value and its weight, kept
 * in file order and row by row.
 *
 * <p>Counts: every data row (a non-blank record) is either kept, skipped, or refused for a negative
 * weight, so {@code kept() + skippedRows() + negativeWeightRows() == dataRows()}. A row is kept
 * when both cells are finite numbers and the weight is ≥ 0; weights of 0 are kept (a fit drops
 * them, as {@code FitData.weighted} does, and the report counts them). A row is skipped when either
 * cell is not a finite number; each column's {@link ColumnResult} counts its own cells per {@link
 * SkipReason} (a row whose two cells are both bad counts once in each), with the first skipped rows
 * and their line numbers; its {@code kept} counts the cells that were finite numbers, and its
 * sample is always empty (the values are in {@link #values()}).
 *
 * @param format the format the file was read in
 * @param valueColumn the value column's cell counts; empty when the read could not start
 * @param weightColumn the weight column's cell counts; empty when the read could not start
 * @param values the kept values in file order; empty when {@code problem} is present
 * @param weights the weight of each kept value, same length
 * @param dataRows the non-blank records after the header
 * @param negativeWeightRows rows whose weight cell is a number below 0 (not kept)
 * @param firstNegativeWeight the first of them, with its line
 * @param missingColumn which selector names no column, when {@code problem} is {@link
 *     CsvProblem.Kind#NO_SUCH_COLUMN}
 * @param problem why the read stopped or could not start; then no rows are kept
 */
public record PairedColumns(
    CsvFormat format,
    Optional<ColumnResult> valueColumn,
    Optional<ColumnResult> weightColumn,
    double[] values,
    double[] weights,
    long dataRows,
    long negativeWeightRows,
    Optional<NegativeWeight> firstNegativeWeight,
    Optional<Role> missingColumn,
    Optional<CsvProblem> problem) {

  /** Which of the two selected columns. */
  public enum Role {
    VALUES,
    WEIGHTS
  }

  /**
   * A weight below 0, which no weighted fit accepts.
   *
   * @param lineNumber the 1-based physical line of the row
   * @param weight the weight read
   */
  public record NegativeWeight(long lineNumber, double weight) {}

  /** Validates the fields and copies the arrays. */
  public PairedColumns {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(valueColumn, "valueColumn");
    Objects.requireNonNull(weightColumn, "weightColumn");
    Objects.requireNonNull(firstNegativeWeight, "firstNegativeWeight");
    Objects.requireNonNull(missingColumn, "missingColumn");
    Objects.requireNonNull(problem, "problem");
    if (values.length != weights.length) {
      throw new IllegalArgumentException(
          values.length + " values but " + weights.length + " weights");
    }
    if (values.length + negativeWeightRows > dataRows) {
      throw new IllegalArgumentException("more rows kept or refused than read");
    }
    values = values.clone();
    weights = weights.clone();
  }

  static PairedColumns failed(CsvFormat format, CsvProblem problem) {
    return failed(format, problem, Optional.empty());
  }

  static PairedColumns failed(CsvFormat format, CsvProblem problem, Optional<Role> missing) {
    return new PairedColumns(
        format,
        Optional.empty(),
        Optional.empty(),
        new double[0],
        new double[0],
        0,
        0,
        Optional.empty(),
        missing,
        Optional.of(problem));
  }

  /** The kept values in file order (a copy). */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The weights of the kept values (a copy). */
  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** The number of rows kept. */
  public int kept() {
    return values.length;
  }

  /** The rows skipped because a cell of either column was not a finite number. */
  public long skippedRows() {
    return dataRows - values.length - negativeWeightRows;
  }

  /** Σw over the kept rows. */
  public double weightSum() {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  /** The kept rows of weight 0. */
  public long zeroWeightRows() {
    long zeros = 0;
    for (double w : weights) {
      if (w == 0) {
        zeros++;
      }
    }
    return zeros;
  }

  /** Whether the read ran to the end of the file. */
  public boolean isComplete() {
    return problem.isEmpty();
  }
}
