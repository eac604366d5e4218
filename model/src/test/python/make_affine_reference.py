#!/usr/bin/env python3
"""Writes the reference values that AffineReferenceTest compares affine distributions against.

Run from the repository root with SciPy 1.17 and mpmath:

    python3 model/src/test/python/make_affine_reference.py

It writes model/src/test/resources/org/probscope/model/distribution/affine-reference.csv with lines

    spec;quantity;argument;value

quantity is pdf, logpdf, cdf, sf, logcdf, logsf (argument x), ppf (argument p) or isf (argument q).
Every value is computed with mpmath at 60 digits from the closed forms below at the exact double x
(z = (x - loc)/scale in exact arithmetic), and printed with repr() of the nearest double. Where
SciPy's own value is a normal double the script also checks that it agrees to 1e-9 relative (SciPy
1.17's scipy.stats.t(2.5, loc=3, scale=2) and scipy.stats.chi2(4, loc=-1, scale=0.5) with the
method named by the quantity: .pdf(x), .logpdf(x), .cdf(x), .sf(x), .logcdf(x), .logsf(x),
.ppf(p), .isf(q)); the header of the file names each call. The far tails are where SciPy's logsf
and logcdf underflow (log of 0) and mpmath is the reference alone.

  Student's t, nu = 2.5: f(z) = G((nu+1)/2) / (sqrt(nu pi) G(nu/2)) (1 + z^2/nu)^(-(nu+1)/2),
      F(z) = I_{nu/(nu+z^2)}(nu/2, 1/2) / 2 for z < 0 (mpmath.betainc(..., regularized=True)),
      S(z) = F(-z).
  chi-squared, k = 4: f(z) = z^(k/2-1) e^(-z/2) / (2^(k/2) G(k/2)),
      F(z) = P(k/2, z/2), S(z) = Q(k/2, z/2) (mpmath.gammainc(..., regularized=True)).
  X = loc + scale Y: f_X(x) = f(z)/scale, F_X(x) = F(z), quantiles loc + scale z(p) with z(p)
      solved by mpmath.findroot on ln F(z) = ln p (ln S(z) = ln q) from SciPy's value.
"""
import math
import os

import mpmath as mp
import scipy
from scipy import stats

mp.mp.dps = 60
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model",
                   "distribution", "affine-reference.csv")


def t_logpdf(z, nu):
    return (mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(mp.sqrt(nu * mp.pi))
            - (nu + 1) / 2 * mp.log(1 + z * z / nu))


def t_cdf(z, nu):
    if z == 0:
        return mp.mpf(1) / 2
    if z < 0:
        return mp.betainc(nu / 2, mp.mpf(1) / 2, 0, nu / (nu + z * z), regularized=True) / 2
    return 1 - t_cdf(-z, nu)


def t_sf(z, nu):
    return t_cdf(-z, nu)


def chi2_logpdf(z, k):
    if z <= 0:
        return -mp.inf
    return (k / 2 - 1) * mp.log(z) - z / 2 - (k / 2) * mp.log(2) - mp.loggamma(k / 2)


def chi2_cdf(z, k):
    return mp.gammainc(k / 2, 0, z / 2, regularized=True) if z > 0 else mp.mpf(0)


def chi2_sf(z, k):
    return mp.gammainc(k / 2, z / 2, mp.inf, regularized=True) if z > 0 else mp.mpf(1)


CASES = [
    dict(
        spec="affine(studentt(df=2.5), shift=3, scale=2)",
        scipy="stats.t(2.5, loc=3, scale=2)",
        frozen=stats.t(2.5, loc=3, scale=2),
        loc=mp.mpf(3), scale=mp.mpf(2),
        logpdf=lambda z: t_logpdf(z, mp.mpf(2.5)),
        cdf=lambda z: t_cdf(z, mp.mpf(2.5)),
        sf=lambda z: t_sf(z, mp.mpf(2.5)),
        xs=[-1e100, -1e12, -2000.0, -50.0, -2.0, 2.5, 3.0, 4.4, 11.0, 150.0, 2e4, 3e15, 1e100],
        ps=[1e-300, 1e-10, 0.01, 0.3, 0.5, 0.99],
        qs=[1e-300, 1e-10, 0.01, 0.3],
    ),
    dict(
        spec="affine(chisquared(df=4), shift=-1, scale=0.5)",
        scipy="stats.chi2(4, loc=-1, scale=0.5)",
        frozen=stats.chi2(4, loc=-1, scale=0.5),
        loc=mp.mpf(-1), scale=mp.mpf(0.5),
        logpdf=lambda z: chi2_logpdf(z, mp.mpf(4)),
        cdf=lambda z: chi2_cdf(z, mp.mpf(4)),
        sf=lambda z: chi2_sf(z, mp.mpf(4)),
        xs=[-1.5, -0.9999999999999998, -0.999999, -0.999, -0.9, -0.5, 0.0, 0.5, 2.0, 10.0,
            100.0, 300.0, 1000.0, 1e5],
        ps=[1e-300, 1e-20, 1e-10, 0.01, 0.3, 0.5, 0.99],
        qs=[1e-300, 1e-10, 0.01, 0.3],
    ),
]


def double(v):
    f = float(v)
    return repr(f) if math.isfinite(f) else ("Infinity" if f > 0 else "-Infinity")


def ln(v):
    return mp.log(v) if v > 0 else -mp.inf


def check(label, ours, theirs):
    ours = float(ours)
    if math.isfinite(theirs) and abs(theirs) >= 2.2250738585072014e-308 and math.isfinite(ours):
        assert abs(ours - theirs) <= 1e-9 * abs(ours), (label, ours, theirs)


def solve(log_target, log_fn, start, increasing=True):
    # bisection on ln F(z) = ln p (ln S(z) = ln q: decreasing) from a bracket around SciPy's z
    sign = 1 if increasing else -1
    start = mp.mpf(start)
    delta = abs(start) * mp.mpf(10) ** -6 if start != 0 else mp.mpf(10) ** -6
    lo, hi = start - delta, start + delta
    while sign * (log_fn(lo) - log_target) > 0:
        lo -= 4 * (hi - lo)
    while sign * (log_fn(hi) - log_target) < 0:
        hi += 4 * (hi - lo)
    for _ in range(2000):
        mid = (lo + hi) / 2
        if hi - lo <= mp.mpf(10) ** -45 * max(abs(mid), mp.mpf(10) ** -300):
            break
        if sign * (log_fn(mid) - log_target) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def main():
    lines = ["# Written by model/src/test/python/make_affine_reference.py (mpmath %s at 60 digits,"
             " checked against SciPy %s where SciPy's value is a normal double)"
             % (mp.__version__, scipy.__version__)]
    for case in CASES:
        lines.append("# %s = scipy.%s: x -> .pdf .logpdf .cdf .sf .logcdf .logsf, p -> .ppf,"
                     " q -> .isf" % (case["spec"], case["scipy"]))
    for case in CASES:
        spec, fr, loc, scale = case["spec"], case["frozen"], case["loc"], case["scale"]
        for x in case["xs"]:
            z = (mp.mpf(x) - loc) / scale
            logpdf = case["logpdf"](z) - mp.log(scale)
            cdf, sf = case["cdf"](z), case["sf"](z)
            # ln(1 - tiny) is lost at 60 digits: log1p of the other side there
            logcdf = mp.log1p(-sf) if sf < 0.5 else ln(cdf)
            logsf = mp.log1p(-cdf) if cdf < 0.5 else ln(sf)
            values = dict(pdf=mp.exp(logpdf), logpdf=logpdf, cdf=cdf, sf=sf, logcdf=logcdf,
                          logsf=logsf)
            for q, v in values.items():
                check((spec, q, x), v, float(getattr(fr, q)(x)))
                lines.append("%s;%s;%r;%s" % (spec, q, x, double(v)))
        for p in case["ps"]:
            zs = (fr.ppf(p) - float(loc)) / float(scale)
            if not math.isfinite(zs):
                # SciPy 1.17: stats.t(2.5, loc=3, scale=2).ppf(1e-300) = inf (wrong side); start
                # from the power tail F(z) ~ |z|^-nu instead
                zs = -p ** (-1 / 2.5)
            z = solve(mp.log(p), lambda t: ln(case["cdf"](t)), zs)
            v = loc + scale * z
            check((spec, "ppf", p), v, float(fr.ppf(p)))
            lines.append("%s;ppf;%r;%s" % (spec, p, double(v)))
        for q in case["qs"]:
            zs = (fr.isf(q) - float(loc)) / float(scale)
            if not math.isfinite(zs):
                zs = q ** (-1 / 2.5)  # SciPy 1.17's isf(1e-300) of this t is -inf
            z = solve(mp.log(q), lambda t: ln(case["sf"](t)), zs, increasing=False)
            v = loc + scale * z
            check((spec, "isf", q), v, float(fr.isf(q)))
            lines.append("%s;isf;%r;%s" % (spec, q, double(v)))
    with open(OUT, "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
