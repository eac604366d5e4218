package org.probscope.model.fit;

/**
 * Maximum likelihood: the family's closed form or profile equation when {@link MleFormulas} covers
 * the fixing, otherwise {@link NumericMle}.
 */
final class MaximumLikelihood implements Estimator {

  static final MaximumLikelihood INSTANCE = new MaximumLikelihood();

  private MaximumLikelihood() {}

  @Override
  public Estimation estimate(FitProblem problem, FitData data) {
    return MleFormulas.estimate(problem, data)
        .orElseGet(() -> NumericMle.INSTANCE.estimate(problem, data));
  }
}
