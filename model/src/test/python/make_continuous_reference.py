#!/usr/bin/env python3
"""Writes the arbitrary-precision reference values that ContinuousReferenceTest reads.

Run from the repository root (the committed files were made with mpmath 1.3.0, SciPy 1.17.1):

    python3 model/src/test/python/make_continuous_reference.py              # every family
    python3 model/src/test/python/make_continuous_reference.py gamma beta   # some families

It writes model/src/test/resources/org/probscope/model/distribution/continuous/<family>.csv.
Every value is computed with mpmath at 50 significant digits from the family's definition and
rounded once to a double; the parameters and arguments are the doubles themselves:

- normal, log-normal, truncated normal: Phi and Q from mpmath.erfc (Q(z) = erfc(z/sqrt 2)/2, phi(z)/z
  beyond |z| = 1e30, and Phi(z) = Q(-z)), the truncated normal's masses as differences taken on the side of 0 where
  they do not cancel, at 400 digits (a width of 1e-51 next to a bound keeps 50) ((Q(alpha) - Q(z)) / (Q(alpha) - Q(beta)) above 0); its moments and entropy by
  mpmath.quad of the density over [alpha, beta] split at the mode and at +-1, 2, 4 ... sd from it;
- gamma and chi-squared: mpmath.gammainc(a, 0, x) and gammainc(a, x, inf), regularized;
- beta, F and Student's t: mpmath.betainc(a, b, 0, x) and betainc(b, a, 0, 1 - x), regularized, with
  x = d1 t / (d1 t + d2) for F and nu / (nu + t^2) for t, the smaller tail from its own side and
  the larger as 1 minus it;
- the others from their closed forms (Wikipedia's page of each family) in mpmath;
- hazard = pdf / sf, logcdf = ln cdf, logsf = ln sf at 50 digits (finite where they underflow a
  double);
- ppf(p) (and isf(q)): the x with F(x) = p (S(x) = q), p the double itself, found by 400 steps
  of bisection of ln F(x) - ln p (ln q - ln S(x)) in a variable that maps the support onto an
  interval (asinh x on the line, ln(x - a) above a, the logit of (x - a)/(b - a) on [a, b]), then
  rounded to a double. Each such line ends with the slack T(x) / f(x), T the smaller of F and S
  at x: how far x moves per unit of relative change in T. The Java test allows |x - ref| <= tol *
  slack + 4 ulp(ref), so that its quantile tolerance is a tolerance on F(Q(p)) = p.

x points: where the reference's F is 1e-300, 1e-15, 0.1, 0.5 and S is 0.1, 1e-15, 1e-300 (those
inside the double range), rounded to 6 significant digits, plus far points listed per case.
p points: 1e-300, 1e-15, 1e-6, 0.1, 0.5, 0.9, 1 - 1e-6, 1 - 1e-15; q points: 1e-6, 1e-15, 1e-300.

Data lines are

    spec;quantity;argument;value[;slack]

with value printed by repr() (Infinity, -Infinity, NaN as Java reads them). Lines starting with
'#' are comments: the header names every case's SciPy twin, kept for the record only.
"""
import math
import os
import sys

import mpmath as mp

mp.mp.dps = 50
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model",
                   "distribution", "continuous")
P_POINTS = [1e-300, 1e-15, 1e-6, 0.1, 0.5, 0.9, 1 - 1e-6, 1 - 1e-15]
Q_POINTS = [1e-6, 1e-15, 1e-300]
LOWER_LEVELS = [1e-300, 1e-15, 0.1, 0.5]
UPPER_LEVELS = [0.1, 1e-15, 1e-300]
INF = mp.inf


def M(v):
    return mp.mpf(v)


def Q(z):
    # beyond |z| = 1e30 the series of Q(z) phi(z)^-1 z = 1 - 1/z^2 + ... is 1 to 60 digits (and
    # mpmath.erfc overflows a float in its own series test near 1e154)
    if z > 1e30:
        return mp.exp(logphi(z)) / z
    if z < -1e30:
        return 1 - mp.exp(logphi(z)) / -z
    return mp.erfc(z / mp.sqrt(2)) / 2


def logphi(z):
    return -z * z / 2 - mp.log(2 * mp.pi) / 2


class Law:
    """cdf, sf, pdf as mpmath functions of an mpf x inside the support [lo, hi]."""

    def __init__(self, lo, hi, cdf, sf, pdf, moments=None):
        self.lo, self.hi = M(lo), M(hi)
        self._cdf, self._sf, self._pdf = cdf, sf, pdf
        self.moments = moments

    def cdf(self, x):
        if x <= self.lo:
            return M(0)
        if x >= self.hi:
            return M(1)
        return self._cdf(x)

    def sf(self, x):
        if x <= self.lo:
            return M(1)
        if x >= self.hi:
            return M(0)
        return self._sf(x)

    def pdf(self, x):
        if x < self.lo or x > self.hi:
            return M(0)
        return self._pdf(x)

    # a variable u on (-800, 800)-ish that maps onto the support, increasing
    def x_of(self, u):
        lo, hi = self.lo, self.hi
        if lo == -INF and hi == INF:
            return mp.sinh(u)
        if hi == INF:
            return lo + mp.exp(u)
        if lo == -INF:
            return hi - mp.exp(-u)
        return lo + (hi - lo) / (1 + mp.exp(-u))

    def u_range(self):
        lo, hi = self.lo, self.hi
        if lo == -INF and hi == INF:
            return M(-720), M(720)
        if hi == INF or lo == -INF:
            return M(-2000), M(720)
        return M(-3000), M(3000)


def solve(law, level, upper):
    """x with ln F(x) = ln level (or ln S(x) = ln level), by bisection in u."""
    target = mp.log(M(level))
    if getattr(law, "start", None):
        # a law too slow to bisect: secant steps on the log gap from a close start
        def gap(x):
            return mp.log(law.sf(x) if upper else law.cdf(x)) - target
        return mp.findroot(gap, law.start(level, upper), solver="secant", tol=mp.mpf(10) ** -45)

    def g(u):
        x = law.x_of(u)
        v = law.sf(x) if upper else law.cdf(x)
        lv = mp.log(v) if v > 0 else -INF
        return target - lv if upper else lv - target

    a, b = law.u_range()
    if g(a) >= 0:
        return law.x_of(a)
    if g(b) < 0:
        return law.x_of(b)
    for _ in range(400):
        m = (a + b) / 2
        if g(m) >= 0:
            b = m
        else:
            a = m
    return law.x_of(b)


def normal(mean, sd):
    mu, s = M(mean), M(sd)
    return Law(-INF, INF, lambda x: Q(-(x - mu) / s), lambda x: Q((x - mu) / s),
               lambda x: mp.exp(logphi((x - mu) / s)) / s)


def lognormal(mu, sigma):
    mu, s = M(mu), M(sigma)
    return Law(0, INF, lambda x: Q(-(mp.log(x) - mu) / s), lambda x: Q((mp.log(x) - mu) / s),
               lambda x: mp.exp(logphi((mp.log(x) - mu) / s)) / (s * x))


def exponential(rate):
    r = M(rate)
    return Law(0, INF, lambda x: -mp.expm1(-r * x), lambda x: mp.exp(-r * x),
               lambda x: r * mp.exp(-r * x))


def gamma(shape, scale):
    a, t = M(shape), M(scale)
    return Law(0, INF, lambda x: mp.gammainc(a, 0, x / t, regularized=True),
               lambda x: mp.gammainc(a, x / t, INF, regularized=True),
               lambda x: mp.exp((a - 1) * mp.log(x / t) - x / t - mp.loggamma(a)) / t)


def gamma_huge(shape):
    """gamma(shape) for shape ~ 1e10, where mpmath.gammainc does not converge: P(a, x) =
    x^a e^-x / Gamma(a + 1) 1F1(1; a + 1; x) (DLMF 8.5.1) with up to 1e7 terms, Q = 1 - P at 50
    digits (only where Q > 1e-30, so that 20 digits remain); quantiles by secant steps from the
    Wilson-Hilferty start."""
    a = M(shape)

    def cdf(x):
        return mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * mp.hyp1f1(1, a + 1, x,
                                                                          maxterms=10 ** 8)

    def start(level, upper):
        z = mp.sqrt(2) * mp.erfinv(2 * M(level) - 1)
        z = -z if upper else z
        return a * (1 - 1 / (9 * a) + z / (3 * mp.sqrt(a))) ** 3

    law = Law(0, INF, cdf, lambda x: 1 - cdf(x),
              lambda x: mp.exp((a - 1) * mp.log(x) - x - mp.loggamma(a)))
    law.start = start
    return law


def chisquared(df):
    return gamma(M(df) / 2, 2)


def beta(alpha, beta_):
    a, b = M(alpha), M(beta_)
    # each side from the smaller tail: 1 - x is not exact at 50 digits for x = 1e-70
    def lower(x):
        return mp.betainc(a, b, 0, x, regularized=True)

    def upper(x):
        return mp.betainc(b, a, 0, 1 - x, regularized=True)

    def cdf(x):
        v = lower(x)
        return v if v < 0.5 else 1 - upper(x)

    def sf(x):
        v = lower(x)
        return 1 - v if v < 0.5 else upper(x)

    return Law(0, 1, cdf, sf,
               lambda x: mp.exp((a - 1) * mp.log(x) + (b - 1) * mp.log1p(-x)
                                - mp.log(mp.beta(a, b))))


def uniform(lower, upper):
    a, b = M(lower), M(upper)
    return Law(a, b, lambda x: (x - a) / (b - a), lambda x: (b - x) / (b - a),
               lambda x: 1 / (b - a))


def studentt(df):
    n = M(df)

    def tail(t):  # P(T <= -|t|)
        return mp.betainc(n / 2, M(1) / 2, 0, n / (n + t * t), regularized=True) / 2

    # the larger side as 1 - tail (the tail is at most 1/2): the body form 1/2 + I_{t^2/(n+t^2)}
    # rounds its argument to 1 at 50 digits far out and gave S(-4e68) = 1 for df = 0.01
    def cdf(t):
        return tail(t) if t < 0 else 1 - tail(t)

    def sf(t):
        return tail(t) if t > 0 else 1 - tail(t)

    return Law(-INF, INF, cdf, sf,
               lambda t: mp.exp(-(n + 1) / 2 * mp.log1p(t * t / n)
                                - mp.log(mp.sqrt(n)) - mp.log(mp.beta(n / 2, M(1) / 2))))


def f(df1, df2):
    d1, d2 = M(df1), M(df2)
    return Law(0, INF,
               lambda x: mp.betainc(d1 / 2, d2 / 2, 0, d1 * x / (d1 * x + d2), regularized=True),
               lambda x: mp.betainc(d2 / 2, d1 / 2, 0, d2 / (d2 + d1 * x), regularized=True),
               lambda x: mp.exp((d1 / 2) * mp.log(d1 * x / (d1 * x + d2))
                                + (d2 / 2) * mp.log(d2 / (d1 * x + d2))
                                - mp.log(x) - mp.log(mp.beta(d1 / 2, d2 / 2))))


def cauchy(location, scale):
    x0, g = M(location), M(scale)
    return Law(-INF, INF, lambda x: mp.atan2(1, -(x - x0) / g) / mp.pi,
               lambda x: mp.atan2(1, (x - x0) / g) / mp.pi,
               lambda x: 1 / (mp.pi * g * (1 + ((x - x0) / g) ** 2)))


def weibull(shape, scale):
    k, lam = M(shape), M(scale)
    return Law(0, INF, lambda x: -mp.expm1(-(x / lam) ** k), lambda x: mp.exp(-(x / lam) ** k),
               lambda x: k / lam * (x / lam) ** (k - 1) * mp.exp(-(x / lam) ** k))


def laplace(location, scale):
    m, b = M(location), M(scale)
    return Law(-INF, INF,
               lambda x: mp.exp((x - m) / b) / 2 if x < m else 1 - mp.exp(-(x - m) / b) / 2,
               lambda x: mp.exp(-(x - m) / b) / 2 if x > m else 1 - mp.exp((x - m) / b) / 2,
               lambda x: mp.exp(-abs(x - m) / b) / (2 * b))


def logistic(location, scale):
    m, s = M(location), M(scale)
    return Law(-INF, INF, lambda x: 1 / (1 + mp.exp(-(x - m) / s)),
               lambda x: 1 / (1 + mp.exp((x - m) / s)),
               lambda x: mp.exp(-(x - m) / s) / (s * (1 + mp.exp(-(x - m) / s)) ** 2))


def gumbel(location, scale):
    m, b = M(location), M(scale)
    # exp(-e^t) for t > 1e4 has more than e^1e4 digits in its exponent: 0 to any precision here
    return Law(-INF, INF, lambda x: mp.exp(-mp.exp(-(x - m) / b)) if -(x - m) / b < 1e4 else M(0),
               lambda x: -mp.expm1(-mp.exp(-(x - m) / b)) if -(x - m) / b < 1e4 else M(1),
               lambda x: mp.exp(-(x - m) / b - mp.exp(-(x - m) / b)) / b)


def pareto(scale, shape):
    xm, a = M(scale), M(shape)
    return Law(xm, INF, lambda x: -mp.expm1(-a * mp.log(x / xm)), lambda x: (xm / x) ** a,
               lambda x: a * xm ** a / x ** (a + 1))


def triangular(lower, mode, upper):
    a, c, b = M(lower), M(mode), M(upper)

    # beyond the mode, F(c) + (x - c)(2b - x - c) / ((b - a)(b - c)): 1 - (b - x)^2 / ... cancels
    # to 0 at 50 digits next to the lower end when c = a (and the mirror image for S)
    def cdf(x):
        if x <= c:
            return (x - a) ** 2 / ((b - a) * (c - a))
        return (c - a) / (b - a) + (x - c) * (2 * b - x - c) / ((b - a) * (b - c))

    def sf(x):
        if x >= c:
            return (b - x) ** 2 / ((b - a) * (b - c))
        return (b - c) / (b - a) + (c - x) * (x + c - 2 * a) / ((b - a) * (c - a))

    def pdf(x):
        return 2 * (x - a) / ((b - a) * (c - a)) if x < c else (
            2 * (b - x) / ((b - a) * (b - c)) if x > c else 2 / (b - a))

    return Law(a, b, cdf, sf, pdf)


def levy(location, scale):
    m, c = M(location), M(scale)
    def erfc(t):  # mpmath.erfc overflows a float in its series test beyond t ~ 1e154
        return mp.exp(-t * t) / (t * mp.sqrt(mp.pi)) if t > 1e30 else mp.erfc(t)

    return Law(m, INF, lambda x: erfc(mp.sqrt(c / (2 * (x - m)))),
               lambda x: mp.erf(mp.sqrt(c / (2 * (x - m)))),
               lambda x: mp.sqrt(c / (2 * mp.pi)) * mp.exp(-c / (2 * (x - m))) / (x - m) ** 1.5)


def truncatednormal(mean, sd, lower, upper):
    mu, s, lo, hi = M(mean), M(sd), M(lower), M(upper)
    al, be = (lo - mu) / s, (hi - mu) / s

    def mass(a, b):  # P(a < Z <= b): each difference at 400 digits, so that a width of 1e-51
        with mp.workdps(400):  # next to a bound keeps 50 of them
            if a >= 0:
                v = Q(a) - Q(b)
            elif b <= 0:
                v = Q(-b) - Q(-a)
            else:
                v = 1 - Q(-a) - Q(b)
        return +v

    z_mass = mass(al, be)

    def moments():
        m = al if al > 0 else (be if be < 0 else M(0))
        pts = sorted({float(v) for v in [al, be, m] + [m + d for d in
                      (-16, -8, -4, -2, -1, -0.5, 0.5, 1, 2, 4, 8, 16)] if al <= v <= be})
        pts = [M(v) for v in pts]
        pts[0], pts[-1] = al, be

        def w(z):
            return mp.exp(-(z - m) * (z + m) / 2)

        W = mp.quad(w, pts)
        mean_z = mp.quad(lambda z: (z - m) * w(z), pts) / W + m
        c = [mp.quad(lambda z: (z - mean_z) ** k * w(z), pts) / W for k in (2, 3, 4)]
        entropy = mp.log(W) + mp.quad(lambda z: (z - m) * (z + m) / 2 * w(z), pts) / W + mp.log(s)
        return {"mean": mu + s * mean_z, "var": s * s * c[0], "skew": c[1] / c[0] ** 1.5,
                "kurt": c[2] / c[0] ** 2 - 3, "entropy": entropy}

    def z(x):
        with mp.workdps(400):
            return (x - mu) / s

    return Law(lo, hi, lambda x: mass(al, z(x)) / z_mass,
               lambda x: mass(z(x), be) / z_mass,
               lambda x: mp.exp(logphi((x - mu) / s)) / (s * z_mass), moments)


# family -> [(spec parameters, law, scipy twin for the record, extra x points)]
CASES = {
    "normal": [
        ("mean=0, sd=1", normal(0, 1), "norm(0, 1)", [-40, 38.5, 39, 1e10, -1e150]),
        ("mean=2.5, sd=0.3", normal(2.5, 0.3), "norm(2.5, 0.3)", [-30]),
        ("mean=100000, sd=0.001", normal(1e5, 1e-3), "norm(1e5, 1e-3)", [100000.05]),
    ],
    "lognormal": [
        ("mu=0, sigma=0.5", lognormal(0, 0.5), "lognorm(0.5)", [1e-12, 1e12]),
        ("mu=1, sigma=1.5", lognormal(1, 1.5), "lognorm(1.5, scale=e)", [1e-300, 1e300]),
        ("mu=-500, sigma=3", lognormal(-500, 3), "lognorm(3, scale=exp(-500))", []),
    ],
    "exponential": [
        ("rate=1", exponential(1), "expon()", [750, 1e-300, 1e6]),
        ("rate=1e-300", exponential(1e-300), "expon(scale=1e300)", [1e-10]),
        ("rate=1e300", exponential(1e300), "expon(scale=1e-300)", [1e-297]),
    ],
    "gamma": [
        ("shape=2, scale=1", gamma(2, 1), "gamma(2)", [1e-200, 1000]),
        ("shape=0.5, scale=3", gamma(0.5, 3), "gamma(0.5, scale=3)", [1e-300, 3000]),
        ("shape=300, scale=0.01", gamma(300, 0.01), "gamma(300, scale=0.01)", [0.1, 30]),
        ("shape=1e-10, scale=1", gamma(1e-10, 1), "gamma(1e-10)", [1e-300, 1]),
        ("shape=10000000000, scale=1", gamma_huge(1e10), "gamma(1e10)", "huge"),
    ],
    "beta": [
        ("alpha=2, beta=5", beta(2, 5), "beta(2, 5)", [1e-200]),
        ("alpha=0.5, beta=0.5", beta(0.5, 0.5), "beta(0.5, 0.5)", [1e-12]),
        ("alpha=0.01, beta=0.01", beta(0.01, 0.01), "beta(0.01, 0.01)", []),
        # beta(1000, 2000): mpmath.betainc takes minutes a point there
        ("alpha=100, beta=50", beta(100, 50), "beta(100, 50)", [0.1, 0.99]),
    ],
    "uniform": [
        ("lower=0, upper=1", uniform(0, 1), "uniform(0, 1)", [1e-300]),
        ("lower=-1e300, upper=1e300", uniform(-1e300, 1e300), "uniform(-1e300, 2e300)", [0]),
    ],
    "studentt": [
        ("df=5", studentt(5), "t(5)", [-1e6, 1e20]),
        ("df=1", studentt(1), "t(1)", [-1e200, 1e10]),
        ("df=0.01", studentt(0.01), "t(0.01)", [-1e160, 1e300]),
        ("df=150", studentt(150), "t(150)", [-40]),
        # df = 1e10 and 1e5: mpmath.betainc(df/2, 0.5, ...) does not converge
        ("df=1000", studentt(1000), "t(1000)", [-38, 40]),
    ],
    "chisquared": [
        ("df=3", chisquared(3), "chi2(3)", [1e-10, 2000]),
        ("df=1", chisquared(1), "chi2(1)", [1e-300]),
        ("df=600", chisquared(600), "chi2(600)", [50, 5000]),
    ],
    "f": [
        ("df1=5, df2=10", f(5, 10), "f(5, 10)", [1e-8, 1e30]),
        ("df1=0.5, df2=0.5", f(0.5, 0.5), "f(0.5, 0.5)", []),
        ("df1=3, df2=3", f(3, 3), "f(3, 3)", [1e100]),
        ("df1=100, df2=100", f(100, 100), "f(100, 100)", [1e-10, 100]),
    ],
    "cauchy": [
        ("location=0, scale=1", cauchy(0, 1), "cauchy()", [-1e300, 1e10]),
        ("location=-1, scale=2.5", cauchy(-1, 2.5), "cauchy(-1, 2.5)", [1e6]),
    ],
    "weibull": [
        ("shape=1.5, scale=1", weibull(1.5, 1), "weibull_min(1.5)", [1e-200, 100]),
        ("shape=0.5, scale=2", weibull(0.5, 2), "weibull_min(0.5, scale=2)", [1e6]),
        ("shape=757, scale=1", weibull(757, 1), "weibull_min(757)", [1e300, 0.5, 1.01]),
    ],
    "laplace": [
        ("location=0, scale=1", laplace(0, 1), "laplace()", [-800, 800]),
        ("location=1, scale=0.5", laplace(1, 0.5), "laplace(1, 0.5)", [-500, 500]),
    ],
    "logistic": [
        ("location=0, scale=1", logistic(0, 1), "logistic()", [-800, 800]),
        ("location=2, scale=3", logistic(2, 3), "logistic(2, 3)", [-3000, 3000]),
    ],
    "gumbel": [
        ("location=0, scale=1", gumbel(0, 1), "gumbel_r()", [-7, 800]),
        ("location=-1, scale=2", gumbel(-1, 2), "gumbel_r(-1, 2)", [-12, 1500]),
    ],
    "pareto": [
        ("scale=1, shape=3", pareto(1, 3), "pareto(3)", [1e5, 1.0000001]),
        ("scale=2, shape=0.8", pareto(2, 0.8), "pareto(0.8, scale=2)", [1e300]),
        ("scale=1e-300, shape=0.01", pareto(1e-300, 0.01), "pareto(0.01, scale=1e-300)", [1e100]),
    ],
    "triangular": [
        ("lower=0, mode=0.5, upper=1", triangular(0, 0.5, 1), "triang(0.5)", [1e-9, 0.999999999]),
        ("lower=-1, mode=2, upper=4", triangular(-1, 2, 4), "triang(0.6, -1, 5)", []),
        ("lower=0, mode=0, upper=1", triangular(0, 0, 1), "triang(0)", [1e-300, 0.9999999]),
        ("lower=0, mode=1e160, upper=2e160", triangular(0, 1e160, 2e160),
         "triang(0.5, 0, 2e160)", [1e150]),
    ],
    "levy": [
        ("location=0, scale=1", levy(0, 1), "levy()", [0.001, 1e300]),
        ("location=1, scale=0.5", levy(1, 0.5), "levy(1, 0.5)", [1.0001, 1e8]),
    ],
    "truncatednormal": [
        ("mean=0, sd=1, lower=-1, upper=2", truncatednormal(0, 1, -1, 2),
         "truncnorm(-1, 2)", [-0.9999999999]),
        ("mean=0, sd=1, lower=8, upper=12", truncatednormal(0, 1, 8, 12), "truncnorm(8, 12)", []),
        ("mean=0, sd=1, lower=30, upper=40", truncatednormal(0, 1, 30, 40),
         "truncnorm(30, 40)", [39.9]),
        ("mean=0, sd=1, lower=5, upper=1000", truncatednormal(0, 1, 5, 1000),
         "truncnorm(5, 1000)", []),
        ("mean=0, sd=1, lower=-40, upper=-30", truncatednormal(0, 1, -40, -30),
         "truncnorm(-40, -30)", [-39, -37.6]),
        ("mean=0, sd=1, lower=0, upper=1e-08", truncatednormal(0, 1, 0, 1e-8),
         "truncnorm(0, 1e-8)", []),
        ("mean=0, sd=1, lower=2, upper=2.000001", truncatednormal(0, 1, 2, 2.000001),
         "truncnorm(2, 2.000001)", []),
        ("mean=1, sd=2, lower=0, upper=10", truncatednormal(1, 2, 0, 10),
         "truncnorm(-0.5, 4.5, 1, 2)", []),
    ],
}


def text(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return repr(v)


def six(v):
    return float(f"{float(v):.6g}")


def logs(v):
    return mp.log(v) if v > 0 else -INF


def x_points(law, extra):
    if extra == "huge":
        # 20, 5, 1 sd below the mean, the mean, 1 and 5 sd above (sd = 1e5)
        return [1e10 + k * 1e5 for k in (-20, -5, -1, 0, 1, 5)]
    pts = set()
    for level in LOWER_LEVELS:
        pts.add(six(solve(law, level, False)))
    for level in UPPER_LEVELS:
        pts.add(six(solve(law, level, True)))
    pts.update(float(e) for e in extra)
    lo, hi = float(law.lo), float(law.hi)
    return sorted(x for x in pts if math.isfinite(x) and lo < x < hi)


def slack(law, x):
    xm = x
    dens = law.pdf(xm)
    t = min(law.cdf(xm), law.sf(xm))
    return text(t / dens) if dens > 0 else "Infinity"


def rows(spec, law, extra):
    out = []
    for x in x_points(law, extra):
        xm = M(x)
        pdf, cdf, sf = law.pdf(xm), law.cdf(xm), law.sf(xm)
        out.append(f"{spec};pdf;{text(x)};{text(pdf)}")
        out.append(f"{spec};logpdf;{text(x)};{text(logs(pdf))}")
        out.append(f"{spec};cdf;{text(x)};{text(cdf)}")
        out.append(f"{spec};sf;{text(x)};{text(sf)}")
        out.append(f"{spec};logcdf;{text(x)};{text(logs(cdf))}")
        out.append(f"{spec};logsf;{text(x)};{text(logs(sf))}")
        out.append(f"{spec};hazard;{text(x)};{text(pdf / sf if sf > 0 else mp.nan)}")
    huge = extra == "huge"
    for p in P_POINTS:
        if huge and p < 1e-100:
            continue
        upper = p > 0.5
        x = solve(law, 1 - M(p) if upper else p, upper)
        out.append(f"{spec};ppf;{text(p)};{text(x)};{slack(law, x)}")
    for q in Q_POINTS:
        if huge and q < 1e-6:
            continue
        x = solve(law, q, True)
        out.append(f"{spec};isf;{text(q)};{text(x)};{slack(law, x)}")
    if law.moments:
        for name, value in law.moments().items():
            out.append(f"{spec};{name};;{text(value)}")
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[1:]
    for family, cases in CASES.items():
        if only and family not in only:
            continue
        lines = [f"# mpmath {mp.__version__} references for {family} at {mp.mp.dps} digits, "
                 "written by model/src/test/python/make_continuous_reference.py",
                 "# Format: spec;quantity;argument;value[;slack] (see the script's docstring)."]
        data = []
        for params, law, twin, extra in cases:
            spec = f"{family}({params})"
            lines.append(f"# {spec}: SciPy twin scipy.stats.{twin}")
            data += rows(spec, law, extra)
            print(spec, len(data), flush=True)
        with open(os.path.join(OUT, family + ".csv"), "w") as out:
            out.write("\n".join(lines + data) + "\n")


if __name__ == "__main__":
    main()
