#!/usr/bin/env python3
"""Regenerates the fit reference data sets and references.tsv (ProbScope issue 8).

Run from this directory:  python3 make_fit_references.py
  1. writes data/<id>.csv (numpy default_rng(seed), values printed with repr),
  2. writes r_jobs.tsv and runs `Rscript make_fit_references.R r_jobs.tsv r_results.tsv` (fitdistrplus),
  3. runs the SciPy fits, polishes the best candidate in mpmath (mp.dps = 30) and writes references.tsv.
Python 3 with SciPy 1.17 and mpmath 1.3; R 4.2 with fitdistrplus 1.1-8.
"""

import itertools
import re
import math
import os
import subprocess
import sys
import time

import mpmath as mp
import numpy as np
import scipy
import scipy.optimize as so
import scipy.stats as st

from fitlib import DISCRETE, PARAMS, float_loglik, mp_cdf_sf, mp_loglik, scipy_dist

mp.mp.dps = 30
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

# ------------------------------------------------------------------------------------------ data sets
# id: (generating family, ProbScope parameters, n, seed, weights) ; weights None, "int" or "frac"
DATA = {
    "normal": ("normal", dict(mean=10, sd=2), 500, 101, None),
    "lognormal": ("lognormal", dict(mu=1, sigma=0.5), 500, 102, None),
    "exponential": ("exponential", dict(rate=2), 500, 103, None),
    "gamma": ("gamma", dict(shape=2.5, scale=1.5), 1000, 104, None),
    "beta": ("beta", dict(alpha=2, beta=5), 500, 105, None),
    "uniform": ("uniform", dict(lower=-1, upper=3), 500, 106, None),
    "studentt": ("studentt", dict(df=5), 1000, 107, None),
    "chisquared": ("chisquared", dict(df=4), 500, 108, None),
    "f": ("f", dict(df1=5, df2=12), 1000, 109, None),
    "cauchy": ("cauchy", dict(location=1, scale=0.5), 500, 110, None),
    "weibull": ("weibull", dict(shape=1.5, scale=2), 500, 111, None),
    "laplace": ("laplace", dict(location=0.5, scale=1.5), 501, 112, None),
    "logistic": ("logistic", dict(location=2, scale=0.7), 500, 113, None),
    "gumbel": ("gumbel", dict(location=1, scale=2), 500, 114, None),
    "pareto": ("pareto", dict(scale=2, shape=3), 500, 115, None),
    "triangular": ("triangular", dict(lower=0, mode=0.3, upper=1), 500, 116, None),
    "levy": ("levy", dict(location=1, scale=0.5), 500, 117, None),
    "truncatednormal": ("truncatednormal", dict(mean=0, sd=1, lower=-1, upper=2), 500, 118, None),
    "binomial": ("binomial", dict(trials=20, p=0.3), 500, 119, None),
    "poisson": ("poisson", dict(mean=4), 500, 120, None),
    "geometric": ("geometric", dict(p=0.3), 500, 121, None),
    "negativebinomial": ("negativebinomial", dict(successes=3, p=0.4), 500, 122, None),
    "hypergeometric": ("hypergeometric", dict(population=50, successes=15, draws=10), 500, 123, None),
    "uniformdiscrete": ("uniformdiscrete", dict(lower=1, upper=6), 500, 124, None),
    "zipf": ("zipf", dict(elements=20, exponent=1.2), 1000, 125, None),
    "bernoulli": ("bernoulli", dict(p=0.3), 500, 126, None),
    # hard ones
    "gamma_shape0.05": ("gamma", dict(shape=0.05, scale=1), 1000, 201, None),
    "beta_ushaped": ("beta", dict(alpha=0.4, beta=0.4), 1000, 202, None),
    "weibull_shape20": ("weibull", dict(shape=20, scale=3), 500, 203, None),
    "studentt_df2.5_loc3_scale2": (
        "affine(studentt)", dict(df=2.5, shift=3, scale=2), 2000, 204, None),
    "chisquared_df6_shift-1_scale0.5": (
        "affine(chisquared)", dict(df=6, shift=-1, scale=0.5), 1000, 205, None),
    "lognormal_sigma3": ("lognormal", dict(mu=0, sigma=3), 1000, 206, None),
    "negativebinomial_r0.5": ("negativebinomial", dict(successes=0.5, p=0.2), 1000, 207, None),
    "poisson_mean0.3": ("poisson", dict(mean=0.3), 500, 208, None),
    # weighted
    "weighted_int": ("gamma", dict(shape=3, scale=2), 300, 301, "int"),
    "weighted_int_poisson": ("poisson", dict(mean=3), 300, 302, "int"),
    "weighted_frac": ("gamma", dict(shape=3, scale=2), 300, 303, "frac"),
}


def generate():
    os.makedirs("data", exist_ok=True)
    for did, (fam, p, n, seed, wt) in DATA.items():
        rng = np.random.default_rng(seed)
        x = scipy_dist(fam, p).rvs(size=n, random_state=rng)
        lines = ["x,w" if wt else "x"]
        if wt == "int":
            w = rng.integers(1, 6, size=n)  # 1..5
        elif wt == "frac":
            w = rng.uniform(0.1, 3.0, size=n)
        for i in range(n):
            xs = repr(int(x[i])) if fam in DISCRETE else repr(float(x[i]))
            lines.append(xs + ("," + (repr(int(w[i])) if wt == "int" else repr(float(w[i]))) if wt else ""))
        with open(f"data/{did}.csv", "w") as fh:
            fh.write("\n".join(lines) + "\n")


def load(did):
    rows = open(f"data/{did}.csv").read().split("\n")[1:]
    rows = [r.split(",") for r in rows if r]
    x = np.array([float(r[0]) for r in rows])
    w = np.array([float(r[1]) for r in rows]) if len(rows[0]) > 1 else np.ones(len(rows))
    return x, w


def mp_data(x, w):
    """Unique values with summed weights (exact: weights are integers or are kept per value)."""
    d = {}
    for xi, wi in zip(x, w):
        d[xi] = d.get(xi, 0.0) + wi
    ks = sorted(d)
    return [mp.mpf(k) for k in ks], [mp.mpf(d[k]) for k in ks]


def fmt(v):
    return repr(float(v))


INTEGER = {("binomial", "trials"), ("negativebinomial", "successes"), ("hypergeometric", "population"),
           ("hypergeometric", "successes"), ("hypergeometric", "draws"), ("uniformdiscrete", "lower"),
           ("uniformdiscrete", "upper"), ("zipf", "elements")}


def fmtp(fam, k, v):
    """A parameter value: integers of integer parameters without a fraction, others as repr(float)."""
    if (fam, k) in INTEGER and float(v) == int(float(v)):
        return str(int(float(v)))
    return fmt(v)


def pstr(fam, p):
    return ";".join(f"{k}={fmtp(fam, k, p[k])}" for k in PARAMS[fam])


# ------------------------------------------------------------------------------------------ R
R_TO_PS = {  # R name -> (ProbScope family, converter from R estimate dict to ProbScope dict)
    "norm": lambda e: dict(mean=e["mean"], sd=e["sd"]),
    "lnorm": lambda e: dict(mu=e["meanlog"], sigma=e["sdlog"]),
    "exp": lambda e: dict(rate=e["rate"]),
    "gamma": lambda e: dict(shape=e["shape"], scale=1 / e["rate"]),
    "weibull": lambda e: dict(shape=e["shape"], scale=e["scale"]),
    "beta": lambda e: dict(alpha=e["shape1"], beta=e["shape2"]),
    "logis": lambda e: dict(location=e["location"], scale=e["scale"]),
    "cauchy": lambda e: dict(location=e["location"], scale=e["scale"]),
    "unif": lambda e: dict(lower=e["min"], upper=e["max"]),
    "pois": lambda e: dict(mean=e["lambda"]),
    "geom": lambda e: dict(p=e["prob"]),
    "nbinom": lambda e: dict(successes=e["size"], p=e["size"] / (e["size"] + e["mu"])),
    "binom": lambda e: dict(trials=e["size"], p=e["prob"]),
}
R_FIX = {  # ProbScope fixed name -> R fix.arg
    ("gamma", "shape"): "shape", ("weibull", "shape"): "shape", ("normal", "sd"): "sd",
    ("binomial", "trials"): "size", ("negativebinomial", "successes"): "size",
}
R_NAME = {"normal": "norm", "lognormal": "lnorm", "exponential": "exp", "gamma": "gamma",
          "weibull": "weibull", "beta": "beta", "logistic": "logis", "cauchy": "cauchy",
          "uniform": "unif", "poisson": "pois", "geometric": "geom", "negativebinomial": "nbinom",
          "binomial": "binom"}

ROWS = []  # each: dict(id, family, data, method, fixed, options, rargs)


def row(rid, fam, data, method="mle", fixed=None, options=None, rargs=None, r=True):
    ROWS.append(dict(id=rid, family=fam, data=data, method=method, fixed=fixed or {},
                     options=options or {}, rargs=rargs, r=r and fam in R_NAME))


def define_rows():
    for did, (fam, p, n, seed, wt) in DATA.items():
        if wt:
            continue
        fixed = {}
        if fam == "binomial":
            fixed = dict(trials=20)
        if fam == "triangular":
            fixed = dict(lower=0, upper=1)
        if fam == "truncatednormal":
            fixed = dict(lower=-1, upper=2)
        if fam == "hypergeometric":
            fixed = dict(population=50, draws=10)
        if fam == "zipf":
            fixed = dict(elements=20)
        if fam == "negativebinomial":
            row(f"mle-{did}-fixed-r", fam, did, fixed=dict(successes=3 if did == fam else 1))
            row(f"mle-{did}-profile-r", fam, did, options=dict(profile="successes=1..200"))
            continue
        row(f"mle-{did}", fam, did, fixed=fixed)
    # a family fitted to another family's data
    row("mle-gamma-on-lognormal", "gamma", "lognormal")
    row("mle-weibull-on-gamma", "weibull", "gamma")
    row("mle-lognormal-on-gamma", "lognormal", "gamma")
    row("mle-normal-on-studentt", "normal", "studentt")
    row("mle-gamma-on-lognormal_sigma3", "gamma", "lognormal_sigma3")
    # fixed parameters
    row("mle-gamma-fixed-shape2", "gamma", "gamma", fixed=dict(shape=2))
    row("mle-weibull-fixed-shape1.5", "weibull", "weibull", fixed=dict(shape=1.5))
    row("mle-normal-fixed-sd2", "normal", "normal", fixed=dict(sd=2))
    # weighted
    for fam in ("normal", "gamma"):
        row(f"mlew-{fam}-weighted_int", fam, "weighted_int", method="mle-weighted")
        row(f"mlew-{fam}-weighted_frac", fam, "weighted_frac", method="mle-weighted", r=False)
    row("mlew-poisson-weighted_int_poisson", "poisson", "weighted_int_poisson", method="mle-weighted")
    # method of moments
    for fam in ("normal", "gamma", "weibull", "exponential", "poisson", "lognormal", "beta",
                "geometric", "uniform", "logistic"):
        ra = ", order = c(1, 2), memp = memp" if fam == "weibull" else None
        row(f"mm-{fam}", fam, fam, method="mm", rargs=ra)
    row("mm-negativebinomial-fixed-r", "negativebinomial", "negativebinomial", method="mm",
        fixed=dict(successes=3), rargs=", fix.arg = list(size = 3), order = 1, memp = memp")
    row("mm-gamma_shape0.05", "gamma", "gamma_shape0.05", method="mm")
    # quantile matching (type 7)
    for fam in ("normal", "gamma", "weibull", "lognormal", "beta", "logistic", "cauchy"):
        row(f"qme-{fam}", fam, fam, method="qme", options=dict(probs=(0.25, 0.75), qtype=7))
    row("qme-exponential", "exponential", "exponential", method="qme",
        options=dict(probs=(0.5,), qtype=7))
    row("qme-gamma-p10-p90", "gamma", "gamma", method="qme", options=dict(probs=(0.1, 0.9), qtype=7))
    # maximum goodness of fit
    for gof in ("ks", "cvm", "ad"):
        for fam in ("normal", "gamma", "weibull", "exponential", "lognormal", "beta", "logistic"):
            row(f"mge-{gof}-{fam}", fam, fam, method=f"mge-{gof}")
        row(f"mge-{gof}-gamma-on-lognormal", "gamma", "lognormal", method=f"mge-{gof}")


def r_args(rw):
    fam = rw["family"]
    parts = []
    m = rw["method"]
    fx = {R_FIX[(fam, k)]: v for k, v in rw["fixed"].items() if (fam, k) in R_FIX}
    if rw["rargs"] is not None:
        return rw["rargs"]
    if fx:
        parts.append("fix.arg = list(" + ", ".join(f"{k} = {v!r}" for k, v in fx.items()) + ")")
    if fam == "binomial":
        parts.append("start = list(prob = 0.5)")
    if m == "mle-weighted":
        parts.append("weights = w")
    if m == "qme":
        pr = rw["options"]["probs"]
        parts.append("probs = c(" + ", ".join(repr(q) for q in pr) + "), qtype = 7")
    if m.startswith("mge-"):
        parts.append('gof = "' + {"ks": "KS", "cvm": "CvM", "ad": "AD"}[m[4:]] + '"')
    return "".join(", " + s for s in parts) or "-"


def r_method(m):
    return {"mle": "mle", "mle-weighted": "mle", "mm": "mme", "qme": "qme"}.get(m, "mge")


def run_r():
    jobs = []
    for rw in ROWS:
        if not rw["r"] or "profile" in rw["options"]:
            continue
        jobs.append((rw["id"], rw["data"], R_NAME[rw["family"]], r_method(rw["method"]), r_args(rw)))
        if rw["method"] == "mle-weighted":
            a = r_args(rw).replace(", weights = w", "")
            jobs.append((rw["id"] + "#replicated", rw["data"], R_NAME[rw["family"]], "mle",
                         (a if a != "-" else "") + ", REPLICATE"))
    # informative continuous-size negative binomial fits (ProbScope's successes is an integer)
    for did in ("negativebinomial", "negativebinomial_r0.5"):
        jobs.append((f"nbinom-free-size-{did}", did, "nbinom", "mle", "-"))
        jobs.append((f"nbinom-free-size-mme-{did}", did, "nbinom", "mme", "-"))
    with open("r_jobs.tsv", "w") as fh:
        fh.write("job\tdata\tdistr\tmethod\targs\n")
        for j in jobs:
            fh.write("\t".join(j) + "\n")
    subprocess.run(["Rscript", "make_fit_references.R", "r_jobs.tsv", "r_results.tsv"], check=True)


def read_r():
    res = {}
    lines = open("r_results.tsv").read().split("\n")[1:]
    for ln in lines:
        if not ln:
            continue
        job, call, est, ll, conv = ln.split("\t")
        e = {}
        if est != "-":
            for kv in est.split(";"):
                if "=" not in kv:  # fitdistrplus returned an unnamed estimate (mme of unif)
                    continue
                k, v = kv.split("=")
                e[k] = float(v)
        res[job] = dict(call=call, est=e, ll=ll, conv=conv)
    return res


# ------------------------------------------------------------------------------------------ SciPy fits
def scipy_fits(fam, x, fixed):
    """List of (call string, ProbScope params) from SciPy's own fit methods."""
    out = []

    def add(call, fn):
        try:
            out.append((call, fn()))
        except Exception as ex:  # noqa: BLE001 - recorded in the source column
            out.append((call + " failed: " + type(ex).__name__, None))

    if fam == "normal":
        if "sd" in fixed:
            add(f"scipy.stats.norm.fit(x, fscale={fixed['sd']!r})",
                lambda: dict(mean=st.norm.fit(x, fscale=fixed["sd"])[0], sd=fixed["sd"]))
        else:
            add("scipy.stats.norm.fit(x)", lambda: dict(zip(("mean", "sd"), st.norm.fit(x))))
    elif fam == "lognormal":
        add("scipy.stats.lognorm.fit(x, floc=0)",
            lambda: (lambda s, l, c: dict(mu=math.log(c), sigma=s))(*st.lognorm.fit(x, floc=0)))
    elif fam == "exponential":
        add("scipy.stats.expon.fit(x, floc=0)", lambda: dict(rate=1 / st.expon.fit(x, floc=0)[1]))
    elif fam == "gamma":
        if "shape" in fixed:
            add(f"scipy.stats.gamma.fit(x, f0={fixed['shape']!r}, floc=0)",
                lambda: dict(shape=fixed["shape"], scale=st.gamma.fit(x, f0=fixed["shape"], floc=0)[2]))
        else:
            add("scipy.stats.gamma.fit(x, floc=0)",
                lambda: (lambda a, l, s: dict(shape=a, scale=s))(*st.gamma.fit(x, floc=0)))
    elif fam == "weibull":
        if "shape" in fixed:
            add(f"scipy.stats.weibull_min.fit(x, f0={fixed['shape']!r}, floc=0)",
                lambda: dict(shape=fixed["shape"],
                             scale=st.weibull_min.fit(x, f0=fixed["shape"], floc=0)[2]))
        else:
            add("scipy.stats.weibull_min.fit(x, floc=0)",
                lambda: (lambda c, l, s: dict(shape=c, scale=s))(*st.weibull_min.fit(x, floc=0)))
    elif fam == "beta":
        add("scipy.stats.beta.fit(x, floc=0, fscale=1)",
            lambda: (lambda a, b, l, s: dict(alpha=a, beta=b))(*st.beta.fit(x, floc=0, fscale=1)))
    elif fam == "uniform":
        add("scipy.stats.uniform.fit(x)",
            lambda: (lambda l, s: dict(lower=l, upper=l + s))(*st.uniform.fit(x)))
    elif fam == "studentt":
        add("scipy.stats.t.fit(x, floc=0, fscale=1)", lambda: dict(df=st.t.fit(x, floc=0, fscale=1)[0]))
    elif fam == "affine(studentt)":
        add("scipy.stats.t.fit(x)", lambda: dict(zip(("df", "shift", "scale"), st.t.fit(x))))
    elif fam == "chisquared":
        add("scipy.stats.chi2.fit(x, floc=0, fscale=1)",
            lambda: dict(df=st.chi2.fit(x, floc=0, fscale=1)[0]))
    elif fam == "affine(chisquared)":
        add("scipy.stats.chi2.fit(x)", lambda: dict(zip(("df", "shift", "scale"), st.chi2.fit(x))))
        # SciPy's default start can end at shift = min(x) with a far lower likelihood: also start from
        # the moments (skewness sqrt(8/df), variance 2 scale^2 df, mean shift + scale df)
        k0 = float(8 / st.skew(x) ** 2)
        c0 = math.sqrt(np.var(x) / (2 * k0))
        l0 = float(np.mean(x) - c0 * k0)
        add(f"scipy.stats.chi2.fit(x, {k0!r}, loc={l0!r}, scale={c0!r}) (moment start)",
            lambda: dict(zip(("df", "shift", "scale"), st.chi2.fit(x, k0, loc=l0, scale=c0))))
    elif fam == "f":
        add("scipy.stats.f.fit(x, floc=0, fscale=1)",
            lambda: (lambda a, b, l, s: dict(df1=a, df2=b))(*st.f.fit(x, floc=0, fscale=1)))
    elif fam in ("cauchy", "laplace", "logistic", "gumbel", "levy"):
        sd = dict(cauchy=st.cauchy, laplace=st.laplace, logistic=st.logistic, gumbel=st.gumbel_r,
                  levy=st.levy)[fam]
        add(f"scipy.stats.{sd.name}.fit(x)", lambda: dict(zip(("location", "scale"), sd.fit(x))))
    elif fam == "pareto":
        add("scipy.stats.pareto.fit(x, floc=0)",
            lambda: (lambda b, l, s: dict(scale=s, shape=b))(*st.pareto.fit(x, floc=0)))
    elif fam == "triangular":
        a, b = fixed["lower"], fixed["upper"]
        add(f"scipy.stats.triang.fit(x, floc={a!r}, fscale={b - a!r})",
            lambda: dict(lower=a, upper=b, mode=a + (b - a) * st.triang.fit(x, floc=a, fscale=b - a)[0]))
    elif fam == "truncatednormal":
        a, b = fixed["lower"], fixed["upper"]

        def tn():
            f = lambda v: -np.sum(st.truncnorm.logpdf(x, (a - v[0]) / v[1], (b - v[0]) / v[1], v[0], v[1])) \
                if v[1] > 0 else np.inf
            r = so.minimize(f, [np.mean(x), np.std(x)], method="Nelder-Mead",
                            options=dict(xatol=1e-12, fatol=1e-12, maxiter=20000))
            return dict(mean=r.x[0], sd=r.x[1], lower=a, upper=b)

        add(f"scipy.optimize.minimize(-sum(scipy.stats.truncnorm.logpdf(x, ({a!r}-m)/s, ({b!r}-m)/s, m, s)),"
            " Nelder-Mead)", tn)
    elif fam == "poisson":
        add("scipy.stats.fit(scipy.stats.poisson, x, bounds={'mu': (0, 50)})",
            lambda: dict(mean=st.fit(st.poisson, x, bounds={"mu": (0, 50)},
                                     optimizer=_de).params.mu))
    elif fam == "geometric":
        add("scipy.stats.fit(scipy.stats.geom, x, bounds={'p': (0, 1), 'loc': (-1, -1)})",
            lambda: dict(p=st.fit(st.geom, x, bounds={"p": (0, 1), "loc": (-1, -1)}, optimizer=_de).params.p))
    elif fam == "binomial":
        n = fixed["trials"]
        add(f"scipy.stats.fit(scipy.stats.binom, x, bounds={{'n': ({n}, {n}), 'p': (0, 1)}})",
            lambda: dict(trials=n, p=st.fit(st.binom, x, bounds={"n": (n, n), "p": (0, 1)},
                                            optimizer=_de).params.p))
    elif fam == "negativebinomial" and "successes" in fixed:
        r = fixed["successes"]
        add(f"scipy.stats.fit(scipy.stats.nbinom, x, bounds={{'n': ({r}, {r}), 'p': (0, 1)}})",
            lambda: dict(successes=r, p=st.fit(st.nbinom, x, bounds={"n": (r, r), "p": (0, 1)},
                                               optimizer=_de).params.p))
    elif fam == "zipf":
        N = fixed["elements"]
        add(f"scipy.stats.fit(scipy.stats.zipfian, x, bounds={{'a': (0, 10), 'n': ({N}, {N})}})",
            lambda: dict(elements=N, exponent=st.fit(st.zipfian, x, bounds={"a": (0, 10), "n": (N, N)},
                                                     optimizer=_de).params.a))
    elif fam == "bernoulli":
        add("scipy.stats.fit(scipy.stats.bernoulli, x, bounds={'p': (0, 1)})",
            lambda: dict(p=st.fit(st.bernoulli, x, bounds={"p": (0, 1)}, optimizer=_de).params.p))
    elif fam == "uniformdiscrete":
        add("scipy.stats.fit(scipy.stats.randint, x, bounds={'low': (-20, 20), 'high': (-20, 20)})",
            lambda: (lambda r: dict(lower=r.low, upper=r.high - 1))(
                st.fit(st.randint, x, bounds={"low": (-20, 20), "high": (-20, 20)}, optimizer=_de).params))
    elif fam == "hypergeometric":
        N, n = fixed["population"], fixed["draws"]
        add(f"scipy.stats.fit(scipy.stats.hypergeom, x, bounds={{'M': ({N}, {N}), 'n': (0, {N}), 'N': ({n}, {n})}})",
            lambda: dict(population=N, draws=n, successes=st.fit(
                st.hypergeom, x, bounds={"M": (N, N), "n": (0, N), "N": (n, n)}, optimizer=_de).params.n))
    return out


def _de(fun, bounds, *, integrality):
    return so.differential_evolution(fun, bounds, integrality=integrality, seed=1, tol=1e-12)


# ------------------------------------------------------------------------------------------ mpmath
def grad_hess(F, v):
    k = len(v)
    e = lambda *idx: tuple(sum(1 for j in idx if j == i) for i in range(k))
    g = [mp.diff(F, v, e(i)) for i in range(k)]
    H = mp.matrix(k, k)
    for i in range(k):
        for j in range(i, k):
            H[i, j] = H[j, i] = mp.diff(F, v, e(i, j))
    return g, H


def newton(F, v, maximise=True, iters=30):
    """Newton iterations on the gradient of F in mpmath, with step halving; returns (v, g, H, note)."""
    v = [mp.mpf(a) for a in v]
    f0 = F(*v)
    for it in range(iters):
        g, H = grad_hess(F, v)
        step = mp.lu_solve(H, mp.matrix(g))
        t = mp.mpf(1)
        while True:
            nv = [vi - t * step[i] for i, vi in enumerate(v)]
            f1 = F(*nv)
            better = (f1 >= f0 - abs(f0) * mp.mpf(10) ** -25) if maximise else (f1 <= f0 + abs(f0) * mp.mpf(10) ** -25)
            if better and mp.isfinite(f1):
                break
            t /= 2
            if t < 1e-8:
                nv, f1 = v, f0
                break
        rel = max(abs(t * step[i]) / (abs(v[i]) + mp.mpf(10) ** -20) for i in range(len(v)))
        v, f0 = nv, f1
        if rel < mp.mpf(10) ** -22:
            break
    g, H = grad_hess(F, v)
    return v, g, H, it + 1


def polish_mle(fam, start, free, X, W):
    base = {k: mp.mpf(v) for k, v in start.items()}
    F = lambda *a: mp_loglik(fam, {**base, **dict(zip(free, a))}, X, W)
    v, g, H, its = newton(F, [base[k] for k in free])
    p = {**base, **dict(zip(free, v))}
    cov = -mp.inverse(H)
    se = {k: mp.sqrt(cov[i, i]) for i, k in enumerate(free)}
    gmax = max(abs(gi) for gi in g)
    return p, se, f"mpmath Newton on the score (mp.diff, dps={mp.mp.dps}), {its} iterations, |score| {mp.nstr(gmax, 2)}"


# ------------------------------------------------------------------------------------------ MM / QME / MGE
def mm_closed(fam, x, fixed):
    X = [mp.mpf(v) for v in x]
    n = len(X)
    m = mp.fsum(X) / n
    v = mp.fsum((xi - m) ** 2 for xi in X) / n  # divisor n, as fitdistrplus::mmedist
    if fam == "normal":
        return dict(mean=m, sd=mp.sqrt(v)), "mean, sqrt(v)"
    if fam == "gamma":
        return dict(shape=m * m / v, scale=v / m), "shape=m^2/v, scale=v/m"
    if fam == "exponential":
        return dict(rate=1 / m), "rate=1/m"
    if fam == "poisson":
        return dict(mean=m), "mean=m"
    if fam == "geometric":
        return dict(p=1 / (1 + m)), "p=1/(1+m)"
    if fam == "lognormal":
        s2 = mp.log(1 + v / m ** 2)
        return dict(mu=mp.log(m) - s2 / 2, sigma=mp.sqrt(s2)), "sigma^2=log(1+v/m^2), mu=log(m)-sigma^2/2"
    if fam == "beta":
        aux = m * (1 - m) / v - 1
        return dict(alpha=m * aux, beta=(1 - m) * aux), "alpha=m*aux, beta=(1-m)*aux, aux=m(1-m)/v-1"
    if fam == "uniform":
        return dict(lower=m - mp.sqrt(3 * v), upper=m + mp.sqrt(3 * v)), "m -/+ sqrt(3v)"
    if fam == "logistic":
        return dict(location=m, scale=mp.sqrt(3 * v) / mp.pi), "location=m, scale=sqrt(3v)/pi"
    if fam == "negativebinomial":
        r = mp.mpf(fixed["successes"])
        return dict(successes=r, p=r / (r + m)), "p=r/(r+m) (first moment, r fixed)"
    if fam == "weibull":
        m2 = mp.fsum(xi ** 2 for xi in X) / n
        ratio = m2 / m ** 2
        k = mp.findroot(lambda k: mp.gamma(1 + 2 / k) / mp.gamma(1 + 1 / k) ** 2 - ratio, 1.5)
        return dict(shape=k, scale=m / mp.gamma(1 + 1 / k)), \
            "findroot Gamma(1+2/k)/Gamma(1+1/k)^2 = mean(x^2)/mean(x)^2, scale=m/Gamma(1+1/k)"
    raise ValueError(fam)


def q7(xs, p):
    n = len(xs)
    h = (n - 1) * mp.mpf(p)
    lo = int(mp.floor(h))
    hi = min(lo + 1, n - 1)
    return xs[lo] + (h - lo) * (xs[hi] - xs[lo])


def qme_solve(fam, x, probs, start):
    xs = [mp.mpf(v) for v in sorted(x)]
    qs = [q7(xs, p) for p in probs]
    names = PARAMS[fam]
    eq = lambda *a: [mp_cdf_sf(fam, dict(zip(names, a)), q)[0] - mp.mpf(p) for q, p in zip(qs, probs)]
    sol = mp.findroot(eq, tuple(mp.mpf(start[k]) for k in names))
    sol = list(sol) if isinstance(sol, mp.matrix) else [sol]
    return dict(zip(names, sol)), "mpmath findroot on F(q_j; theta) = p_j, q_j type-7 sample quantiles"


def gof_terms_float(fam, p, xs):
    d = scipy_dist(fam, p)
    return d.cdf(xs), d.sf(xs)


def gof_float(fam, p, xs, gof):
    try:
        F, S = gof_terms_float(fam, p, xs)
    except Exception:  # noqa: BLE001
        return np.inf
    n = len(xs)
    i = np.arange(1, n + 1)
    if gof == "cvm":
        v = 1 / (12 * n) + np.sum((F - (2 * i - 1) / (2 * n)) ** 2)
    elif gof == "ad":
        with np.errstate(divide="ignore"):
            v = -n - np.mean((2 * i - 1) * (np.log(F) + np.log(S[::-1])))
    else:
        v = max(np.max(i / n - F), np.max(F - (i - 1) / n))
    return v if np.isfinite(v) else np.inf


def gof_mp(fam, p, xs, gof):
    n = len(xs)
    FS = [mp_cdf_sf(fam, p, x) for x in xs]
    if gof == "cvm":
        return mp.mpf(1) / (12 * n) + mp.fsum((FS[i][0] - mp.mpf(2 * i + 1) / (2 * n)) ** 2 for i in range(n))
    if gof == "ad":
        return -n - mp.fsum((2 * i + 1) * (mp.log(FS[i][0]) + mp.log(FS[n - 1 - i][1])) for i in range(n)) / n
    return max(max(mp.mpf(i + 1) / n - FS[i][0] for i in range(n)), max(FS[i][0] - mp.mpf(i) / n for i in range(n)))


def valid(fam, p):
    return all(p[k] > 0 for k in PARAMS[fam] if k not in ("mean", "mu", "location"))


def fd_grad_hess(f, v):
    k = len(v)
    hg = 1e-4 * np.maximum(np.abs(v), 1e-3)
    hh = 1e-3 * np.maximum(np.abs(v), 1e-3)
    e = np.eye(k)
    g = np.array([(8 * (f(v + hg[i] * e[i]) - f(v - hg[i] * e[i])) - (f(v + 2 * hg[i] * e[i]) - f(v - 2 * hg[i] * e[i])))
                  / (12 * hg[i]) for i in range(k)])
    H = np.zeros((k, k))
    for i in range(k):
        for j in range(k):
            d = lambda a, b: f(v + a * hh[i] * e[i] + b * hh[j] * e[j])
            H[i, j] = (d(1, 1) - d(1, -1) - d(-1, 1) + d(-1, -1)) / (4 * hh[i] * hh[j])
    return g, H


def mge_polish(fam, x, gof, start):
    names = PARAMS[fam]
    xs = np.sort(x)
    f = lambda v: gof_float(fam, dict(zip(names, v)), xs, gof) if valid(fam, dict(zip(names, v))) else np.inf
    best = None
    v0 = np.array([start[k] for k in names], dtype=float)
    for _ in range(6):  # restarted Nelder-Mead
        r = so.minimize(f, v0, method="Nelder-Mead",
                        options=dict(xatol=1e-14, fatol=1e-16, maxiter=40000, maxfev=40000))
        if best is None or r.fun < best.fun - 0:
            best = r
        v0 = r.x * (1 + 1e-3)
    nm = dict(zip(names, best.x))
    note = f"scipy.optimize.minimize(Nelder-Mead, xatol=1e-14, 6 restarts) -> {gof}={best.fun!r}"
    X = [mp.mpf(v) for v in xs]
    if gof in ("cvm", "ad"):
        if fam in ("gamma", "beta"):
            # mpmath's incomplete gamma/beta make an mp Hessian too slow: Newton in float64 with
            # fourth-order central differences (gradient h = 1e-4, Hessian h = 1e-3, relative), 3 steps
            v = np.array(best.x, dtype=float)
            for _ in range(3):
                g, H = fd_grad_hess(f, v)
                v = v - np.linalg.solve(H, g)
            g, _ = fd_grad_hess(f, v)
            p = {q: mp.mpf(float(a)) for q, a in zip(names, v)}
            return p, gof_mp(fam, p, X, gof), note + (
                "; float64 Newton with 4th-order central differences, 3 steps, |gradient| "
                f"{np.max(np.abs(g)):.1e}; statistic re-evaluated in mpmath")
        F = lambda *a: gof_mp(fam, dict(zip(names, a)), X, gof)
        v = [mp.mpf(a) for a in best.x]
        g, H = grad_hess(F, v)  # Hessian once at the Nelder-Mead point, then two Newton steps with it
        for _ in range(2):
            step = mp.lu_solve(H, mp.matrix(g))
            v = [vi - step[i] for i, vi in enumerate(v)]
            g = [mp.diff(F, v, tuple(1 if j == i else 0 for j in range(len(v)))) for i in range(len(v))]
        p = dict(zip(names, v))
        gmax = mp.nstr(max(abs(gi) for gi in g), 2)
        return p, gof_mp(fam, p, X, gof), note + f"; mpmath Newton on the gradient (dps={mp.mp.dps}), |gradient| {gmax}"
    # KS: minimax; solve with k+1 equal active terms chosen among the largest at the Nelder-Mead point
    k = len(names)
    n = len(X)
    Fv, _ = gof_terms_float(fam, nm, xs)
    terms = [((i + 1) / n - Fv[i], i, +1) for i in range(n)] + [(Fv[i] - i / n, i, -1) for i in range(n)]
    terms.sort(reverse=True)
    cand = terms[: k + 3]

    def term(i, sgn, p):
        Fi = mp_cdf_sf(fam, p, X[i])[0]
        return mp.mpf(i + 1) / n - Fi if sgn > 0 else Fi - mp.mpf(i) / n

    bestsol = None
    for combo in itertools.combinations(cand, k + 1):
        try:
            eqs = lambda *a: [term(i, s, dict(zip(names, a[:k]))) - a[k] for _, i, s in combo]
            sol = mp.findroot(eqs, tuple(mp.mpf(nm[q]) for q in names) + (mp.mpf(best.fun),))
        except Exception:  # noqa: BLE001
            continue
        p = dict(zip(names, list(sol)[:k]))
        if not valid(fam, p):
            continue
        D = gof_mp(fam, p, X, "ks")
        if abs(D - sol[k]) < mp.mpf(10) ** -20 and (bestsol is None or D < bestsol[1]):
            bestsol = (p, D)
    if bestsol is None or bestsol[1] > best.fun * (1 + 1e-9):
        p = {q: mp.mpf(v) for q, v in nm.items()}
        return p, gof_mp(fam, p, X, "ks"), note + "; active-set solve failed, Nelder-Mead value kept"
    return bestsol[0], bestsol[1], note + f"; mpmath findroot with {k + 1} equal active KS terms"


# ------------------------------------------------------------------------------------------ rows
def closed_form_mle(fam, x, fixed):
    """Closed-form / boundary / discrete-profile MLEs; None when the family needs Newton."""
    n = len(x)
    if fam == "uniform":
        return dict(lower=x.min(), upper=x.max()), "closed form: lower=min(x), upper=max(x) (boundary MLE)"
    if fam == "uniformdiscrete":
        return dict(lower=x.min(), upper=x.max()), "closed form: lower=min(x), upper=max(x) (boundary MLE)"
    if fam == "pareto":
        xm = mp.mpf(x.min())
        a = n / mp.fsum(mp.log(mp.mpf(v) / xm) for v in x)
        return dict(scale=xm, shape=a), "closed form: scale=min(x) (boundary), shape=n/sum(log(x/scale))"
    if fam == "laplace":
        med = mp.mpf(float(np.median(x)))
        return dict(location=med, scale=mp.fsum(abs(mp.mpf(v) - med) for v in x) / n), \
            "closed form: location=median (n odd), scale=mean|x-median|"
    if fam == "triangular":
        a, b = fixed["lower"], fixed["upper"]
        X, W = mp_data(x, np.ones(n))
        best = max(((mp_loglik(fam, dict(lower=a, mode=c, upper=b), X, W), c) for c in X), key=lambda t: t[0])
        return dict(lower=a, mode=best[1], upper=b), \
            "exact: mode searched over the order statistics (the likelihood peaks at one, Oliver 1972), lower/upper fixed"
    if fam == "hypergeometric":
        N, d = fixed["population"], fixed["draws"]
        X, W = mp_data(x, np.ones(n))
        lls = [(mp_loglik(fam, dict(population=N, successes=K, draws=d), X, W), K) for K in range(0, N + 1)]
        best = max(lls, key=lambda t: t[0])
        return dict(population=N, successes=best[1], draws=d), \
            f"profile: successes over the integers 0..{N} (population, draws fixed)"
    if fam == "bernoulli":
        return dict(p=mp.fsum(mp.mpf(v) for v in x) / n), "closed form: p=mean(x)"
    return None


def profile_nb(x):
    X, W = mp_data(x, np.ones(len(x)))
    m = mp.fsum(mp.mpf(v) for v in x) / len(x)
    best = None
    for r in range(1, 201):
        p = dict(successes=r, p=mp.mpf(r) / (r + m))
        ll = mp_loglik("negativebinomial", p, X, W)
        if best is None or ll > best[0]:
            best = (ll, p)
    return best[1]


def compute(rw, R):
    fam, method, fixed = rw["family"], rw["method"], dict(rw["fixed"])
    x, w = load(rw["data"])
    if method != "mle-weighted":
        w = np.ones(len(x))
    X, W = mp_data(x, w)
    free = [k for k in PARAMS[fam] if k not in fixed]
    src = []
    rres = R.get(rw["id"])
    rp = None
    if rres:
        ll = rres["ll"]
        if rres["est"]:
            rp = {**R_TO_PS[R_NAME[fam]]({**{R_FIX[(fam, k)]: v for k, v in fixed.items() if (fam, k) in R_FIX},
                                            **rres["est"]}), **fixed}
        src.append(f"R fitdistrplus::{rres['call']} -> {rres['est'] and ';'.join(f'{k}={v!r}' for k, v in rres['est'].items())}"
                   f" ll={ll} convergence={rres['conv']}")
    if rw["id"] + "#replicated" in R:
        rr = R[rw["id"] + "#replicated"]
        src.append(f"R replicated data x <- rep(x, w); {rr['call']} -> ll={rr['ll']}")
    se = None
    if method in ("mle", "mle-weighted"):
        if "profile" in rw["options"]:
            p = profile_nb(x)
            fixed_r = {"successes": p["successes"]}
            p, se, note = polish_mle(fam, p, ["p"], X, W)
            se = {"p": se["p"]}
            src.append("profile: successes over the integers 1..200, p=r/(r+mean) closed form at each r; "
                       "SE of p is conditional on the profiled r")
            for did in ("negativebinomial", "negativebinomial_r0.5"):
                if did == rw["data"] and f"nbinom-free-size-{did}" in R:
                    rr = R[f"nbinom-free-size-{did}"]
                    src.append(f"for comparison, non-integer size (not a ProbScope value): R {rr['call']} -> "
                               f"{';'.join(f'{k}={v!r}' for k, v in rr['est'].items())} ll={rr['ll']}")
        else:
            cf = closed_form_mle(fam, x, fixed)
            cands = []
            if method == "mle":
                for call, sp in scipy_fits(fam, x, fixed):
                    if sp is None:
                        src.append(call)
                        continue
                    sp = {**sp, **fixed}
                    sll = mp_loglik(fam, sp, X, W)
                    src.append(f"{call} -> {pstr(fam, sp)} ll={fmt(sll)}")
                    cands.append((sll, sp))
            else:
                # weighted: scipy.optimize.minimize of -sum(w * logpdf) from a weighted-moment start
                mw = np.sum(w * x) / np.sum(w)
                vw = np.sum(w * (x - mw) ** 2) / np.sum(w)
                s0 = dict(normal=dict(mean=mw, sd=math.sqrt(vw)), gamma=dict(shape=mw * mw / vw, scale=vw / mw),
                          poisson=dict(mean=mw))[fam]
                f = lambda v: -float_loglik(fam, dict(zip(free, v)), x, w) if min(v) > 0 or fam == "normal" else np.inf
                r = so.minimize(f, [s0[k] for k in free], method="Nelder-Mead",
                                options=dict(xatol=1e-12, fatol=1e-12, maxiter=20000))
                sp = dict(zip(free, r.x))
                sll = mp_loglik(fam, sp, X, W)
                src.append(f"scipy.optimize.minimize(-sum(w*{scipy_dist(fam, s0).dist.name}.logpdf/logpmf), "
                           f"Nelder-Mead) -> {pstr(fam, sp)} ll={fmt(sll)}")
                cands.append((sll, sp))
            if rp is not None:
                cands.append((mp_loglik(fam, rp, X, W), rp))
            if cf is not None:
                p, note = cf
                p = {**{k: mp.mpf(v) for k, v in p.items()}, **fixed}
                src.append(note)
                if fam == "pareto":
                    p2, se2, note2 = polish_mle(fam, p, ["shape"], X, W)
                    se = {"shape": se2["shape"]}
                    src.append("SE of shape conditional on scale=min(x): " + note2)
                elif fam == "laplace":
                    _, se2, _ = polish_mle(fam, p, ["scale"], X, W)
                    se = {"scale": se2["scale"]}
                    src.append("SE of scale only (the log-likelihood is not differentiable in location)")
                elif fam == "bernoulli":
                    _, se, _ = polish_mle(fam, p, ["p"], X, W)
            else:
                best = max(cands, key=lambda t: t[0])
                p, se, note = polish_mle(fam, best[1], free, X, W)
                src.append("polished from the best of these: " + note)
    elif method == "mm":
        p, note = mm_closed(fam, x, fixed)
        p = {**p, **{k: mp.mpf(v) for k, v in fixed.items()}}
        src.append("polished: exact moment equations in mpmath, variance with divisor n: " + note)
        if fam == "negativebinomial":
            rr = R.get("nbinom-free-size-mme-negativebinomial")
            if rr:
                src.append(f"for comparison, closed-form MME with non-integer size: R {rr['call']} -> "
                           f"{';'.join(f'{k}={v!r}' for k, v in rr['est'].items())}")
    elif method == "qme":
        if rp is not None:
            start = rp
        elif fam == "cauchy":
            start = dict(location=np.median(x), scale=0.5 * st.iqr(x))
        else:
            start = mm_closed(fam, x, fixed)[0]
        p, note = qme_solve(fam, x, rw["options"]["probs"], start)
        src.append("polished: " + note)
    else:
        gof = method[4:]
        start = rp or {k: float(v) for k, v in mm_closed(fam, x, fixed)[0].items()}
        p, val, note = mge_polish(fam, x, gof, start)
        rw["options"] = dict(rw["options"], statistic=fmt(val))
        src.append("polished: " + note)
        if rp is not None:
            src.append(f"{gof} at R's estimate = {fmt(gof_mp(fam, rp, [mp.mpf(v) for v in np.sort(x)], gof))}")
    ll = mp_loglik(fam, p, X, W)
    opts = rw["options"]
    ostr = "-"
    if opts:
        parts = []
        for k, v in opts.items():
            parts.append(f"{k}=" + (";".join(repr(q) for q in v) if isinstance(v, tuple) else str(v)))
        ostr = ";".join(parts)
    fstr = ";".join(f"{k}={fmtp(fam, k, v)}" for k, v in rw["fixed"].items()) or "-"
    sestr = ";".join(f"{k}={fmt(v)}" for k, v in se.items()) if se else "-"
    return [rw["id"], fam, rw["data"], method, fstr, ostr, pstr(fam, p), fmt(ll), sestr, "; ".join(src)]


def main():
    define_rows()
    if "--no-data" not in sys.argv:
        generate()
    if "--no-r" not in sys.argv:
        run_r()
    R = read_r()
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = []
    os.makedirs(".cache", exist_ok=True)
    for rw in ROWS:
        cache = os.path.join(".cache", rw["id"] + ".tsv")
        if only and not any(o in rw["id"] for o in only):
            if "--assemble" in sys.argv and os.path.exists(cache):
                out.append(re.sub(r"np\.float64\(([^)]*)\)", r"\1", open(cache).read()).rstrip("\n").split("\t"))
            continue
        t0 = time.time()
        r = compute(rw, R)
        print(f"{time.time() - t0:6.1f}s  " + "\t".join(r[:8]), flush=True)
        open(cache, "w").write("\t".join(c.replace("\t", " ") for c in r) + "\n")
        out.append(r)
    if "--assemble" in sys.argv:
        only = []
    if not only:
        with open("references.tsv", "w") as fh:
            fh.write("id\tfamily\tdata\tmethod\tfixed\toptions\tparams\tlogLik\tse\tsource\n")
            for r in out:
                fh.write("\t".join(c.replace("\t", " ") for c in r) + "\n")
    print("scipy", scipy.__version__, "mpmath", mp.__version__)


if __name__ == "__main__":
    main()
