package org.probscope.model.fit;

/**
 * The data sets of {@code large_references.tsv}, regenerated from their seeds with the arithmetic
 * of {@code make_large_references.py}'s {@code draw}: SplitMix64 uniforms ((z ≫ 11) + ½)·2⁻⁵³,
 * normals by the cosine branch of Box–Muller from consecutive pairs, then cauchy 1 + 2 tan(π(u −
 * ½)), logistic 1 + 2 ln(u/(1 − u)), studentt(3) as z₀/√((z₁² + z₂² + z₃²)/3) and f(5, 12) as (Σ₅
 * z²/5)/(Σ₁₂ z²/12), both shifted by 1 and scaled by 2. Java's and the C library's log, cos and tan
 * may differ in the last bit, which moves the optimum by about 1e-16.
 */
final class LargeSampleData {

  private LargeSampleData() {}

  static double[] draw(String kind, int n, long seed) {
    SplitMix uniforms = new SplitMix(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] =
          switch (kind) {
            case "cauchy" -> 1 + 2 * Math.tan(Math.PI * (uniforms.next() - 0.5));
            case "logistic" -> {
              double u = uniforms.next();
              yield 1 + 2 * Math.log(u / (1 - u));
            }
            case "studentt" -> {
              double z0 = uniforms.normal();
              double chi = 0;
              for (int j = 0; j < 3; j++) {
                double z = uniforms.normal();
                chi += z * z;
              }
              yield 1 + 2 * (z0 / Math.sqrt(chi / 3));
            }
            case "f" -> {
              double num = 0;
              for (int j = 0; j < 5; j++) {
                double z = uniforms.normal();
                num += z * z;
              }
              double den = 0;
              for (int j = 0; j < 12; j++) {
                double z = uniforms.normal();
                den += z * z;
              }
              yield 1 + 2 * ((num / 5) / (den / 12));
            }
            case "triangular" -> {
              double u = uniforms.next();
              yield u < 0.3 ? Math.sqrt(u * 10 * 3) : 10 - Math.sqrt((1 - u) * 10 * 7);
            }
            default -> throw new IllegalArgumentException(kind);
          };
    }
    return x;
  }

  /** SplitMix64 (Steele, Lea and Flood 2014), as the script's {@code uniforms}. */
  private static final class SplitMix {
    private long state;

    SplitMix(long seed) {
      this.state = seed;
    }

    double next() {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      return ((z >>> 11) + 0.5) * 0x1.0p-53;
    }

    double normal() {
      double u1 = next();
      double u2 = next();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
  }
}
