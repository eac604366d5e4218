#!/usr/bin/env python3
"""Writes the reference values that DistributionReferenceTest compares ProbScope against.

Run from the repository root with SciPy 1.17 (the values committed were made with 1.17.1):

    python3 model/src/test/python/make_distribution_reference.py

It writes one file per family, model/src/test/resources/org/probscope/model/distribution/
reference/<family>.csv. Each file starts with '#' comment lines naming the SciPy version and, for
every case, the exact frozen SciPy distribution the ProbScope spec maps to. Data lines are

    spec;quantity;argument;value

quantity is pdf, logpdf, cdf, sf (argument x), ppf (argument p), or mean, var, skew, kurt (excess),
entropy (no argument). Values print with repr(), so they round-trip exactly; infinities print as
Infinity / -Infinity and undefined values as NaN, as Java's Double.parseDouble reads them. For
discrete families pdf and logpdf are SciPy's pmf and logpmf.

Points: x at SciPy's quantiles 1e-10, 0.01, 0.25, 0.5, 0.75, 0.99 and 1 - 1e-10 rounded to 6
significant digits, plus far-tail points listed per family; p at 1e-300, 1e-10, 0.01, 0.25, 0.5,
0.75, 0.99. The Java tests never run this script; they only read its output.
"""
import math
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model",
                   "distribution", "reference")
X_QUANTILES = [1e-10, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-10]
P_POINTS = [1e-300, 1e-10, 0.01, 0.25, 0.5, 0.75, 0.99]


def exp(v):
    return math.exp(v)


# family -> list of (spec parameters as text, scipy call text, extra far-tail x points)
CASES = {
    "normal": [
        ("mean=0, sd=1", "stats.norm(loc=0, scale=1)", [-30, -10, 10, 30]),
        ("mean=2.5, sd=0.3", "stats.norm(loc=2.5, scale=0.3)", [-5, 12]),
    ],
    "lognormal": [
        ("mu=0, sigma=0.5", "stats.lognorm(s=0.5, scale=exp(0))", [1e-6, 100]),
        ("mu=1, sigma=1.5", "stats.lognorm(s=1.5, scale=exp(1))", [1e-8, 1e6]),
    ],
    "exponential": [
        ("rate=1", "stats.expon(scale=1/1)", [700, 1e-12]),
        ("rate=0.25", "stats.expon(scale=1/0.25)", [2000]),
    ],
    "gamma": [
        ("shape=2, scale=1", "stats.gamma(a=2, scale=1)", [1e-8, 100]),
        ("shape=0.5, scale=3", "stats.gamma(a=0.5, scale=3)", [1e-12, 300]),
        ("shape=300, scale=0.01", "stats.gamma(a=300, scale=0.01)", [1, 6]),
    ],
    "beta": [
        ("alpha=2, beta=5", "stats.beta(a=2, b=5)", [1e-9, 0.999999]),
        ("alpha=0.5, beta=0.5", "stats.beta(a=0.5, b=0.5)", [1e-12, 1 - 1e-12]),
        ("alpha=1, beta=3", "stats.beta(a=1, b=3)", [1e-10]),
    ],
    "uniform": [
        ("lower=0, upper=1", "stats.uniform(loc=0, scale=1-0)", [-1, 2]),
        ("lower=-2, upper=3.5", "stats.uniform(loc=-2, scale=3.5-(-2))", [-2, 3.5]),
    ],
    "studentt": [
        ("df=5", "stats.t(df=5)", [-1e6, 1e6]),
        ("df=1.5", "stats.t(df=1.5)", [-1e4, 1e4]),
        ("df=0.8", "stats.t(df=0.8)", [1e5]),
        ("df=150", "stats.t(df=150)", [-20, 20]),
    ],
    "chisquared": [
        ("df=3", "stats.chi2(df=3)", [1e-10, 200]),
        ("df=1", "stats.chi2(df=1)", [1e-12, 100]),
        ("df=600", "stats.chi2(df=600)", [300, 1000]),
    ],
    "f": [
        ("df1=5, df2=10", "stats.f(dfn=5, dfd=10)", [1e-8, 1e4]),
        ("df1=3, df2=3", "stats.f(dfn=3, dfd=3)", [1e6]),
        ("df1=10, df2=1.5", "stats.f(dfn=10, dfd=1.5)", [1e8]),
    ],
    "cauchy": [
        ("location=0, scale=1", "stats.cauchy(loc=0, scale=1)", [-1e10, 1e10]),
        ("location=-1, scale=2.5", "stats.cauchy(loc=-1, scale=2.5)", [1e6]),
    ],
    "weibull": [
        ("shape=1.5, scale=1", "stats.weibull_min(c=1.5, scale=1)", [1e-8, 30]),
        ("shape=0.5, scale=2", "stats.weibull_min(c=0.5, scale=2)", [1e-12, 5000]),
        ("shape=5, scale=3", "stats.weibull_min(c=5, scale=3)", [0.01, 6]),
    ],
    "laplace": [
        ("location=0, scale=1", "stats.laplace(loc=0, scale=1)", [-700, 700]),
        ("location=1, scale=0.5", "stats.laplace(loc=1, scale=0.5)", [-100, 100]),
    ],
    "logistic": [
        ("location=0, scale=1", "stats.logistic(loc=0, scale=1)", [-700, 700]),
        ("location=2, scale=3", "stats.logistic(loc=2, scale=3)", [-1000, 1000]),
    ],
    "gumbel": [
        ("location=0, scale=1", "stats.gumbel_r(loc=0, scale=1)", [-5, 700]),
        ("location=-1, scale=2", "stats.gumbel_r(loc=-1, scale=2)", [-10, 500]),
    ],
    "pareto": [
        ("scale=1, shape=3", "stats.pareto(b=3, scale=1)", [1e5, 1.0000001]),
        ("scale=2, shape=0.8", "stats.pareto(b=0.8, scale=2)", [1e100]),
        ("scale=1, shape=5", "stats.pareto(b=5, scale=1)", [1e10]),
    ],
    "triangular": [
        ("lower=0, mode=0.5, upper=1", "stats.triang(c=(0.5-0)/(1-0), loc=0, scale=1-0)",
         [1e-9, 1 - 1e-9]),
        ("lower=-1, mode=2, upper=4", "stats.triang(c=(2-(-1))/(4-(-1)), loc=-1, scale=4-(-1))",
         [-0.999999]),
        ("lower=0, mode=0, upper=1", "stats.triang(c=(0-0)/(1-0), loc=0, scale=1-0)", [0.9999999]),
    ],
    "levy": [
        ("location=0, scale=1", "stats.levy(loc=0, scale=1)", [0.01, 1e10]),
        ("location=1, scale=0.5", "stats.levy(loc=1, scale=0.5)", [1.001, 1e8]),
    ],
    "truncatednormal": [
        ("mean=0, sd=1, lower=-1, upper=2",
         "stats.truncnorm(a=(-1-0)/1, b=(2-0)/1, loc=0, scale=1)", [-0.999999, 1.999999]),
        ("mean=1, sd=2, lower=0, upper=10",
         "stats.truncnorm(a=(0-1)/2, b=(10-1)/2, loc=1, scale=2)", [9.99]),
        ("mean=0, sd=1, lower=3, upper=5",
         "stats.truncnorm(a=(3-0)/1, b=(5-0)/1, loc=0, scale=1)", [4.9]),
    ],
    "binomial": [
        ("trials=10, p=0.5", "stats.binom(n=10, p=0.5)", [0, 10, 2.5]),
        ("trials=50, p=0.1", "stats.binom(n=50, p=0.1)", [40, 50]),
        ("trials=1000, p=0.3", "stats.binom(n=1000, p=0.3)", [100, 500, 900]),
    ],
    "poisson": [
        ("mean=4", "stats.poisson(mu=4)", [40, 100, 3.5]),
        ("mean=0.5", "stats.poisson(mu=0.5)", [30]),
        ("mean=1000", "stats.poisson(mu=1000)", [700, 1400]),
    ],
    "geometric": [
        ("p=0.3", "stats.geom(p=0.3, loc=-1)", [0, 100, 2.5]),
        ("p=0.01", "stats.geom(p=0.01, loc=-1)", [5000]),
    ],
    "negativebinomial": [
        ("successes=5, p=0.5", "stats.nbinom(n=5, p=0.5)", [0, 100]),
        ("successes=1, p=0.2", "stats.nbinom(n=1, p=0.2)", [200]),
        ("successes=20, p=0.8", "stats.nbinom(n=20, p=0.8)", [60]),
    ],
    "hypergeometric": [
        ("population=50, successes=10, draws=10", "stats.hypergeom(M=50, n=10, N=10)", [0, 10]),
        ("population=500, successes=200, draws=100", "stats.hypergeom(M=500, n=200, N=100)",
         [5, 80]),
        ("population=3, successes=1, draws=2", "stats.hypergeom(M=3, n=1, N=2)", [0, 1]),
    ],
    "uniformdiscrete": [
        ("lower=1, upper=6", "stats.randint(low=1, high=6+1)", [0, 7, 3.5]),
        ("lower=-3, upper=3", "stats.randint(low=-3, high=3+1)", [-3, 3]),
    ],
    "zipf": [
        ("elements=10, exponent=1", "stats.zipfian(a=1, n=10)", [10, 2.5]),
        ("elements=1000, exponent=1.5", "stats.zipfian(a=1.5, n=1000)", [1000, 999]),
        ("elements=100, exponent=0", "stats.zipfian(a=0, n=100)", [50]),
        ("elements=100000, exponent=0.8", "stats.zipfian(a=0.8, n=100000)", [75000]),
    ],
    "bernoulli": [
        ("p=0.5", "stats.binom(n=1, p=0.5)", [0, 1, 0.5]),
        ("p=0.2", "stats.binom(n=1, p=0.2)", [0, 1]),
        ("p=0.9", "stats.binom(n=1, p=0.9)", [0, 1]),
    ],
}

# SciPy 1.17 cannot give these quantiles: t.ppf(1e-300) is inf for df=5 and f.ppf(1e-300) is nan
# (the true values are about -1.6e60 and 5.7e-121), and for df=1.5 the true quantile is near -1e200,
# beyond both libraries' reach. ProbScope checks them by the cdf(quantile(p)) round trip instead.
NO_PPF_BELOW_1E_300 = {"studentt", "f"}

DISCRETE = {"binomial", "poisson", "geometric", "negativebinomial", "hypergeometric",
            "uniformdiscrete", "zipf", "bernoulli"}


def text(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return repr(v)


def six_digits(v):
    return float(f"{v:.6g}")


def x_points(dist, discrete, extra):
    points = set()
    for q in X_QUANTILES:
        x = float(dist.ppf(q))
        if math.isfinite(x):
            points.add(x if discrete else six_digits(x))
    points.update(float(e) for e in extra)
    return sorted(points)


def discrete_entropy(dist):
    """-Σ pmf ln pmf over the support, cut where sf < 1e-20 when it is infinite, in SciPy."""
    lo, hi = dist.support()
    if not math.isfinite(hi):
        hi = max(float(dist.isf(1e-12)), 10.0)
        while dist.sf(hi) > 1e-20:
            hi *= 2
    lo, hi = int(lo), int(hi)
    k = np.arange(lo, hi + 1)
    if dist.dist.name == "zipfian":
        # zipfian.pmf recomputes the normalising sum for every k; pmf(k) = pmf(1) k^-a is the same
        return float(np.sum(scipy.special.entr(dist.pmf(1) * k ** -float(dist.kwds["a"]))))
    return float(np.sum(scipy.special.entr(dist.pmf(k))))


def rows(family, spec, dist, extra):
    discrete = family in DISCRETE
    out = []
    for x in x_points(dist, discrete, extra):
        if discrete:
            out.append((spec, "pdf", x, dist.pmf(x)))
            out.append((spec, "logpdf", x, dist.logpmf(x)))
        else:
            out.append((spec, "pdf", x, dist.pdf(x)))
            out.append((spec, "logpdf", x, dist.logpdf(x)))
        out.append((spec, "cdf", x, dist.cdf(x)))
        out.append((spec, "sf", x, dist.sf(x)))
    for p in P_POINTS:
        if p < 1e-100 and family in NO_PPF_BELOW_1E_300:
            continue
        out.append((spec, "ppf", p, dist.ppf(p)))
    mean, var, skew, kurt = dist.stats(moments="mvsk")
    entropy = discrete_entropy(dist) if discrete else dist.entropy()
    for name, value in [("mean", mean), ("var", var), ("skew", skew), ("kurt", kurt),
                        ("entropy", entropy)]:
        out.append((spec, name, None, value))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for family, cases in CASES.items():
        lines = [f"# Reference values for {family}, written by "
                 "model/src/test/python/make_distribution_reference.py",
                 f"# with scipy {scipy.__version__} and numpy {np.__version__}.",
                 "# Format: spec;quantity;argument;value (see the script's docstring)."]
        data = []
        for params, call, extra in cases:
            spec = f"{family}({params})"
            lines.append(f"# {spec} = scipy.{call}")
            data += rows(family, spec, eval(call), extra)
        if family in NO_PPF_BELOW_1E_300:
            lines.append("# ppf(1e-300) is left out: SciPy returns inf or nan there")
        if family in DISCRETE:
            lines.append("# entropy = numpy.sum(scipy.special.entr(d.pmf(k))) over the support,"
                         " cut where d.sf(k) < 1e-20 when it is infinite")
        for spec, quantity, arg, value in data:
            lines.append(f"{spec};{quantity};{'' if arg is None else text(arg)};{text(value)}")
        with open(os.path.join(OUT, family + ".csv"), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
