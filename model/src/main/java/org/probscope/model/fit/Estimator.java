package org.probscope.model.fit;

/**
 * Estimates the free parameters of a {@link FitProblem} from data. Implementations are stateless
 * and thread-safe; they return failures as values ({@link Estimation#failed}) and never throw on
 * data that passed {@link Applicability}.
 */
@FunctionalInterface
public interface Estimator {

  Estimation estimate(FitProblem problem, FitData data);
}
