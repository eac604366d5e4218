package org.probscope.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.probscope.model.csv.ColumnResult;
import org.probscope.model.csv.ColumnSelector;
import org.probscope.model.csv.CsvFormat;
import org.probscope.model.csv.CsvProblem;
import org.probscope.model.csv.CsvReadOptions;
import org.probscope.model.csv.PairedColumnReader;
import org.probscope.model.csv.PairedColumns;
import org.probscope.model.sample.Sample;
import org.probscope.model.text.Echo;

/**
 * The weight column of {@code fit --weights C}, read with the value column row by row ({@link
 * PairedColumnReader}) as {@code fitdistrplus::fitdist(x, ..., weights = w)} takes them.
 *
 * <p>Refused, each as one {@code --weights} line: a weight below 0 (naming its line, as fitdist
 * refuses negative weights), a weight column that is the value column itself, a column without one
 * numeric weight, and weights that are all 0. Weights of 0 are kept here and dropped by the fit
 * ({@code FitData.weighted}); non-integer weights are accepted (fitdist wants positive integers,
 * the model does not need them).
 *
 * @param column the weight column's cell counts
 * @param values the kept values, in file order
 * @param weights their weights
 * @param skippedRows rows not kept because a value or a weight cell was not a number
 * @param zeroRows kept rows of weight 0
 * @param sum Σw over the kept rows
 */
record WeightColumn(
    ColumnResult column,
    double[] values,
    double[] weights,
    long skippedRows,
    long zeroRows,
    double sum) {

  static final String WEIGHTS = "--weights";

  /** The rows kept with weight &gt; 0: the n of the fit's header. */
  long positiveRows() {
    return values.length - zeroRows;
  }

  /**
   * Reads the value column {@code values} with the weight column {@code weights}. When {@code
   * suggested} (no {@code --column} was given) and the suggested value column is the weight column,
   * the values are the first other column instead.
   */
  static DataColumn.Outcome read(
      Path file,
      CsvFormat format,
      ColumnSelector values,
      boolean suggested,
      String weights,
      List<String> warnings) {
    ColumnSelector weightSelector = ColumnSelector.parse(weights);
    PairedColumns read =
        PairedColumnReader.read(file, format, values, weightSelector, CsvReadOptions.defaults());
    if (suggested && read.problem().isEmpty() && samePosition(read)) {
      int other = read.weightColumn().orElseThrow().position() == 1 ? 2 : 1;
      PairedColumns otherRead =
          PairedColumnReader.read(
              file,
              format,
              ColumnSelector.position(other),
              weightSelector,
              CsvReadOptions.defaults());
      // a file of one column has no other: the clash is reported below
      if (otherRead.missingColumn().isEmpty()) {
        read = otherRead;
      }
    }
    if (read.problem().isPresent()) {
      CsvProblem problem = read.problem().get();
      if (problem.kind() == CsvProblem.Kind.NO_SUCH_COLUMN) {
        return DataColumn.Outcome.failed(
            read.missingColumn().orElseThrow() == PairedColumns.Role.WEIGHTS
                ? WEIGHTS
                : DataColumn.COLUMN,
            problem.message());
      }
      return DataColumn.Outcome.failed(DataColumn.DATA, DataColumn.describe(file, problem));
    }
    ColumnResult valueColumn = read.valueColumn().orElseThrow();
    ColumnResult weightColumn = read.weightColumn().orElseThrow();
    if (samePosition(read)) {
      return DataColumn.Outcome.failed(
          WEIGHTS,
          "column '"
              + Echo.of(weightColumn.name())
              + "' (position "
              + weightColumn.position()
              + ") is also the value column; a column cannot weight itself: choose the values"
              + " with --column");
    }
    if (read.firstNegativeWeight().isPresent()) {
      PairedColumns.NegativeWeight negative = read.firstNegativeWeight().get();
      return DataColumn.Outcome.failed(
          WEIGHTS,
          "weight "
              + FullPrecision.formatCount(negative.weight())
              + " at line "
              + negative.lineNumber()
              + ": weights must be ≥ 0"
              + (read.negativeWeightRows() > 1
                  ? " (" + read.negativeWeightRows() + " negative weights in all)"
                  : ""));
    }
    if (weightColumn.kept() == 0) {
      return DataColumn.Outcome.failed(
          WEIGHTS, weightColumn.summary().replace("values", "weights"));
    }
    if (valueColumn.kept() == 0) {
      return DataColumn.Outcome.failed(
          DataColumn.DATA, Echo.of(file.toString()) + ": " + valueColumn.summary());
    }
    if (read.kept() == 0) {
      return DataColumn.Outcome.failed(
          DataColumn.DATA,
          Echo.of(file.toString())
              + ": no row has a number in both "
              + valueColumn.summary()
              + " and "
              + weightColumn.summary());
    }
    WeightColumn weighting =
        new WeightColumn(
            weightColumn,
            read.values(),
            read.weights(),
            read.skippedRows(),
            read.zeroWeightRows(),
            read.weightSum());
    if (weighting.positiveRows() == 0) {
      return DataColumn.Outcome.failed(
          WEIGHTS,
          "every weight is 0 ("
              + read.kept()
              + (read.kept() == 1 ? " row" : " rows")
              + " in column '"
              + Echo.of(weightColumn.name())
              + "'): nothing to fit");
    }
    if (Double.isInfinite(read.weightSum())) {
      return DataColumn.Outcome.failed(
          WEIGHTS,
          "the weights in column '"
              + Echo.of(weightColumn.name())
              + "' add up to more than "
              + Double.MAX_VALUE
              + ": divide them by a common factor (only their ratios matter to the estimates)");
    }
    Sample sample = Sample.of(valueColumn.name(), weighting.values);
    return DataColumn.Outcome.of(
        new DataColumn(
            file, format, valueColumn, sample, warnings, java.util.Optional.of(weighting)));
  }

  private static boolean samePosition(PairedColumns read) {
    return read.valueColumn().orElseThrow().position()
        == read.weightColumn().orElseThrow().position();
  }
}
