package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probscope.model.fit.CullenFreyReferences.Reference;
import org.probscope.model.sample.Sample;

/**
 * The Cullen and Frey graph against {@code fitdistrplus::descdist} 1.1.8 and SciPy 1.17: the
 * reference values and the calls that made them are in {@code cullen-frey.properties} ({@code
 * make_cullen_frey_reference.R}) and {@code cullen-frey-weibull.properties} ({@code
 * make_cullen_frey_weibull_reference.py}).
 */
class CullenFreyTest {

  private static final double TOL = 1e-12;

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CullenFreyTest.class.getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }

  private static double ref(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key).strip());
  }

  private static FitData faithful(int column) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../resources/faithful.csv"));
    double[] x =
        lines.stream()
            .skip(1)
            .filter(l -> !l.isBlank())
            .mapToDouble(l -> Double.parseDouble(l.split(",")[column]))
            .toArray();
    return FitData.of(Sample.of("faithful", x));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void observationIsDescdistsSamplePoint(int column) throws IOException {
    Properties p = load("cullen-frey.properties");
    String name = column == 0 ? "eruptions" : "waiting";
    double skew = ref(p, "faithful." + name + ".skewness");
    CullenFrey graph = CullenFrey.of(faithful(column), 0, 1, false).orElseThrow();
    assertThat(graph.observation().squaredSkewness()).isCloseTo(skew * skew, within(TOL));
    assertThat(graph.observation().kurtosis())
        .isCloseTo(ref(p, "faithful." + name + ".kurtosis"), within(TOL));
    assertThat(graph.bootstrap()).isEmpty();
  }

  @Test
  void familyCurvesAreDescdists() throws IOException {
    Properties p = load("cullen-frey.properties");
    assertPoint(CullenFreyReferences.gamma(2), p, "gamma.2");
    assertPoint(CullenFreyReferences.lognormal(0.5), p, "lognormal.0.5");
    assertPoint(CullenFreyReferences.beta(2, 5), p, "beta.2.5");
    assertPoint(CullenFreyReferences.poisson(2.5), p, "poisson.2.5");
    assertPoint(CullenFreyReferences.negativeBinomial(3, 0.4), p, "negbin.3.0.4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "1.5", "3.6", "10", "50"})
  void weibullLineIsScipys(String shape) throws IOException {
    Properties p = load("cullen-frey-weibull.properties");
    CullenFrey.Point w = CullenFreyReferences.weibull(Double.parseDouble(shape));
    // cancellation in the central moments costs digits as the shape grows
    double tol = 1e-9 * Math.max(1, Double.parseDouble(shape));
    assertThat(w.squaredSkewness()).isCloseTo(ref(p, "weibull." + shape + ".s2"), within(tol * 50));
    assertThat(w.kurtosis()).isCloseTo(ref(p, "weibull." + shape + ".kurt"), within(tol * 100));
  }

  private static void assertPoint(CullenFrey.Point actual, Properties p, String key) {
    assertThat(actual.squaredSkewness()).isCloseTo(ref(p, key + ".s2"), within(TOL));
    assertThat(actual.kurtosis()).isCloseTo(ref(p, key + ".kurt"), within(TOL));
  }

  @Test
  void regionsLieBetweenTheirLimitLines() {
    for (double[] pq : new double[][] {{2, 5}, {0.5, 0.5}, {0.3, 7}, {40, 2}}) {
      CullenFrey.Point b = CullenFreyReferences.beta(pq[0], pq[1]);
      assertThat(b.kurtosis())
          .isBetween(
              CullenFreyReferences.regionLower(Reference.BETA, b.squaredSkewness()),
              CullenFreyReferences.regionUpper(Reference.BETA, b.squaredSkewness()));
    }
    for (double[] rp : new double[][] {{3, 0.4}, {0.5, 0.9}, {20, 0.05}}) {
      CullenFrey.Point nb = CullenFreyReferences.negativeBinomial(rp[0], rp[1]);
      assertThat(nb.kurtosis())
          .isBetween(
              CullenFreyReferences.regionLower(Reference.NEGATIVE_BINOMIAL, nb.squaredSkewness()),
              CullenFreyReferences.regionUpper(Reference.NEGATIVE_BINOMIAL, nb.squaredSkewness()));
    }
    // the gamma limit of the beta (q → ∞) lies on the region's upper edge
    CullenFrey.Point nearGamma = CullenFreyReferences.beta(2, 1e8);
    assertThat(nearGamma.kurtosis()).isCloseTo(3 + 1.5 * nearGamma.squaredSkewness(), within(1e-6));
  }

  @Test
  void linesReachTheEdgeAndFollowTheirFormulas() {
    List<CullenFrey.Point> lognormal = CullenFreyReferences.line(Reference.LOGNORMAL, 9, 50);
    assertThat(lognormal.get(0).squaredSkewness()).isZero();
    assertThat(lognormal.get(0).kurtosis()).isCloseTo(3, within(TOL));
    assertThat(lognormal.get(49).squaredSkewness()).isCloseTo(9, within(1e-9));
    List<CullenFrey.Point> gamma = CullenFreyReferences.line(Reference.GAMMA, 8, 3);
    assertThat(gamma.get(2)).isEqualTo(new CullenFrey.Point(8, 15));
    List<CullenFrey.Point> weibull = CullenFreyReferences.line(Reference.WEIBULL, 4, 200);
    assertThat(weibull.get(weibull.size() - 1).squaredSkewness()).isGreaterThan(4);
    // starts at shape 100, on the way to the k → ∞ limit β₁ = 1.2986 (skewness −1.1395)
    assertThat(weibull.get(0).squaredSkewness()).isBetween(1.1, 1.2986);
  }

  @Test
  void bootstrapIsSeededAndCentredOnTheSample() throws IOException {
    FitData data = faithful(1);
    CullenFrey a = CullenFrey.of(data, 200, 42, false).orElseThrow();
    CullenFrey b = CullenFrey.of(data, 200, 42, false).orElseThrow();
    CullenFrey c = CullenFrey.of(data, 200, 43, false).orElseThrow();
    assertThat(a.bootstrap()).hasSize(200).isEqualTo(b.bootstrap()).isNotEqualTo(c.bootstrap());
    double meanKurtosis =
        a.bootstrap().stream().mapToDouble(CullenFrey.Point::kurtosis).average().orElseThrow();
    // the bootstrap kurtosis of n = 272 scatters by about 0.1 around the sample's 1.86
    assertThat(meanKurtosis).isCloseTo(a.observation().kurtosis(), within(0.1));
  }

  @Test
  void tooFewOrEqualValuesAreAReasonNotAGraph() {
    FitData three = FitData.of(Sample.of("t", new double[] {1, 2, 3}));
    FitData equal = FitData.of(Sample.of("e", new double[] {2, 2, 2, 2, 2}));
    assertThat(CullenFrey.problem(three)).contains(FitFailure.Reason.TOO_FEW_POINTS);
    assertThat(CullenFrey.of(three, 10, 1, false)).isEmpty();
    assertThat(CullenFrey.problem(equal)).contains(FitFailure.Reason.ALL_EQUAL);
  }

  @Test
  void degenerateResamplesAreCountedNotDropped() {
    FitData twoValues = FitData.of(Sample.of("t", new double[] {0, 0, 0, 0, 1}));
    CullenFrey g = CullenFrey.of(twoValues, 500, 7, true).orElseThrow();
    assertThat(g.degenerateResamples()).isPositive();
    assertThat(g.bootstrap().size() + g.degenerateResamples()).isEqualTo(500);
    assertThat(g.references())
        .containsExactly(Reference.NORMAL, Reference.POISSON, Reference.NEGATIVE_BINOMIAL);
  }
}
