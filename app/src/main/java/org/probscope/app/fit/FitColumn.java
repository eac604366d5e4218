package org.probscope.app.fit;

/**
 * The ranking table's columns: header, what the criterion measures (the header's tooltip), and
 * whether it holds a number. The table, its tab-separated copy and the tests read this one list. A
 * bootstrap-corrected p-value column goes after each "as if known" p-value column once the
 * bootstrap lands (see {@link FitViewModel#BOOTSTRAP_PENDING}).
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
  CVM(
      "CvM W²",
      "Cramér–von Mises W² = 1/(12n) + Σ (F(xᵢ) − (2i − 1)/(2n))², the squared gap between the"
          + " CDFs integrated over the fit; smaller is better",
      true),
  CVM_P("CvM p †", FitColumn.AS_IF_KNOWN, true),
  AD(
      "AD A²",
      "Anderson–Darling A², the squared gap weighted by 1/(F(1 − F)) so that the tails count as"
          + " much as the middle; smaller is better",
      true),
  AD_P("AD p †", FitColumn.AS_IF_KNOWN, true),
  STATUS("Status", "\"ok\", or why the family was not fitted (hover for the details)", false);

  /** The tooltip of every p-value column, and the table's footnote. */
  static final String AS_IF_KNOWN =
      "† p-value computed as if the parameters were known. They were estimated from these same"
          + " data, so the fit is closer to the data than the true law would be: the statistic is"
          + " too small and this p-value too large (the test rejects too rarely). A parametric"
          + " bootstrap (refitting samples drawn from the fit, Lilliefors-style) corrects it.";

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
