package org.probscope.model;

import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * A seeded, bounded fuzz campaign over a jqwik {@link Arbitrary}: inputs are drawn from one seed
 * (so a failure is reproduced by its seed and case number, and the quick run is a prefix of the
 * long one) until a case count or a time budget is reached. The quick run (mvn verify) stops at
 * whichever comes first; the long one ({@code -Pexhaustive}, {@link TestScale}) has a larger count
 * and a larger budget. Run it inside a jqwik {@code @Example} so that the generators have their
 * lifecycle. jqwik's own {@code @Property} cannot bound a run by time, which a fuzz run in verify
 * must be.
 */
public final class FuzzRun {

  private FuzzRun() {}

  /** The cases run, for the test's report line. */
  public record Figures(String name, long seed, int cases, Duration elapsed) {
    @Override
    public String toString() {
      return "fuzz "
          + name
          + ": "
          + cases
          + " cases in "
          + elapsed.toMillis()
          + " ms (seed "
          + seed
          + (TestScale.exhaustive() ? ", exhaustive)" : ", quick)");
    }
  }

  /**
   * Runs {@code check} on inputs from {@code arbitrary} until {@code quickCases} (or {@code
   * fullCases} with -Pexhaustive) have run or the budget is spent; the first failure is rethrown
   * with the case number and {@code describe} of the input.
   */
  public static <T> Figures run(
      String name,
      Arbitrary<T> arbitrary,
      long seed,
      int quickCases,
      int fullCases,
      Duration quickBudget,
      Function<T, String> describe,
      Consumer<T> check) {
    int maxCases = TestScale.of(quickCases, fullCases);
    Duration budget = TestScale.exhaustive() ? quickBudget.multipliedBy(30) : quickBudget;
    RandomGenerator<T> generator = arbitrary.generator(1000, true);
    Random random = new Random(seed);
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    int cases = 0;
    while (cases < maxCases && System.nanoTime() < deadline) {
      T input = generator.next(random).value();
      cases++;
      try {
        check.accept(input);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "fuzz "
                + name
                + " (seed "
                + seed
                + ") case "
                + cases
                + " failed on "
                + describe.apply(input)
                + ": "
                + e.getMessage(),
            e);
      }
    }
    Figures figures = new Figures(name, seed, cases, Duration.ofNanos(System.nanoTime() - start));
    System.out.println(figures);
    return figures;
  }
}
