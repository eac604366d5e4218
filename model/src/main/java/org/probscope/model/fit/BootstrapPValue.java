package org.probscope.model.fit;

import org.probscope.model.gof.GofTest;
import org.probscope.model.gof.PValue;
import org.probscope.model.gof.TestResult;

/**
 * A goodness-of-fit p-value corrected for estimated parameters by the parametric bootstrap: p = (1
 * + #{T*ᵢ ≥ T}) / (B + 1) over the B refits that succeeded, T the statistic of the data against the
 * fit and T*ᵢ that of refit i's simulated sample against refit i's own estimate (Stute, González
 * Manteiga &amp; Presedo Quindimil 1993; Davison &amp; Hinkley 1997, §4.2.3 for the +1s). Where no
 * T*ᵢ reached T, p is only known to lie below its floor 1/(B + 1): a bound, as the package's other
 * Monte-Carlo p-values at their floor.
 *
 * @param test the test
 * @param statistic T, the data against the fit
 * @param p the corrected p-value, its method in words (B, failed refits, seed, standard error)
 * @param refitsUsed B, the successful refits the p-value is over
 * @param failedRefits the refits that failed, excluded from B and counted here
 * @param exceedances #{T*ᵢ ≥ T}
 * @param monteCarloError √(p(1 − p)/B), the Monte-Carlo standard error of p; NaN when B = 0
 */
public record BootstrapPValue(
    GofTest test,
    double statistic,
    PValue p,
    int refitsUsed,
    int failedRefits,
    long exceedances,
    double monteCarloError) {

  /** The p-value as the package's test results carry it. */
  public TestResult asTestResult() {
    return new TestResult(test, statistic, p);
  }
}
