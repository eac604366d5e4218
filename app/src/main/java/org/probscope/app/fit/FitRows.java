package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import org.probscope.model.fit.FitRanking;
import org.probscope.model.fit.FitResult;

/** The ranking as table rows, and the table as tab-separated text for spreadsheets. */
final class FitRows {

  private FitRows() {}

  static List<FitRow> of(FitRanking ranking) {
    List<FitResult> results = ranking.results();
    double[] weights = ranking.akaikeWeights();
    double[] deltaAic = ranking.deltaAic(); // within each kind: discrete and continuous apart
    List<FitRow> rows = new ArrayList<>(results.size());
    boolean mixed = ranking.mixedKinds();
    boolean secondStarted = false;
    for (int i = 0; i < results.size(); i++) {
      FitResult r = results.get(i);
      boolean starts = mixed && !secondStarted && r.isOk() && !r.family().isDiscrete();
      secondStarted |= starts;
      rows.add(new FitRow(r, i + 1, deltaAic[i], weights[i], starts));
    }
    return rows;
  }

  /**
   * The rows as tab-separated text with a header line: figures at full precision (spreadsheets
   * compute with them), an empty cell where the table shows "—", and the status in full.
   */
  static String tsv(List<FitRow> rows) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (FitColumn c : FitColumn.values()) {
      header.add(c.header().replace(" †", " (as if known)"));
      if (hasError(c)) {
        header.add(c.header() + " MC error");
      }
    }
    header.add("spec");
    out.append(String.join("\t", header)).append('\n');
    for (FitRow row : rows) {
      List<String> cells = new ArrayList<>();
      for (FitColumn c : FitColumn.values()) {
        cells.add(cell(row, c));
        if (hasError(c)) {
          double e = BootstrapCells.error(row.bootstrapProperty().get(), c);
          cells.add(row.isOk() && !Double.isNaN(e) ? Double.toString(e) : "");
        }
      }
      cells.add(row.isOk() ? row.result().spec() : "");
      out.append(String.join("\t", cells)).append('\n');
    }
    return out.toString();
  }

  /** The corrected p-value columns carry their Monte-Carlo error in a column of its own. */
  private static boolean hasError(FitColumn c) {
    return c == FitColumn.KS_P_BOOT || c == FitColumn.CVM_P_BOOT || c == FitColumn.AD_P_BOOT;
  }

  private static String cell(FitRow row, FitColumn c) {
    if (c == FitColumn.STATUS) {
      return row.result().status().replace('\t', ' ').replace('\n', ' ');
    }
    if (c == FitColumn.BOOT_REFITS && row.isOk() && row.bootstrapProperty().get() != null) {
      String detail = row.bootstrapDetail(c).replace('\t', ' ').replace('\n', ' ');
      return row.text(c) + " — " + detail;
    }
    if (!c.numeric() || c == FitColumn.RANK) {
      String t = row.text(c);
      return FitRow.MISSING.equals(t) || BootstrapCells.PENDING.equals(t) ? "" : t;
    }
    if (row.text(c).startsWith("<")) {
      return row.text(c); // only a bound is known: "< 1e-300", never a bare number
    }
    double v = row.number(c);
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
