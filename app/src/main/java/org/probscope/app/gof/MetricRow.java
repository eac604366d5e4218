package org.probscope.app.gof;

/**
 * One row of the metric table, as text ready to show.
 *
 * @param name the metric, for example "Kolmogorov–Smirnov D"
 * @param statistic the statistic
 * @param pValue the p-value, or "—" where the metric has none
 * @param criticalValue the critical value at α, or "—"
 * @param decision "reject" / "do not reject" at α, or "—"
 * @param rejects whether the row's decision is a rejection (for styling)
 * @param explanation the formula and what the metric is most sensitive to, for the tooltip
 */
public record MetricRow(
    String name,
    String statistic,
    String pValue,
    String criticalValue,
    String decision,
    boolean rejects,
    String explanation) {}
