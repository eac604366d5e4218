package org.probscope.model.twosample;

import java.util.Objects;
import org.probscope.model.distribution.Validated;
import org.probscope.model.sample.Sample;

/**
 * Everything ProbScope shows when one sample is compared with another: the Kolmogorov–Smirnov test
 * with the place of the largest ECDF gap, the Anderson–Darling and Cramér–von Mises tests, and the
 * Wasserstein-1, Wasserstein-2 and energy distances. Each part documents its formula and the SciPy
 * function it agrees with.
 *
 * <p>All figures are computed from the samples' sorted values in linear passes (the samples are
 * never sorted again). The only super-linear work is the exact p-values, which SciPy's rules
 * reserve for small samples: Kolmogorov–Smirnov up to 10 000 values per sample, Cramér–von Mises up
 * to 20.
 *
 * @param nameA name of the first sample
 * @param nameB name of the second sample
 * @param sizeA n, the size of the first sample
 * @param sizeB m, the size of the second sample
 * @param kolmogorovSmirnov the two-sample Kolmogorov–Smirnov test (always defined)
 * @param andersonDarling the k-sample Anderson–Darling test for k = 2, or why it is undefined
 * @param cramerVonMises the two-sample Cramér–von Mises test, or why it is undefined
 * @param distances the Wasserstein and energy distances (always defined)
 */
public record TwoSampleComparison(
    String nameA,
    String nameB,
    int sizeA,
    int sizeB,
    KolmogorovSmirnovTwoSample kolmogorovSmirnov,
    Validated<AndersonDarlingTwoSample> andersonDarling,
    Validated<CramerVonMisesTwoSample> cramerVonMises,
    EmpiricalDistances distances) {

  public TwoSampleComparison {
    Objects.requireNonNull(nameA, "nameA");
    Objects.requireNonNull(nameB, "nameB");
    Objects.requireNonNull(kolmogorovSmirnov, "kolmogorovSmirnov");
    Objects.requireNonNull(andersonDarling, "andersonDarling");
    Objects.requireNonNull(cramerVonMises, "cramerVonMises");
    Objects.requireNonNull(distances, "distances");
  }

  /** Compares sample {@code a} with sample {@code b}. */
  public static TwoSampleComparison of(Sample a, Sample b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return new TwoSampleComparison(
        a.name(),
        b.name(),
        a.size(),
        b.size(),
        KolmogorovSmirnovTwoSample.of(a, b),
        AndersonDarlingTwoSample.of(a, b),
        CramerVonMisesTwoSample.of(a, b),
        EmpiricalDistances.of(a, b));
  }
}
