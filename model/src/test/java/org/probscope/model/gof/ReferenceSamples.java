package org.probscope.model.gof;

import java.util.Arrays;

/**
 * The sample language of model/src/test/python/make_wasserstein_reference.py, so that the reference
 * files name their samples instead of listing 10⁵ numbers: {@code values:a|b|c}, {@code
 * irwinhall:seed,n,loc,scale} (loc + scale·(u₁ + … + u₁₂ − 6)), {@code uniform:seed,n,lo,hi} and
 * {@code integers:seed,n,lo,hi}, with u from SplitMix64. Only IEEE +, −, × and floor are used, so
 * Python and Java produce the same doubles bit for bit.
 */
final class ReferenceSamples {

  private ReferenceSamples() {}

  static double[] parse(String text) {
    int colon = text.indexOf(':');
    String kind = text.substring(0, colon);
    String args = text.substring(colon + 1);
    if (kind.equals("values")) {
      return Arrays.stream(args.split("\\|")).mapToDouble(Double::parseDouble).toArray();
    }
    String[] p = args.split(",");
    SplitMix64 u = new SplitMix64(Long.parseLong(p[0]));
    int n = Integer.parseInt(p[1]);
    double a = Double.parseDouble(p[2]);
    double b = Double.parseDouble(p[3]);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] =
          switch (kind) {
            case "irwinhall" -> {
              double s = 0;
              for (int j = 0; j < 12; j++) {
                s += u.next();
              }
              yield a + b * (s - 6.0);
            }
            case "uniform" -> a + (b - a) * u.next();
            case "integers" -> a + Math.floor(u.next() * (b - a + 1.0));
            default -> throw new IllegalArgumentException(kind);
          };
    }
    return out;
  }

  /** SplitMix64 (Steele, Lea &amp; Flood 2014), uniform doubles on [0, 1) from its top 53 bits. */
  private static final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
      this.state = seed;
    }

    double next() {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      return (z >>> 11) * 0x1.0p-53;
    }
  }
}
