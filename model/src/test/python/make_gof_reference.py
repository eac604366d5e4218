#!/usr/bin/env python3
"""Reference values for org.probscope.model.gof (GoodnessOfFitReferenceTest).

Run from the repository root:  python3 model/src/test/python/make_gof_reference.py
It writes model/src/test/resources/org/probscope/model/gof/*.properties, one file per case.
Versions used: SciPy 1.17.1, NumPy 2.4.6, mpmath 1.3.0.

Where each value comes from (recorded again in every file's header):
  ks.*        scipy.stats.kstest(x, cdf, method='exact')  (statistic, pvalue, statistic_location);
              ks.dplus / ks.dminus: max(i/n - F(x_i)), max(F(x_i-) - (i-1)/n), as SciPy's _compute_d
              for a continuous target. For a discrete target the step CDF's left limit
              F(x_i-) = F(x_i) - P(X = x_i) is used (sup|Fn - F|, DESIGN.md); kstest plugs F(x_i)
              in and overstates D- by the jump, so there D = max(D+, D-) from these parts, the
              p-value is scipy.stats.kstwo.sf(D, n) (the distribution kstest's 'exact' uses) and
              the location is x at the first index reaching D.
  cvm.*       scipy.stats.cramervonmises(x, cdf)
  ad.statistic  DESIGN.md's formula in mpmath at 40 digits (mp.dps = 40), F and S from mpmath
  ad.pvalue   Marsaglia & Marsaglia (2004) ADinf + errfix, transcribed below from the paper
  kuiper.*    V = D+ + D- (mpmath), p-value: Stephens (1970) lambda = (sqrt(n)+0.155+0.24/sqrt(n))V,
              Q(lambda) = 2 sum_j (4 j^2 lambda^2 - 1) exp(-2 j^2 lambda^2) in mpmath
  w1          continuous: sum over gaps of scipy.integrate.quad(lambda t: abs(k/n - F(t)), a, b,
              points=[F^-1(k/n)] when it lies inside, epsabs=1e-15, epsrel=1e-13, limit=200), plus
              quad(F, -inf, x1) and quad(S, xn, inf) with the same tolerances (split at the
              distribution's median where useful); discrete: scipy.stats.wasserstein_distance(x,
              support, u_weights=None, v_weights=pmf) over the support 0..k with k the first where sf(k) <= 1e-300
  crit.*      KS: scipy.stats.kstwo.isf(alpha, n) (n <= 10000); CvM: brentq on
              1 - scipy.stats._hypotests._cdf_cvm(w, n) - alpha; AD, Kuiper: brentq on the
              transcriptions below
  chi2.*      bins built as ChiSquareGoodnessOfFit documents (replicated below), then
              scipy.stats.chisquare(observed, expected)
"""
import math
import os

import mpmath as mp
import numpy as np
from scipy import integrate, optimize, stats
from scipy.stats import _hypotests

mp.mp.dps = 40
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model", "gof")
ALPHA = 0.05


def adinf(z):
    if z < 2:
        return math.exp(-1.2337141 / z) / math.sqrt(z) * (
            2.00012 + (0.247105 - (0.0649821 - (0.0347962 - (0.011672 - 0.00168691 * z) * z) * z) * z) * z)
    return math.exp(-math.exp(1.0776 - (2.30695 - (0.43424 - (0.082433 - (0.008056 - 0.0003146 * z) * z) * z) * z) * z))


def errfix(n, x):
    if x > 0.8:
        return (-130.2137 + (745.2337 - (1705.091 - (1950.646 - (1116.360 - 255.7844 * x) * x) * x) * x) * x) / n
    c = 0.01265 + 0.1757 / n
    if x < c:
        t = x / c
        t = math.sqrt(t) * (1 - t) * (49 * t - 102)
        return t * (0.0037 / (n * n) + 0.00078 / n + 0.00006) / n
    t = (x - c) / (0.8 - c)
    t = -0.00022633 + (6.54034 - (14.6538 - (14.458 - (8.259 - 1.91864 * t) * t) * t) * t) * t
    return t * (0.04213 + 0.01365 / n) / n


def ad_pvalue(a2, n):
    if a2 <= 0:
        return 1.0
    x = adinf(a2)
    return min(1.0, max(0.0, 1 - x - errfix(n, x)))


def kuiper_pvalue(v, n):
    lam = (math.sqrt(n) + 0.155 + 0.24 / math.sqrt(n)) * v
    if lam < 0.4:
        return 1.0
    lam = mp.mpf(lam)
    s = mp.nsum(lambda j: (4 * j * j * lam * lam - 1) * mp.exp(-2 * j * j * lam * lam), [1, mp.inf])
    return float(min(1, max(0, 2 * s)))


class Target:
    """A target with float F/S for SciPy and mpmath F/S for the log-space sums."""

    def __init__(self, spec, frozen, mp_cdf, mp_sf, discrete=False):
        self.spec, self.frozen, self.mp_cdf, self.mp_sf, self.discrete = spec, frozen, mp_cdf, mp_sf, discrete


def normal(mu, sd):
    return Target(f"normal(mean={mu}, sd={sd})", stats.norm(mu, sd),
                  lambda x: mp.ncdf(x, mu, sd), lambda x: mp.ncdf(-x, -mu, sd))


def exponential(rate):
    return Target(f"exponential(rate={rate})", stats.expon(scale=1 / rate),
                  lambda x: -mp.expm1(-rate * x) if x > 0 else mp.mpf(0),
                  lambda x: mp.exp(-rate * x) if x > 0 else mp.mpf(1))


def gamma(shape, scale):
    return Target(f"gamma(shape={shape}, scale={scale})", stats.gamma(shape, scale=scale),
                  lambda x: mp.gammainc(shape, 0, x / scale, regularized=True),
                  lambda x: mp.gammainc(shape, x / scale, mp.inf, regularized=True))


def cauchy(loc, scale):
    return Target(f"cauchy(location={loc}, scale={scale})", stats.cauchy(loc, scale),
                  lambda x: mp.mpf(1) / 2 + mp.atan((x - loc) / mp.mpf(scale)) / mp.pi,
                  lambda x: mp.mpf(1) / 2 - mp.atan((x - loc) / mp.mpf(scale)) / mp.pi)


def poisson(mean):
    def cdf(x):
        k = math.floor(x)
        return mp.mpf(0) if k < 0 else mp.gammainc(k + 1, mean, mp.inf, regularized=True)

    def sf(x):
        k = math.floor(x)
        return mp.mpf(1) if k < 0 else mp.gammainc(k + 1, 0, mean, regularized=True)

    return Target(f"poisson(mean={mean})", stats.poisson(mean), cdf, sf, discrete=True)


def ks_parts(x, F, F_left):
    n = len(x)
    i = np.arange(1, n + 1)
    return float(np.max(i / n - F)), float(np.max(F_left - (i - 1) / n))


def ks_discrete(x, F, F_left):
    n = len(x)
    i = np.arange(1, n + 1)
    plus = i / n - F
    minus = F_left - (i - 1) / n
    d = max(float(np.max(plus)), float(np.max(minus)))
    at = int(np.argmax(plus)) if np.max(plus) >= np.max(minus) else int(np.argmax(minus))
    return d, float(stats.kstwo.sf(d, n)), float(x[at])


def anderson_darling(x, t):
    n = len(x)
    total = mp.mpf(0)
    for i in range(1, n + 1):
        total += (2 * i - 1) * (mp.log(t.mp_cdf(mp.mpf(x[i - 1]))) + mp.log(t.mp_sf(mp.mpf(x[n - i]))))
    return float(-n - total / n)


def kuiper(x, t):
    n = len(x)
    f = [t.mp_cdf(mp.mpf(v)) for v in x]
    dp = max(mp.mpf(i + 1) / n - f[i] for i in range(n))
    if t.discrete:
        f = [fi - t.frozen.pmf(v) for fi, v in zip(f, x)]  # left limits F(x_i-)
    dm = max(f[i] - mp.mpf(i) / n for i in range(n))
    return float(dp + dm)


def w1_continuous(x, t):
    n = len(x)
    F, S, Q = t.frozen.cdf, t.frozen.sf, t.frozen.ppf
    if not np.isfinite(t.frozen.mean()):
        return math.inf
    opts = dict(epsabs=1e-15, epsrel=1e-13, limit=200)
    total = 0.0
    for i in range(n - 1):
        a, b = x[i], x[i + 1]
        if b <= a:
            continue
        c = (i + 1) / n
        q = Q(c)
        pts = [q] if a < q < b else None
        total += integrate.quad(lambda s: abs(c - F(s)) if s < t.frozen.median() else abs(S(s) - (1 - c)),
                                a, b, points=pts, **opts)[0]
    lo = t.frozen.support()[0]
    med = t.frozen.median()
    if x[0] > med and lo < med:
        total += integrate.quad(F, lo, med, **opts)[0] + integrate.quad(F, med, x[0], **opts)[0]
    else:
        total += integrate.quad(F, lo, x[0], **opts)[0]
    hi = t.frozen.support()[1]
    if x[-1] < med:
        total += integrate.quad(S, x[-1], med, **opts)[0] + integrate.quad(S, med, hi, **opts)[0]
    else:
        total += integrate.quad(S, x[-1], hi, **opts)[0]
    return total


def w1_discrete(x, t):
    top = 0
    while t.frozen.sf(top) > 1e-300:
        top += 1
    support = np.arange(0, top + 1)
    return stats.wasserstein_distance(x, support, v_weights=t.frozen.pmf(support))


def chi_square_bins(n, t):
    d = t.frozen
    need = 5.0
    first = d.ppf(need / n)
    if n * d.sf(first) < need:
        return None
    edges = [first]
    while True:
        last = edges[-1]
        e = last + 1
        while n * d.sf(e) >= need and n * (d.sf(last) - d.sf(e)) < need:
            e += 1
        if n * d.sf(e) < need:
            break
        edges.append(e)
    return edges


def chi_square(x, t):
    n = len(x)
    edges = chi_square_bins(n, t)
    d = t.frozen
    probs = [d.cdf(edges[0])] + [d.sf(a) - d.sf(b) for a, b in zip(edges, edges[1:])] + [d.sf(edges[-1])]
    counts = np.searchsorted(x, edges, side="right")
    observed = np.diff(np.concatenate([[0], counts, [n]]))
    expected = n * np.array(probs)
    res = stats.chisquare(observed, expected * n / expected.sum())
    return len(probs), float(res.statistic), len(probs) - 1, float(res.pvalue), edges, observed


def critical(n, t_alpha=ALPHA):
    out = {}
    if n <= 10000:
        out["crit.ks"] = float(stats.kstwo.isf(t_alpha, n))
    out["crit.cvm"] = optimize.brentq(lambda w: 1 - _hypotests._cdf_cvm(w, n) - t_alpha, 1 / (12 * n) + 1e-12,
                                      min(2.0, n / 3 - 1e-12), xtol=1e-15, rtol=1e-14)
    out["crit.ad"] = optimize.brentq(lambda a: ad_pvalue(a, n) - t_alpha, 1e-3, 20, xtol=1e-15, rtol=1e-14)
    out["crit.kuiper"] = optimize.brentq(lambda v: kuiper_pvalue(v, n) - t_alpha, 0.4 / math.sqrt(n), 2,
                                         xtol=1e-15, rtol=1e-14)
    return out


def write_case(name, x, t, note):
    x = np.sort(np.asarray(x, dtype=float))
    n = len(x)
    F = t.frozen.cdf(x)
    F_left = F - t.frozen.pmf(x) if t.discrete else F
    ks = stats.kstest(x, t.frozen.cdf, method="exact")
    dplus, dminus = ks_parts(x, F, F_left)
    if t.discrete:
        ks_d, ks_p, ks_at = ks_discrete(x, F, F_left)
    else:
        ks_d, ks_p, ks_at = float(ks.statistic), float(ks.pvalue), float(ks.statistic_location)
    cvm = stats.cramervonmises(x, t.frozen.cdf)
    a2 = anderson_darling(x, t)
    v = kuiper(x, t)
    values = {
        "target": t.spec,
        "n": n,
        "ks.statistic": ks_d,
        "ks.pvalue": ks_p,
        "ks.location": ks_at,
        "ks.dplus": dplus,
        "ks.dminus": dminus,
        "cvm.statistic": float(cvm.statistic),
        "cvm.pvalue": float(cvm.pvalue),
        "ad.statistic": a2,
        "ad.pvalue": ad_pvalue(a2, n),
        "kuiper.statistic": v,
        "kuiper.pvalue": kuiper_pvalue(v, n),
        "w1": float(w1_discrete(x, t) if t.discrete else w1_continuous(x, t)),
    }
    values.update(critical(n))
    if t.discrete:
        bins, stat, df, p, edges, observed = chi_square(x, t)
        values.update({"chi2.bins": bins, "chi2.statistic": stat, "chi2.df": df, "chi2.pvalue": p})
    with open(os.path.join(OUT, f"{name}.properties"), "w") as out:
        out.write(f"# {note}\n# Made by model/src/test/python/make_gof_reference.py (see its docstring for"
                  f" every call).\n")
        for k, val in values.items():
            out.write(f"{k} = {val!r}\n" if isinstance(val, float) else f"{k} = {val}\n")
        out.write("data = " + ", ".join(repr(float(v)) for v in x) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = lambda seed: np.random.default_rng(seed)
    write_case("normal-5", rng(1).normal(0, 1, 5), normal(0, 1), "rng(1).normal(0, 1, 5) vs normal(0, 1)")
    write_case("normal-40", rng(2).normal(0.1, 1.2, 40), normal(0, 1),
               "rng(2).normal(0.1, 1.2, 40) vs normal(0, 1)")
    write_case("normal-shifted-500", rng(3).normal(0.15, 1, 500), normal(0, 1),
               "rng(3).normal(0.15, 1, 500) vs normal(0, 1)")
    write_case("normal-10000", rng(4).normal(2, 3, 10000), normal(2, 3),
               "rng(4).normal(2, 3, 10000) vs normal(2, 3)")
    far = np.concatenate([rng(5).normal(0, 1, 19), [40.0]])
    write_case("normal-far-tail", far, normal(0, 1), "rng(5).normal(0, 1, 19) plus the value 40 vs normal(0, 1)")
    write_case("exponential-50", rng(6).exponential(0.5, 50), exponential(2),
               "rng(6).exponential(scale=0.5, size=50) vs exponential(rate=2)")
    write_case("gamma-200", rng(7).gamma(2.5, 1.5, 200), gamma(2.2, 1.5),
               "rng(7).gamma(2.5, 1.5, 200) vs gamma(shape=2.2, scale=1.5)")
    write_case("cauchy-30", rng(8).standard_cauchy(30), cauchy(0, 1),
               "rng(8).standard_cauchy(30) vs cauchy(0, 1)")
    write_case("poisson-300", rng(9).poisson(4, 300), poisson(4),
               "rng(9).poisson(4, 300) vs poisson(mean=4)")
    write_case("poisson-mismatch-200", rng(10).poisson(4.6, 200), poisson(4),
               "rng(10).poisson(4.6, 200) vs poisson(mean=4)")


if __name__ == "__main__":
    main()
