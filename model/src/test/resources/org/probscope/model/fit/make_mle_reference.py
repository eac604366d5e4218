"""Reference maximum-likelihood fits for MleReferenceTest.

Run from this directory: python3 make_mle_reference.py  (SciPy 1.17.1, NumPy 2.4.6, R 4.2.2 with
fitdistrplus 1.1.8 on the PATH). Writes mle_*.csv (one value per line, repr precision) and
mle_reference.properties: for each data set and family, SciPy's estimate and log-likelihood
(the call is recorded beside each value) and, where fitdistrplus has the family, R's fitdist
log-likelihood and estimate. Tests never call Python or R.
"""
import subprocess

import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 40

rng = np.random.default_rng(20261202)
N = 300

DATA = {
    "gamma_small": stats.gamma(0.05, scale=1.0).rvs(N, random_state=rng),
    "gamma": stats.gamma(2.5, scale=3.0).rvs(N, random_state=rng),
    "beta_u": stats.beta(0.4, 0.4).rvs(N, random_state=rng),
    "beta": stats.beta(2.0, 5.0).rvs(N, random_state=rng),
    "weibull_sharp": stats.weibull_min(20.0, scale=3.0).rvs(N, random_state=rng),
    "weibull": stats.weibull_min(1.5, scale=2.0).rvs(N, random_state=rng),
    "normal": stats.norm(10.0, 2.0).rvs(N, random_state=rng),
    "gumbel": stats.gumbel_r(5.0, 2.0).rvs(N, random_state=rng),
    "pareto": stats.pareto(2.5, scale=1.5).rvs(N, random_state=rng),
    "levy": stats.levy(1.0, 0.5).rvs(N, random_state=rng),
    "counts": stats.nbinom(3, 0.4).rvs(N, random_state=rng).astype(float),
    "studentt": stats.t(4.0).rvs(N, random_state=rng),
    "f": stats.f(5.0, 12.0).rvs(N, random_state=rng),
}

# (family in ProbScope, data set, SciPy call as text, function returning ProbScope's parameters)
SCIPY = [
    ("gamma", "gamma_small", "stats.gamma.fit(x, floc=0)", lambda x: (lambda a, l, s: (a, s))(*stats.gamma.fit(x, floc=0))),
    ("gamma", "gamma", "stats.gamma.fit(x, floc=0)", lambda x: (lambda a, l, s: (a, s))(*stats.gamma.fit(x, floc=0))),
    ("beta", "beta_u", "stats.beta.fit(x, floc=0, fscale=1)", lambda x: stats.beta.fit(x, floc=0, fscale=1)[:2]),
    ("beta", "beta", "stats.beta.fit(x, floc=0, fscale=1)", lambda x: stats.beta.fit(x, floc=0, fscale=1)[:2]),
    ("weibull", "weibull_sharp", "stats.weibull_min.fit(x, floc=0)", lambda x: (lambda c, l, s: (c, s))(*stats.weibull_min.fit(x, floc=0))),
    ("weibull", "weibull", "stats.weibull_min.fit(x, floc=0)", lambda x: (lambda c, l, s: (c, s))(*stats.weibull_min.fit(x, floc=0))),
    ("normal", "normal", "stats.norm.fit(x)", lambda x: stats.norm.fit(x)),
    ("lognormal", "gamma", "stats.lognorm.fit(x, floc=0) -> (log(scale), s)", lambda x: (lambda s, l, sc: (np.log(sc), s))(*stats.lognorm.fit(x, floc=0))),
    ("exponential", "gamma", "stats.expon.fit(x, floc=0) -> 1/scale", lambda x: (1 / stats.expon.fit(x, floc=0)[1],)),
    ("gumbel", "gumbel", "stats.gumbel_r.fit(x)", lambda x: stats.gumbel_r.fit(x)),
    ("laplace", "normal", "stats.laplace.fit(x)", lambda x: stats.laplace.fit(x)),
    ("pareto", "pareto", "stats.pareto.fit(x, floc=0) -> (scale, b)", lambda x: (lambda b, l, s: (s, b))(*stats.pareto.fit(x, floc=0))),
    ("levy", "levy", "stats.levy.fit(x)", lambda x: stats.levy.fit(x)),
    ("chisquared", "gamma", "stats.chi2.fit(x, floc=0, fscale=1)", lambda x: stats.chi2.fit(x, floc=0, fscale=1)[:1]),
    ("cauchy", "normal", "stats.cauchy.fit(x)", lambda x: stats.cauchy.fit(x)),
    ("logistic", "gumbel", "stats.logistic.fit(x)", lambda x: stats.logistic.fit(x)),
    ("studentt", "studentt", "stats.t.fit(x, floc=0, fscale=1)", lambda x: stats.t.fit(x, floc=0, fscale=1)[:1]),
    ("f", "f", "stats.f.fit(x, floc=0, fscale=1)", lambda x: stats.f.fit(x, floc=0, fscale=1)[:2]),
]

SCIPY_LOGPDF = {
    "gamma": lambda x, p: stats.gamma.logpdf(x, p[0], scale=p[1]),
    "beta": lambda x, p: stats.beta.logpdf(x, p[0], p[1]),
    "weibull": lambda x, p: stats.weibull_min.logpdf(x, p[0], scale=p[1]),
    "normal": lambda x, p: stats.norm.logpdf(x, p[0], p[1]),
    "lognormal": lambda x, p: stats.lognorm.logpdf(x, p[1], scale=np.exp(p[0])),
    "exponential": lambda x, p: stats.expon.logpdf(x, scale=1 / p[0]),
    "gumbel": lambda x, p: stats.gumbel_r.logpdf(x, p[0], p[1]),
    "laplace": lambda x, p: stats.laplace.logpdf(x, p[0], p[1]),
    "pareto": lambda x, p: stats.pareto.logpdf(x, p[1], scale=p[0]),
    "levy": lambda x, p: stats.levy.logpdf(x, p[0], p[1]),
    "chisquared": lambda x, p: stats.chi2.logpdf(x, p[0]),
    "cauchy": lambda x, p: stats.cauchy.logpdf(x, p[0], p[1]),
    "logistic": lambda x, p: stats.logistic.logpdf(x, p[0], p[1]),
    "studentt": lambda x, p: stats.t.logpdf(x, p[0]),
    "f": lambda x, p: stats.f.logpdf(x, p[0], p[1]),
}

# (family, data set, fitdistrplus distribution name, R expression turning estimate into ProbScope's)
R_FITS = [
    ("gamma", "gamma_small", "gamma", "c(e[['shape']], 1 / e[['rate']])"),
    ("gamma", "gamma", "gamma", "c(e[['shape']], 1 / e[['rate']])"),
    ("beta", "beta_u", "beta", "c(e[['shape1']], e[['shape2']])"),
    ("beta", "beta", "beta", "c(e[['shape1']], e[['shape2']])"),
    ("weibull", "weibull_sharp", "weibull", "c(e[['shape']], e[['scale']])"),
    ("weibull", "weibull", "weibull", "c(e[['shape']], e[['scale']])"),
    ("normal", "normal", "norm", "c(e[['mean']], e[['sd']])"),
    ("lognormal", "gamma", "lnorm", "c(e[['meanlog']], e[['sdlog']])"),
    ("exponential", "gamma", "exp", "c(e[['rate']])"),
    ("cauchy", "normal", "cauchy", "c(e[['location']], e[['scale']])"),
    ("logistic", "gumbel", "logis", "c(e[['location']], e[['scale']])"),
    ("poisson", "counts", "pois", "c(e[['lambda']])"),
    ("geometric", "counts", "geom", "c(e[['prob']])"),
]


def mp_gamma(x):
    """ln k - psi(k) = ln mean - mean ln, then scale = mean / k, in 40 digits."""
    xs = [mp.mpf(v) for v in x]
    m = mp.fsum(xs) / len(xs)
    s = mp.log(m) - mp.fsum(mp.log(v) for v in xs) / len(xs)
    k = mp.findroot(lambda k: mp.log(k) - mp.digamma(k) - s, (mp.mpf("1e-3"), mp.mpf(1e3)), solver="anderson")
    return [k, m / k]


def mp_beta(x):
    """psi(a) - psi(a+b) = mean ln x, psi(b) - psi(a+b) = mean ln(1-x)."""
    xs = [mp.mpf(v) for v in x]
    l1 = mp.fsum(mp.log(v) for v in xs) / len(xs)
    l2 = mp.fsum(mp.log(1 - v) for v in xs) / len(xs)
    a0, b0 = stats.beta.fit(x, floc=0, fscale=1)[:2]
    f = [lambda a, b: mp.digamma(a) - mp.digamma(a + b) - l1, lambda a, b: mp.digamma(b) - mp.digamma(a + b) - l2]
    a, b = mp.findroot(f, (mp.mpf(a0), mp.mpf(b0)))
    return [a, b]


def mp_weibull(x):
    """sum x^k ln x / sum x^k - 1/k - mean ln x = 0, scale = mean(x^k)^(1/k)."""
    xs = [mp.mpf(v) for v in x]
    ml = mp.fsum(mp.log(v) for v in xs) / len(xs)
    def g(k):
        p = [v ** k for v in xs]
        return mp.fsum(pi * mp.log(v) for pi, v in zip(p, xs)) / mp.fsum(p) - 1 / k - ml
    k0 = stats.weibull_min.fit(x, floc=0)[0]
    k = mp.findroot(g, mp.mpf(k0))
    return [k, (mp.fsum(v ** k for v in xs) / len(xs)) ** (1 / k)]


def mp_chi2(x):
    """psi(k/2) = mean ln x - ln 2."""
    xs = [mp.mpf(v) for v in x]
    ml = mp.fsum(mp.log(v) for v in xs) / len(xs)
    return [2 * mp.findroot(lambda h: mp.digamma(h) - (ml - mp.log(2)), mp.mpf(3))]


MPMATH = [
    ("gamma", "gamma_small", mp_gamma, mp_gamma.__doc__),
    ("gamma", "gamma", mp_gamma, mp_gamma.__doc__),
    ("beta", "beta_u", mp_beta, mp_beta.__doc__),
    ("beta", "beta", mp_beta, mp_beta.__doc__),
    ("weibull", "weibull_sharp", mp_weibull, mp_weibull.__doc__),
    ("weibull", "weibull", mp_weibull, mp_weibull.__doc__),
    ("chisquared", "gamma", mp_chi2, mp_chi2.__doc__),
]


def write_csv(name, x):
    with open(f"mle_{name}.csv", "w") as f:
        f.write("x\n")
        for v in x:
            f.write(repr(float(v)) + "\n")


def r_fit(dataset, dist, convert):
    script = (
        "suppressMessages(library(fitdistrplus));"
        f"x <- read.csv('mle_{dataset}.csv')$x;"
        f"f <- fitdist(x, '{dist}'); e <- f$estimate;"
        f"cat(sprintf('%.17g', c(f$loglik, {convert})), sep=' ')"
    )
    out = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, check=True)
    return [float(v) for v in out.stdout.split()]


def main():
    for name, x in DATA.items():
        write_csv(name, x)
    lines = [
        "# Maximum-likelihood references, written by make_mle_reference.py (SciPy 1.17.1, R 4.2.2",
        "# fitdistrplus 1.1.8). <family>.<data>.scipy = ProbScope-order parameters from the SciPy call",
        "# in the comment above it; .scipyLogLik = sum of SciPy's logpdf there; .r and .rLogLik =",
        "# fitdist(x, dist) (optim, Nelder-Mead) estimate and f$loglik.",
    ]
    for family, dataset, call, fit in SCIPY:
        x = np.array([float(v) for v in open(f"mle_{dataset}.csv").read().split()[1:]])
        p = [float(v) for v in fit(x)]
        ll = float(np.sum(SCIPY_LOGPDF[family](x, p)))
        lines.append(f"# {call} on mle_{dataset}.csv")
        lines.append(f"{family}.{dataset}.scipy = " + " ".join(repr(v) for v in p))
        lines.append(f"{family}.{dataset}.scipyLogLik = {ll!r}")
    for family, dataset, solve, doc in MPMATH:
        x = np.array([float(v) for v in open(f"mle_{dataset}.csv").read().split()[1:]])
        p = solve(x)
        lines.append(f"# mpmath (40 digits) findroot of the likelihood equations: {doc}")
        lines.append(f"{family}.{dataset}.exact = " + " ".join(mp.nstr(v, 17) for v in p))
    for family, dataset, dist, convert in R_FITS:
        ll, *p = r_fit(dataset, dist, convert)
        lines.append(f"# fitdist(read.csv('mle_{dataset}.csv')$x, '{dist}') -> {convert}")
        lines.append(f"{family}.{dataset}.r = " + " ".join(repr(v) for v in p))
        lines.append(f"{family}.{dataset}.rLogLik = {ll!r}")
    with open("mle_reference.properties", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
