"""Family definitions in ProbScope's parameterisation, for make_fit_references.py.

Each family has: its ProbScope parameter names, a SciPy frozen distribution (float64 work: start values,
optimisation, rvs), an mpmath log-density (high-precision log-likelihood, score, Hessian) and, for the
continuous ones used by MGE/QME, mpmath cdf and survival functions.
Parameterisations follow model/src/main/java/org/probscope/model/distribution/*Families.java.
"""

import math

import mpmath as mp
import numpy as np
import scipy.stats as st

PARAMS = {
    "normal": ["mean", "sd"],
    "lognormal": ["mu", "sigma"],
    "exponential": ["rate"],
    "gamma": ["shape", "scale"],
    "beta": ["alpha", "beta"],
    "uniform": ["lower", "upper"],
    "studentt": ["df"],
    "affine(studentt)": ["df", "shift", "scale"],
    "chisquared": ["df"],
    "affine(chisquared)": ["df", "shift", "scale"],
    "f": ["df1", "df2"],
    "cauchy": ["location", "scale"],
    "weibull": ["shape", "scale"],
    "laplace": ["location", "scale"],
    "logistic": ["location", "scale"],
    "gumbel": ["location", "scale"],
    "pareto": ["scale", "shape"],
    "triangular": ["lower", "mode", "upper"],
    "levy": ["location", "scale"],
    "truncatednormal": ["mean", "sd", "lower", "upper"],
    "binomial": ["trials", "p"],
    "poisson": ["mean"],
    "geometric": ["p"],
    "negativebinomial": ["successes", "p"],
    "hypergeometric": ["population", "successes", "draws"],
    "uniformdiscrete": ["lower", "upper"],
    "zipf": ["elements", "exponent"],
    "bernoulli": ["p"],
}
DISCRETE = {
    "binomial",
    "poisson",
    "geometric",
    "negativebinomial",
    "hypergeometric",
    "uniformdiscrete",
    "zipf",
    "bernoulli",
}


def scipy_dist(fam, p):
    """SciPy frozen distribution equal to ProbScope's fam(p)."""
    g = p.get
    if fam == "normal":
        return st.norm(g("mean"), g("sd"))
    if fam == "lognormal":
        return st.lognorm(g("sigma"), scale=math.exp(g("mu")))
    if fam == "exponential":
        return st.expon(scale=1 / g("rate"))
    if fam == "gamma":
        return st.gamma(g("shape"), scale=g("scale"))
    if fam == "beta":
        return st.beta(g("alpha"), g("beta"))
    if fam == "uniform":
        return st.uniform(g("lower"), g("upper") - g("lower"))
    if fam == "studentt":
        return st.t(g("df"))
    if fam == "affine(studentt)":
        return st.t(g("df"), loc=g("shift"), scale=g("scale"))
    if fam == "chisquared":
        return st.chi2(g("df"))
    if fam == "affine(chisquared)":
        return st.chi2(g("df"), loc=g("shift"), scale=g("scale"))
    if fam == "f":
        return st.f(g("df1"), g("df2"))
    if fam == "cauchy":
        return st.cauchy(g("location"), g("scale"))
    if fam == "weibull":
        return st.weibull_min(g("shape"), scale=g("scale"))
    if fam == "laplace":
        return st.laplace(g("location"), g("scale"))
    if fam == "logistic":
        return st.logistic(g("location"), g("scale"))
    if fam == "gumbel":
        return st.gumbel_r(g("location"), g("scale"))
    if fam == "pareto":
        return st.pareto(g("shape"), scale=g("scale"))
    if fam == "triangular":
        a, c, b = g("lower"), g("mode"), g("upper")
        return st.triang((c - a) / (b - a), loc=a, scale=b - a)
    if fam == "levy":
        return st.levy(g("location"), g("scale"))
    if fam == "truncatednormal":
        m, s = g("mean"), g("sd")
        return st.truncnorm((g("lower") - m) / s, (g("upper") - m) / s, loc=m, scale=s)
    if fam == "binomial":
        return st.binom(int(g("trials")), g("p"))
    if fam == "poisson":
        return st.poisson(g("mean"))
    if fam == "geometric":
        return st.geom(g("p"), loc=-1)  # SciPy counts trials; ProbScope failures
    if fam == "negativebinomial":
        return st.nbinom(g("successes"), g("p"))
    if fam == "hypergeometric":
        return st.hypergeom(int(g("population")), int(g("successes")), int(g("draws")))
    if fam == "uniformdiscrete":
        return st.randint(int(g("lower")), int(g("upper")) + 1)
    if fam == "zipf":
        return st.zipfian(g("exponent"), int(g("elements")))
    if fam == "bernoulli":
        return st.bernoulli(g("p"))
    raise ValueError(fam)


def float_loglik(fam, p, x, w):
    d = scipy_dist(fam, p)
    lp = d.logpmf(x) if fam in DISCRETE else d.logpdf(x)
    return float(np.sum(w * lp))


# ---------------------------------------------------------------- mpmath
def _lbeta(a, b):
    return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def _lchoose(n, k):
    return mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1)


def mp_loglik(fam, p, X, W):
    """Σ wᵢ ln f(xᵢ; p) in mpmath; X, W lists of mpf; p dict of mpf. -inf outside the support."""
    g = lambda k: mp.mpf(p[k])
    ninf = mp.ninf
    S = mp.fsum(W)

    def tot(const, per):
        vals = []
        for x, w in zip(X, W):
            v = per(x)
            if v == ninf:
                return ninf
            vals.append(w * v)
        return S * const + mp.fsum(vals)

    if fam == "normal":
        m, s = g("mean"), g("sd")
        if s <= 0:
            return ninf
        return tot(-mp.log(s) - mp.log(2 * mp.pi) / 2, lambda x: -(((x - m) / s) ** 2) / 2)
    if fam == "lognormal":
        m, s = g("mu"), g("sigma")
        if s <= 0:
            return ninf
        return tot(
            -mp.log(s) - mp.log(2 * mp.pi) / 2,
            lambda x: -mp.log(x) - ((mp.log(x) - m) / s) ** 2 / 2 if x > 0 else ninf,
        )
    if fam == "exponential":
        r = g("rate")
        if r <= 0:
            return ninf
        return tot(mp.log(r), lambda x: -r * x if x >= 0 else ninf)
    if fam in ("gamma", "chisquared", "affine(chisquared)"):
        if fam == "gamma":
            k, th, loc, sc = g("shape"), g("scale"), 0, 1
        else:
            k, th = g("df") / 2, mp.mpf(2)
            loc, sc = (g("shift"), g("scale")) if fam.startswith("affine") else (0, 1)
        if k <= 0 or th <= 0 or sc <= 0:
            return ninf

        def per(x):
            z = (x - loc) / sc
            return (k - 1) * mp.log(z) - z / th if z > 0 else ninf

        return tot(-mp.loggamma(k) - k * mp.log(th) - mp.log(sc), per)
    if fam == "beta":
        a, b = g("alpha"), g("beta")
        if a <= 0 or b <= 0:
            return ninf
        return tot(
            -_lbeta(a, b),
            lambda x: (a - 1) * mp.log(x) + (b - 1) * mp.log(1 - x) if 0 < x < 1 else ninf,
        )
    if fam == "uniform":
        a, b = g("lower"), g("upper")
        return tot(-mp.log(b - a), lambda x: 0 if a <= x <= b else ninf)
    if fam in ("studentt", "affine(studentt)"):
        nu = g("df")
        loc, sc = (g("shift"), g("scale")) if fam.startswith("affine") else (0, 1)
        if nu <= 0 or sc <= 0:
            return ninf
        c = (
            mp.loggamma((nu + 1) / 2)
            - mp.loggamma(nu / 2)
            - mp.log(nu * mp.pi) / 2
            - mp.log(sc)
        )
        return tot(c, lambda x: -(nu + 1) / 2 * mp.log1p(((x - loc) / sc) ** 2 / nu))
    if fam == "f":
        d1, d2 = g("df1"), g("df2")
        if d1 <= 0 or d2 <= 0:
            return ninf
        c = d1 / 2 * mp.log(d1) + d2 / 2 * mp.log(d2) - _lbeta(d1 / 2, d2 / 2)
        return tot(
            c,
            lambda x: (d1 / 2 - 1) * mp.log(x) - (d1 + d2) / 2 * mp.log(d2 + d1 * x)
            if x > 0
            else ninf,
        )
    if fam == "cauchy":
        m, s = g("location"), g("scale")
        if s <= 0:
            return ninf
        return tot(-mp.log(mp.pi * s), lambda x: -mp.log1p(((x - m) / s) ** 2))
    if fam == "weibull":
        k, lam = g("shape"), g("scale")
        if k <= 0 or lam <= 0:
            return ninf
        return tot(
            mp.log(k) - mp.log(lam),
            lambda x: (k - 1) * mp.log(x / lam) - (x / lam) ** k if x > 0 else ninf,
        )
    if fam == "laplace":
        m, b = g("location"), g("scale")
        if b <= 0:
            return ninf
        return tot(-mp.log(2 * b), lambda x: -abs(x - m) / b)
    if fam == "logistic":
        m, s = g("location"), g("scale")
        if s <= 0:
            return ninf

        def per(x):
            z = -abs((x - m) / s)  # symmetric density: use the negative side for stability
            return z - 2 * mp.log1p(mp.exp(z))

        return tot(-mp.log(s), per)
    if fam == "gumbel":
        m, b = g("location"), g("scale")
        if b <= 0:
            return ninf
        return tot(-mp.log(b), lambda x: -(x - m) / b - mp.exp(-(x - m) / b))
    if fam == "pareto":
        xm, a = g("scale"), g("shape")
        if xm <= 0 or a <= 0:
            return ninf
        return tot(mp.log(a) + a * mp.log(xm), lambda x: -(a + 1) * mp.log(x) if x >= xm else ninf)
    if fam == "triangular":
        a, c, b = g("lower"), g("mode"), g("upper")

        def per(x):
            if x < a or x > b:
                return ninf
            if x < c:
                return mp.log(2 * (x - a) / ((b - a) * (c - a)))
            if x > c:
                return mp.log(2 * (b - x) / ((b - a) * (b - c)))
            return mp.log(2 / (b - a))

        return tot(0, per)
    if fam == "levy":
        m, c = g("location"), g("scale")
        if c <= 0:
            return ninf
        return tot(
            mp.log(c / (2 * mp.pi)) / 2,
            lambda x: -c / (2 * (x - m)) - mp.mpf(3) / 2 * mp.log(x - m) if x > m else ninf,
        )
    if fam == "truncatednormal":
        m, s, a, b = g("mean"), g("sd"), g("lower"), g("upper")
        if s <= 0:
            return ninf
        z = mp.ncdf((b - m) / s) - mp.ncdf((a - m) / s)
        return tot(
            -mp.log(s) - mp.log(2 * mp.pi) / 2 - mp.log(z),
            lambda x: -(((x - m) / s) ** 2) / 2 if a <= x <= b else ninf,
        )
    if fam == "binomial":
        n, q = g("trials"), g("p")
        if not 0 < q < 1:
            return ninf
        return tot(
            0, lambda x: _lchoose(n, x) + x * mp.log(q) + (n - x) * mp.log1p(-q) if x <= n else ninf
        )
    if fam == "poisson":
        lam = g("mean")
        if lam <= 0:
            return ninf
        return tot(-lam, lambda x: x * mp.log(lam) - mp.loggamma(x + 1))
    if fam == "geometric":
        q = g("p")
        if not 0 < q < 1:
            return ninf
        return tot(mp.log(q), lambda x: x * mp.log1p(-q))
    if fam == "negativebinomial":
        r, q = g("successes"), g("p")
        if not 0 < q < 1 or r <= 0:
            return ninf
        return tot(
            r * mp.log(q) - mp.loggamma(r),
            lambda x: mp.loggamma(x + r) - mp.loggamma(x + 1) + x * mp.log1p(-q),
        )
    if fam == "hypergeometric":
        N, K, n = g("population"), g("successes"), g("draws")

        def per(x):
            if x > K or n - x > N - K or x < 0 or x > n:
                return ninf
            return _lchoose(K, x) + _lchoose(N - K, n - x)

        return tot(-_lchoose(N, n), per)
    if fam == "uniformdiscrete":
        a, b = g("lower"), g("upper")
        return tot(-mp.log(b - a + 1), lambda x: 0 if a <= x <= b else ninf)
    if fam == "zipf":
        N, s = int(p["elements"]), g("exponent")
        H = mp.fsum(mp.mpf(k) ** (-s) for k in range(1, N + 1))
        return tot(-mp.log(H), lambda x: -s * mp.log(x) if 1 <= x <= N else ninf)
    if fam == "bernoulli":
        q = g("p")
        if not 0 < q < 1:
            return ninf
        return tot(0, lambda x: mp.log(q) if x == 1 else mp.log1p(-q))
    raise ValueError(fam)


def mp_cdf_sf(fam, p, x):
    """(F(x), S(x)) in mpmath for the continuous families used by QME/MGE, each computed directly."""
    g = lambda k: mp.mpf(p[k])
    if fam == "normal":
        z = (x - g("mean")) / g("sd")
        return mp.ncdf(z), mp.ncdf(-z)
    if fam == "lognormal":
        z = (mp.log(x) - g("mu")) / g("sigma")
        return mp.ncdf(z), mp.ncdf(-z)
    if fam == "exponential":
        e = mp.exp(-g("rate") * x)
        return -mp.expm1(-g("rate") * x), e
    if fam == "gamma":
        k, t = g("shape"), g("scale")
        return (
            mp.gammainc(k, 0, x / t, regularized=True),
            mp.gammainc(k, x / t, mp.inf, regularized=True),
        )
    if fam == "weibull":
        u = (x / g("scale")) ** g("shape")
        return -mp.expm1(-u), mp.exp(-u)
    if fam == "beta":
        a, b = g("alpha"), g("beta")
        F = mp.betainc(a, b, 0, x, regularized=True)
        S = mp.betainc(b, a, 0, 1 - x, regularized=True) if F > 0.5 else 1 - F
        return F, S
    if fam == "logistic":
        z = (x - g("location")) / g("scale")
        return 1 / (1 + mp.exp(-z)), 1 / (1 + mp.exp(z))
    if fam == "cauchy":
        z = (x - g("location")) / g("scale")
        return mp.mpf(1) / 2 + mp.atan(z) / mp.pi, mp.mpf(1) / 2 - mp.atan(z) / mp.pi
    raise ValueError(fam)
