package org.probscope.app.fit;

/**
 * The ranking table's columns: header, what the criterion measures (the header's tooltip), and
 * whether it holds a number. The table, its tab-separated copy and the tests read this one list.
 * Each "as if known" p-value column (†) is followed by its bootstrap-corrected one, which is filled
 * when the fit was bootstrapped (B &gt; 0).
 */
public enum FitColumn {
  RANK(
      "#",
      "Rank by the chosen criterion, best first; families that could not be fitted last",
      true),
  FAMILY("Family", "The distribution family fitted", false),
  PARAMETERS(
      "Parameters ± SE",
      "Estimates with their standard errors from the observed information (maximum likelihood"
          + " only; other methods leave the errors to the bootstrap). Parameters you fixed are"
          + " marked \"fixed\" and have no error.",
      false),
  LOG_LIKELIHOOD(
      "ln L", "Log-likelihood ln L = Σ ln f(xᵢ) at the estimate; larger is better", true),
  AIC(
      "AIC",
      "Akaike information criterion AIC = 2k − 2 ln L (k free parameters); smaller is better. It"
          + " trades fit against the number of parameters.",
      true),
  DELTA_AIC(
      "ΔAIC",
      "AIC − smallest AIC. Below 2: about as good as the best; above 10: essentially no support"
          + " (Burnham & Anderson 2002)",
      true),
  AKAIKE_WEIGHT(
      "Weight",
      "Akaike weight exp(−ΔAIC/2) / Σ exp(−ΔAIC/2): the relative support of each family among"
          + " those fitted; the weights add to 1",
      true),
  AICC(
      "AICc",
      "AIC corrected for small samples, AICc = AIC + 2k(k + 1)/(n − k − 1); smaller is better."
          + " Prefer it to AIC when n/k is below about 40.",
      true),
  BIC(
      "BIC",
      "Bayesian information criterion BIC = k ln n − 2 ln L; smaller is better. It penalises"
          + " parameters more than AIC once n > 7.",
      true),
  KS(
      "KS D",
      "Kolmogorov–Smirnov D = sup |Fn(x) − F(x)|, the largest vertical gap between the empirical"
          + " CDF and the fitted CDF; smaller is better",
      true),
  KS_P("KS p †", FitColumn.AS_IF_KNOWN, true),
  KS_P_BOOT("KS p boot", FitColumn.CORRECTED, true),
  CVM(
      "CvM W²",
      "Cramér–von Mises W² = 1/(12n) + Σ (F(xᵢ) − (2i − 1)/(2n))², the squared gap between the"
          + " CDFs integrated over the fit; smaller is better",
      true),
  CVM_P("CvM p †", FitColumn.AS_IF_KNOWN, true),
  CVM_P_BOOT("CvM p boot", FitColumn.CORRECTED, true),
  AD(
      "AD A²",
      "Anderson–Darling A², the squared gap weighted by 1/(F(1 − F)) so that the tails count as"
          + " much as the middle; smaller is better",
      true),
  AD_P("AD p †", FitColumn.AS_IF_KNOWN, true),
  AD_P_BOOT("AD p boot", FitColumn.CORRECTED, true),
  BOOT_INTERVALS(
      "95% bootstrap intervals",
      "Percentile intervals of the free parameters: the 2.5% and 97.5% quantiles of the B refits'"
          + " estimates (as summary(fitdistrplus::bootdist(...))); the Bootstrap plot shows the"
          + " cloud",
      false),
  BOOT_REFITS(
      "Refits",
      "Bootstrap refits that succeeded out of B; failed refits are counted with their reasons"
          + " (hover), never dropped silently, and excluded from the p-values and intervals",
      false),
  STATUS("Status", "\"ok\", or why the family was not fitted (hover for the details)", false);

  /** The tooltip of every p-value column, and the table's footnote. */
  static final String AS_IF_KNOWN =
      "† p-value computed as if the parameters were known. They were estimated from these same"
          + " data, so the fit is closer to the data than the true law would be: the statistic is"
          + " too small and this p-value too large (the test rejects too rarely). A parametric"
          + " bootstrap (refitting samples drawn from the fit, Lilliefors-style) corrects it.";

  /** The tooltip of every corrected p-value column. */
  static final String CORRECTED =
      "p-value corrected for the parameters having been estimated: a parametric bootstrap"
          + " (Lilliefors-style; Stute et al. 1993) draws B samples from the fit, refits each and"
          + " compares each sample with its own refit; p = (1 + #{T* ≥ T})/(B + 1). ± is its"
          + " Monte-Carlo standard error √(p(1 − p)/B). Set Bootstrap B > 0 and fit to fill it.";

  private final String header;
  private final String tooltip;
  private final boolean numeric;

  FitColumn(String header, String tooltip, boolean numeric) {
    this.header = header;
    this.tooltip = tooltip;
    this.numeric = numeric;
  }

  public String header() {
    return header;
  }

  public String tooltip() {
    return tooltip;
  }

  public boolean numeric() {
    return numeric;
  }
}
