#!/usr/bin/env python3
"""Writes the arbitrary-precision reference values that DiscreteReferenceTest reads.

Run from the repository root (mpmath 1.3 and SciPy 1.17; the committed files were made with
mpmath 1.3.0, SciPy 1.17.1):

    python3 model/src/test/python/make_discrete_reference.py            # every family
    python3 model/src/test/python/make_discrete_reference.py poisson    # one family

It writes model/src/test/resources/org/probscope/model/distribution/discrete/<family>.csv.
Every value is computed with mpmath at 60 significant digits and rounded once to a double:

- log masses from mpmath.loggamma (binomial coefficients, Poisson and negative binomial) or
  directly (Zipf k^-s / H(N, s)); masses are their exponentials;
- cdf and sf by exact summation of the mass, started at x and run outward into the nearer tail
  with the ratio p(k+1)/p(k) of each family (an exact rational expression in the parameters),
  until a term falls below 1e-70 of the partial sum past the mode; the other side is 1 minus it
  at 60 digits. Cross-checks: Poisson against mpmath.gammainc (regularised, Q(x+1, λ)), the
  negative binomial against the binomial identity P(X <= x) = P(Binomial(x + r, p) >= r) summed
  over r terms, which is also how the cdf is taken where the summation would need too many terms,
  and Zipf's normalising sum H(N, s) against the Hurwitz zeta, ζ(s, 1) - ζ(s, N+1) (digamma at
  s = 1); each file's header counts the points cross-checked;
- quantiles as the smallest whole k with F(k) >= p, inverse survival as the smallest k with
  S(k) <= q, each verified by evaluating the exact F (or S) at k and k - 1; p is the double
  itself (p = 1 - 1e-15 is 0.99999999999999900080, and so on);
- mean, variance, skewness and excess kurtosis from the closed forms (Wikipedia's page of each
  family, the same as SciPy's _stats) evaluated in mpmath, Zipf's from the sums H(N, s - j);
- entropy -Σ p ln p by exact summation over every k whose mass is above 1e-70 of the largest,
  or, where that is more than 3e6 terms (the negative binomial with a tiny p), by mpmath.sumem
  (Euler-Maclaurin summation of the mass continued by loggamma) after 2000 exact terms, and by
  the geometric closed form at successes = 1;
- modes by comparing the exact masses around the closed-form candidate.

Data lines are

    spec;quantity;argument;value;scipy[;margin]

quantity: pmf, logpmf, cdf, sf, logcdf, logsf, hazard (P(X = x) / P(X >= x)) at x; ppf at p;
isf at q; mean, var, skew, kurt, entropy; modes ("3 4" for two modes, "interval 1 6" for every
whole number between); value is the mpmath reference and scipy SciPy 1.17's answer to the same
question (pmf, logpmf, cdf, sf, logcdf, logsf, ppf, isf, stats(moments='mvsk'), entropy), kept
for the record only: the Java test reads the reference. ppf and isf lines end with the margin,
the relative distance of F(k) and F(k - 1) (or S) from p (or q), measured on the side a double
computation can resolve (for p > 1/2 on S against 1 - p): 0 for an exact tie such as F(0) = 1/2
for bernoulli(0.5), which a correct double computation gets exactly. Lines starting with '#' are comments;
'# scipy differs' lines list where SciPy is more than 1e-9 relative off the reference (or off by
one for a quantile), and '# tie' lines quantiles whose F(k) or F(k - 1) lies within 1e-12
relative of p.

Values print with repr() so they round-trip; Infinity, -Infinity and NaN as Java reads them.
"""
import math
import os
import sys
import time

import mpmath as mp
import numpy as np
import scipy
from scipy import stats

mp.mp.dps = 60
EPS = mp.mpf(10) ** -70
FIXED = 400
CHECKS = {}  # cross-checks made, by kind, reported in each file's header
STOP_BITS = 240  # a tail sum stops at a term below 2^-240 (1.8e-72) of the sum

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model",
                   "distribution", "discrete")

P_POINTS = [1e-300, 1e-100, 1e-15, 1e-6, 0.1, 0.5, 0.9, 1 - 1e-6, 1 - 1e-15]
Q_POINTS = [1e-6, 1e-15, 1e-100, 1e-300]
# x points at these exact lower- and upper-tail levels (found as ppf / isf of the reference)
X_LOWER_LEVELS = [1e-300, 1e-100, 1e-15, 0.1, 0.5]
X_UPPER_LEVELS = [0.1, 1e-15, 1e-100, 1e-300]
# log-levels beyond the double range: x where ln F(x) (or ln S(x)) is about -2000
LOG_LEVEL_BEYOND = mp.mpf(-2000)


def f(x):
    return mp.mpf(x)


class Law:
    """An exact discrete law on [lo, hi] (hi may be mp.inf), with its SciPy twin."""

    scipy_call = ""

    def logpmf(self, k):
        raise NotImplementedError

    def ratio(self, k):
        """p(k + 1) / p(k) for lo <= k < hi."""
        raise NotImplementedError

    def pmf(self, k):
        if k < self.lo or k > self.hi:
            return f(0)
        return mp.exp(self.logpmf(k))

    # -- tail sums --------------------------------------------------------------------------
    # The ratio p(k + 1) / p(k) of every family is an exact rational number (the parameters are
    # doubles, themselves dyadic rationals), so the sums run in exact fixed-point integers:
    # each term is the previous one times num // den, in units of 2^-FIXED of the first term;
    # the truncations add at most one unit per term, 2^-380 of the sum after 10^6 terms.

    def ratio_int(self, k):
        """(num, den), whole numbers with p(k + 1) / p(k) = num / den, for lo <= k < hi."""
        raise NotImplementedError

    def sum_down(self, k):
        """Σ_{j <= k} p(j), k in the support."""
        one = 1 << FIXED
        t = one
        s = one
        j = k
        while j > self.lo:
            num, den = self.ratio_int(j - 1)
            if num == 0:
                break
            t = t * den // num
            j -= 1
            s += t
            if j < self.mode_hint and t < (s >> STOP_BITS):
                break
        return self.pmf(k) * s / one

    def sum_up(self, k):
        """Σ_{j >= k} p(j), k in the support."""
        one = 1 << FIXED
        t = one
        s = one
        j = k
        while j < self.hi:
            num, den = self.ratio_int(j)
            t = t * num // den
            j += 1
            s += t
            if t == 0 or (j > self.mode_hint and t < (s >> STOP_BITS)):
                break
        return self.pmf(k) * s / one

    def cdf_sf(self, x):
        """(F(x), S(x)) for whole x."""
        if x < self.lo:
            return f(0), f(1)
        if x >= self.hi:
            return f(1), f(0)
        if x < self.mode_hint:
            c = self.sum_down(x)
            return c, 1 - c
        s = self.sum_up(x + 1)
        return 1 - s, s

    # -- summary ----------------------------------------------------------------------------

    def entropy(self):
        lo, hi = self.window()
        if hi - lo > 3_000_000:
            return self.entropy_smooth(lo, hi)
        # outward from the mode, each side until a term is below EPS of the sum past the mode
        m = self.mode_hint
        lp_mode = self.logpmf(m)
        total = -mp.exp(lp_mode) * lp_mode
        for direction in (+1, -1):
            lp = lp_mode
            k = m
            while True:
                nxt = k + direction
                if nxt < self.lo or nxt > self.hi:
                    break
                r = self.ratio(k) if direction > 0 else 1 / self.ratio(nxt)
                if r == 0:
                    break
                lp += mp.log(r)
                k = nxt
                t = -mp.exp(lp) * lp
                total += t
                if abs(k - m) > 2 and lp < -1 and abs(t) <= EPS * abs(total):
                    break
        return total

    def entropy_smooth(self, lo, hi):
        raise NotImplementedError

    def window(self):
        """[lo, hi] holding every k whose mass is above EPS of the mode's."""
        m = self.mode_hint
        top = self.logpmf(m)
        cut = top + mp.log(EPS)

        def search(direction, limit):
            step = 1
            inner = m
            while True:
                k = m + direction * step
                if (direction < 0 and k <= limit) or (direction > 0 and k >= limit):
                    return limit
                if self.logpmf(k) < cut:
                    outer = k
                    break
                inner = k
                step *= 2
            while abs(outer - inner) > 1:
                mid = (outer + inner) // 2
                if self.logpmf(mid) < cut:
                    outer = mid
                else:
                    inner = mid
            return inner

        lo = search(-1, self.lo)
        hi = search(+1, self.hi if self.hi != mp.inf else 10**15)
        return int(lo), int(hi)

    def modes(self):
        """Every k with the largest mass, found around the closed-form candidate."""
        c = self.mode_hint
        ks = [k for k in range(c - 2, c + 3) if self.lo <= k <= self.hi]
        lps = {k: self.logpmf(k) for k in ks}
        top = max(lps.values())
        # masses equal to 1e-13 relative tie: the parameters are doubles standing for decimals, so
        # binomial(trials=9, p=0.1) has modes 0 and 1 though 0.1 as a double is 0.1 + 5.6e-18
        best = [k for k in ks if abs(lps[k] - top) <= mp.mpf(10) ** -13]
        return best


def lchoose(n, k):
    return mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1)


class Binomial(Law):
    def __init__(self, n, p):
        self.n, self.p = int(n), f(p)
        self.q = 1 - self.p
        self.lo = 0 if self.p < 1 else self.n
        self.hi = self.n if self.p > 0 else 0
        self.mode_hint = min(max(int(mp.floor((self.n + 1) * self.p)), self.lo), self.hi)
        self.scipy = stats.binom(n=self.n, p=float(p))
        self.scipy_call = f"stats.binom(n={self.n}, p={float(p)!r})"

    def logpmf(self, k):
        if k < self.lo or k > self.hi:
            return -mp.inf
        if self.p == 0 or self.p == 1:
            return f(0)
        # log1p: at 60 digits 1 - p rounds to 1 for p = 1e-300
        return lchoose(self.n, k) + k * mp.log(self.p) + (self.n - k) * mp.log1p(-self.p)

    def ratio(self, k):
        return (self.n - k) / f(k + 1) * self.p / self.q

    def ratio_int(self, k):
        a, b = float(self.p).as_integer_ratio()
        return (self.n - k) * a, (k + 1) * (b - a)

    def moments(self):
        n, p, q = self.n, self.p, self.q
        mean, var = n * p, n * p * q
        if var == 0:
            return mean, var, mp.nan, mp.nan
        return mean, var, (q - p) / mp.sqrt(var), (1 - 6 * p * q) / var


class Bernoulli(Binomial):
    def __init__(self, p):
        super().__init__(1, p)
        self.scipy = stats.bernoulli(p=float(p))
        self.scipy_call = f"stats.bernoulli(p={float(p)!r})"


class Poisson(Law):
    def __init__(self, lam):
        self.lam = f(lam)
        self.sd = mp.sqrt(self.lam)
        self.lo, self.hi = 0, mp.inf
        self.mode_hint = int(mp.floor(self.lam))
        self.scipy = stats.poisson(mu=float(lam))
        self.scipy_call = f"stats.poisson(mu={float(lam)!r})"

    def logpmf(self, k):
        if k < 0:
            return -mp.inf
        return k * mp.log(self.lam) - self.lam - mp.loggamma(k + 1)

    def ratio(self, k):
        return self.lam / (k + 1)

    def ratio_int(self, k):
        a, b = float(self.lam).as_integer_ratio()
        return a, b * (k + 1)

    def cdf_sf(self, x):
        c, s = super().cdf_sf(x)
        if 0 <= x:
            # independent check: Q(x + 1, λ) = P(X <= x), P(x + 1, λ) = P(X > x), where mpmath's
            # hypergeometric series converge (they give up near λ = 1e9; counted in the header)
            try:
                g = mp.gammainc(x + 1, self.lam, mp.inf, regularized=True)
                h = mp.gammainc(x + 1, 0, self.lam, regularized=True)
            except mp.libmp.libhyper.NoConvergence:
                CHECKS["poisson gammainc skipped"] = CHECKS.get("poisson gammainc skipped", 0) + 1
                return c, s
            for mine, theirs in ((c, g), (s, h)):
                if abs(mine - theirs) > mp.mpf(10) ** -40 * max(abs(theirs), mp.mpf(10) ** -3000):
                    raise AssertionError(f"poisson({self.lam}) at {x}: {mine} vs gammainc {theirs}")
            CHECKS["poisson gammainc agreed"] = CHECKS.get("poisson gammainc agreed", 0) + 1
        return c, s

    def moments(self):
        lam = self.lam
        return lam, lam, 1 / mp.sqrt(lam), 1 / lam

    def entropy_smooth(self, lo, hi):
        return smooth_entropy(self, lo, hi)


class Geometric(Law):
    """Failures before the first success: p (1-p)^k."""

    def __init__(self, p):
        self.p = f(p)
        self.q = 1 - self.p
        self.lo = 0
        self.hi = mp.inf if self.p < 1 else 0
        self.mode_hint = 0
        self.scipy = stats.geom(p=float(p), loc=-1)
        self.scipy_call = f"stats.geom(p={float(p)!r}, loc=-1)"

    def logpmf(self, k):
        if k < 0 or k > self.hi:
            return -mp.inf
        if self.p == 1:
            return f(0)
        return mp.log(self.p) + k * mp.log1p(-self.p)

    def ratio(self, k):
        return self.q

    def cdf_sf(self, x):
        if x < 0:
            return f(0), f(1)
        if x >= self.hi:
            return f(1), f(0)
        s = mp.exp((x + 1) * mp.log1p(-self.p))
        return 1 - s, s

    def moments(self):
        p, q = self.p, self.q
        if q == 0:
            return f(0), f(0), mp.nan, mp.nan
        return q / p, q / p**2, (2 - p) / mp.sqrt(q), 6 + p**2 / q

    def entropy(self):
        p, q = self.p, self.q
        if q == 0:
            return f(0)
        return (-q * mp.log(q) - p * mp.log(p)) / p


class NegativeBinomial(Law):
    """Failures before the r-th success: C(k + r - 1, k) p^r (1-p)^k."""

    def __init__(self, r, p):
        self.r, self.p = int(r), f(p)
        self.q = 1 - self.p
        self.lo = 0
        self.hi = mp.inf if self.p < 1 else 0
        self.mode_hint = 0 if self.r <= 1 else int(mp.floor((self.r - 1) * self.q / self.p))
        self.scipy = stats.nbinom(n=self.r, p=float(p))
        self.scipy_call = f"stats.nbinom(n={self.r}, p={float(p)!r})"
        self.sd = mp.sqrt(self.r * self.q) / self.p

    def logpmf(self, k):
        if k < 0 or k > self.hi:
            return -mp.inf
        if self.p == 1:
            return f(0)
        return (mp.loggamma(k + self.r) - mp.loggamma(k + 1) - mp.loggamma(self.r)
                + self.r * mp.log(self.p) + k * mp.log1p(-self.p))

    def ratio(self, k):
        return (k + self.r) / f(k + 1) * self.q

    def ratio_int(self, k):
        a, b = float(self.p).as_integer_ratio()
        return (k + self.r) * (b - a), (k + 1) * b

    def cdf_by_binomial(self, x):
        """P(X <= x) = P(Binomial(x + r, p) >= r), each side summed where it is the tail."""
        n = x + self.r
        p, q = self.p, self.q

        def b(j):
            return mp.exp(lchoose(n, j) + j * mp.log(p) + (n - j) * mp.log(q))

        if n * p < self.r:
            # c = Σ_{j >= r} b(j), decreasing from j = r
            j = self.r
            t = b(j)
            c = t
            while j < n:
                t = t * (n - j) / (j + 1) * p / q
                j += 1
                c += t
                if t < c * EPS:
                    break
            return c, 1 - c
        # s = Σ_{j < r} b(j), decreasing from j = r - 1 downward
        j = self.r - 1
        t = b(j)
        s = t
        while j > 0:
            t = t * j / (n - j + 1) * q / p
            j -= 1
            s += t
            if t < s * EPS:
                break
        return 1 - s, s

    def cdf_sf(self, x):
        if x < 0:
            return f(0), f(1)
        if x >= self.hi:
            return f(1), f(0)
        # summing the mass takes ~ 40 sd terms; the identity r at most: each checks the other
        # where both are cheap
        if self.r < 30 * self.sd:
            c, s = self.cdf_by_binomial(x)
            if self.sd < 5000:
                self.check(x, (c, s), super().cdf_sf(x))
            return c, s
        c, s = super().cdf_sf(x)
        if self.r <= 5000:
            self.check(x, self.cdf_by_binomial(x), (c, s))
        return c, s

    def check(self, x, mine, theirs):
        for a, b in zip(mine, theirs):
            if abs(a - b) > mp.mpf(10) ** -40 * max(b, mp.mpf(10) ** -3000):
                raise AssertionError(f"negbin identity at {x}: {a} vs {b}")
        CHECKS["negativebinomial identity agreed"] = (
            CHECKS.get("negativebinomial identity agreed", 0) + 1)

    def moments(self):
        r, p, q = self.r, self.p, self.q
        if q == 0:
            return f(0), f(0), mp.nan, mp.nan
        return r * q / p, r * q / p**2, (2 - p) / mp.sqrt(r * q), 6 / f(r) + p**2 / (r * q)

    def entropy_smooth(self, lo, hi):
        if self.r == 1:
            # the geometric distribution's closed form (Wikipedia "Geometric distribution")
            return (-self.q * mp.log(self.q) - self.p * mp.log(self.p)) / self.p
        return smooth_entropy(self, lo, hi)


class Hypergeometric(Law):
    def __init__(self, N, K, n):
        self.N, self.K, self.n = int(N), int(K), int(n)
        self.lo = max(0, self.n + self.K - self.N)
        self.hi = min(self.n, self.K)
        c = (self.n + 1) * (self.K + 1) // (self.N + 2)
        self.mode_hint = min(max(c, self.lo), self.hi)
        self.scipy = stats.hypergeom(M=self.N, n=self.K, N=self.n)
        self.scipy_call = f"stats.hypergeom(M={self.N}, n={self.K}, N={self.n})"

    def logpmf(self, k):
        if k < self.lo or k > self.hi:
            return -mp.inf
        return (lchoose(f(self.K), f(k)) + lchoose(f(self.N - self.K), f(self.n - k))
                - lchoose(f(self.N), f(self.n)))

    def ratio(self, k):
        N, K, n = self.N, self.K, self.n
        return f((K - k) * (n - k)) / f((k + 1) * (N - K - n + k + 1))

    def ratio_int(self, k):
        N, K, n = self.N, self.K, self.n
        return (K - k) * (n - k), (k + 1) * (N - K - n + k + 1)

    def moments(self):
        N, K, n = f(self.N), f(self.K), f(self.n)
        mean = n * K / N
        var = n * K * (N - K) * (N - n) / (N * N * (N - 1)) if N > 1 else f(0)
        if var == 0:
            return mean, var, mp.nan, mp.nan
        # central moments by exact summation (the closed forms divide by N - 2 and N - 3)
        if self.hi - self.lo <= 4000:
            m2 = m3 = m4 = f(0)
            for k in range(self.lo, self.hi + 1):
                pk = self.pmf(k)
                d = k - mean
                m2 += pk * d * d
                m3 += pk * d**3
                m4 += pk * d**4
            return mean, m2, m3 / m2**1.5, m4 / m2**2 - 3
        skew = (N - 2 * K) * mp.sqrt(N - 1) * (N - 2 * n) / (
            mp.sqrt(n * K * (N - K) * (N - n)) * (N - 2))
        spread = n * K * (N - K) * (N - n)
        kurt = ((N - 1) * N * N * (N * (N + 1) - 6 * K * (N - K) - 6 * n * (N - n))
                + 6 * spread * (5 * N - 6)) / (spread * (N - 2) * (N - 3))
        return mean, var, skew, kurt


class UniformDiscrete(Law):
    def __init__(self, a, b):
        self.lo, self.hi = int(a), int(b)
        self.m = self.hi - self.lo + 1
        self.mode_hint = self.lo
        self.scipy = stats.randint(low=self.lo, high=self.hi + 1)
        self.scipy_call = f"stats.randint(low={self.lo}, high={self.hi + 1})"

    def logpmf(self, k):
        if k < self.lo or k > self.hi:
            return -mp.inf
        return -mp.log(self.m)

    def ratio(self, k):
        return f(1)

    def cdf_sf(self, x):
        if x < self.lo:
            return f(0), f(1)
        if x >= self.hi:
            return f(1), f(0)
        c = f(x - self.lo + 1) / self.m
        return c, f(self.hi - x) / self.m

    def moments(self):
        m = f(self.m)
        mean = (f(self.lo) + self.hi) / 2
        var = (m * m - 1) / 12
        if self.m == 1:
            return mean, var, mp.nan, mp.nan
        return mean, var, f(0), -6 * (m * m + 1) / (5 * (m * m - 1))

    def entropy(self):
        return mp.log(self.m)

    def modes(self):
        return ("interval", self.lo, self.hi) if self.m > 1 else [self.lo]


class Zipf(Law):
    def __init__(self, N, s):
        self.N, self.s = int(N), f(s)
        self.lo, self.hi = 1, self.N
        self.mode_hint = 1
        self.scipy = stats.zipfian(a=float(s), n=self.N)
        self.scipy_call = f"stats.zipfian(a={float(s)!r}, n={self.N})"
        self.weights = [mp.power(k, -self.s) for k in range(1, self.N + 1)]
        self.h = mp.fsum(self.weights)
        # tails[k] = Σ_{j > k} j^-s for k = 0..N
        tails = [f(0)] * (self.N + 1)
        acc = f(0)
        for k in range(self.N, 0, -1):
            tails[k] = acc
            acc += self.weights[k - 1]
        tails[0] = acc
        self.tails = tails
        if self.s != 1:
            z = mp.zeta(self.s, 1) - mp.zeta(self.s, self.N + 1)
        else:
            z = mp.digamma(self.N + 1) - mp.digamma(1)
        if abs(z - self.h) > mp.mpf(10) ** -45 * self.h:
            raise AssertionError(f"zipf H({N}, {s}): {self.h} vs zeta {z}")

    def logpmf(self, k):
        if k < 1 or k > self.N:
            return -mp.inf
        return -self.s * mp.log(k) - mp.log(self.h)

    def ratio(self, k):
        return (f(k) / (k + 1)) ** self.s

    def cdf_sf(self, x):
        if x < 1:
            return f(0), f(1)
        if x >= self.N:
            return f(1), f(0)
        s = self.tails[x] / self.h
        return 1 - s, s

    def moments(self):
        h = self.h
        mean = mp.fsum(w * k for k, w in enumerate(self.weights, 1)) / h
        m2 = mp.fsum(w * (k - mean) ** 2 for k, w in enumerate(self.weights, 1)) / h
        if self.N == 1:
            return mean, f(0), mp.nan, mp.nan
        m3 = mp.fsum(w * (k - mean) ** 3 for k, w in enumerate(self.weights, 1)) / h
        m4 = mp.fsum(w * (k - mean) ** 4 for k, w in enumerate(self.weights, 1)) / h
        return mean, m2, m3 / m2**1.5, m4 / m2**2 - 3

    def entropy(self):
        h = self.h
        return mp.fsum(w / h * (self.s * mp.log(k) + mp.log(h))
                       for k, w in enumerate(self.weights, 1))

    def modes(self):
        if self.s == 0 and self.N > 1:
            return ("interval", 1, self.N)
        return [1]


def smooth_entropy(law, lo, hi):
    """-Σ p ln p: the first 2000 terms exactly, the rest by mpmath.sumem (Euler-Maclaurin) of the
    continuous extension of the mass, its integral by mpmath.quad over pieces of half a standard
    deviation and the derivative corrections at the ends by mpmath.diff."""

    def term(x):
        lp = law.logpmf_continuous(x)
        return -mp.exp(lp) * lp

    a = lo + 2000
    head = mp.fsum(term(k) for k in range(lo, a))
    step = max(int(law.sd / 2), 1)
    points = list(range(a, hi, step)) + [hi]
    with mp.workdps(40):
        integral = mp.quad(term, points)
        return head + mp.sumem(term, [a, hi], integral=integral)


def nb_logpmf_continuous(self, x):
    return (mp.loggamma(x + self.r) - mp.loggamma(x + 1) - mp.loggamma(self.r)
            + self.r * mp.log(self.p) + x * mp.log1p(-self.p))


NegativeBinomial.logpmf_continuous = nb_logpmf_continuous
Poisson.logpmf_continuous = lambda self, x: x * mp.log(self.lam) - self.lam - mp.loggamma(x + 1)


# ---------------------------------------------------------------------------------------------

def quantile(law, p, cache):
    """Smallest whole k with F(k) >= p (p a double in (0, 1)); also the tie margin."""
    pm = f(p)

    def ok(k):
        c, s = cache(k)
        return c >= pm

    return search(law, ok, guess(law, "ppf", p), lambda k: margin(cache, k, pm, True))


def inverse_survival(law, q, cache):
    qm = f(q)

    def ok(k):
        c, s = cache(k)
        return s <= qm

    return search(law, ok, guess(law, "isf", q), lambda k: margin(cache, k, qm, False))


def margin(cache, k, level, lower):
    """Relative distance of F (or S) at k and k - 1 from the level, on the side that is exact:
    for a lower quantile both |F - p| / p and |S - (1 - p)| / (1 - p) count (the larger)."""
    out = []
    for j in (k, k - 1):
        c, s = cache(j)
        if lower:
            out.append(max(abs(c - level) / level, abs(s - (1 - level)) / (1 - level)))
        else:
            out.append(abs(s - level) / level)
    return min(out)


def guess(law, fn, v):
    try:
        g = float(getattr(law.scipy, fn)(v))
    except Exception:  # noqa: BLE001 - SciPy may fail at the extremes
        g = float("nan")
    if not math.isfinite(g):
        g = float(law.mode_hint)
    g = min(max(g, law.lo), law.hi if law.hi != mp.inf else 10**15)
    return int(g)


def search(law, ok, k, tie):
    lo_limit = law.lo
    if ok(k):
        # walk down: find j < k with not ok(j)
        step = 1
        hi = k
        while True:
            j = hi - step
            if j < lo_limit:
                j = lo_limit - 1
                break
            if not ok(j):
                break
            hi = j
            step *= 2
        lo = j
    else:
        step = 1
        lo = k
        while True:
            j = lo + step
            if law.hi != mp.inf and j > law.hi:
                j = int(law.hi)
                break
            if ok(j):
                break
            lo = j
            step *= 2
        hi = j
    # not ok(lo) (or lo below the support), ok(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid
    return hi, tie(hi)


def x_at_log_level(law, level, lower):
    """A whole x where ln F(x) (lower) or ln S(x) is about `level`, if the support reaches it."""
    m = law.mode_hint
    direction = -1 if lower else 1
    limit = law.lo if lower else (law.hi if law.hi != mp.inf else 10**15)
    step = 1
    inner = m
    while True:
        k = m + direction * step
        if (lower and k <= limit) or (not lower and k >= limit):
            return None
        if law.logpmf(k) < level:
            outer = k
            break
        inner = k
        step *= 2
    while abs(outer - inner) > 1:
        mid = (outer + inner) // 2
        if law.logpmf(mid) < level:
            outer = mid
        else:
            inner = mid
    return outer


def to_text(v):
    if isinstance(v, str):
        return v
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return repr(v)


def scipy_value(law, quantity, arg):
    d = law.scipy
    if quantity in ("logcdf", "logsf") and isinstance(law, Hypergeometric) and law.N > 10**6:
        # SciPy sums logpmf over numpy.arange(0, x + 1): gigabytes and minutes here; not asked
        return None
    if quantity == "entropy" and (getattr(law, "wide", False)
                                  or isinstance(law, Hypergeometric) and law.N > 10**6):
        # SciPy sums over the whole support (numpy.arange of up to 1e9 values; for hypergeom
        # from N - (M - n) even where that is negative): gigabytes, not asked
        return None
    try:
        with np.errstate(all="ignore"):
            if quantity == "pmf":
                return float(d.pmf(arg))
            if quantity == "logpmf":
                return float(d.logpmf(arg))
            if quantity == "cdf":
                return float(d.cdf(arg))
            if quantity == "sf":
                return float(d.sf(arg))
            if quantity == "logcdf":
                return float(d.logcdf(arg))
            if quantity == "logsf":
                return float(d.logsf(arg))
            if quantity == "hazard":
                pm, sf = float(d.pmf(arg)), float(d.sf(arg))
                return pm / (pm + sf) if pm + sf > 0 else float("nan")
            if quantity == "ppf":
                return float(d.ppf(arg))
            if quantity == "isf":
                return float(d.isf(arg))
            if quantity in ("mean", "var", "skew", "kurt"):
                return float(d.stats(moments="mvsk")["mvsk".index(quantity[0])])
            if quantity == "entropy":
                return float(d.entropy())
    except Exception:  # noqa: BLE001 - record SciPy's failure as NaN
        return float("nan")
    return float("nan")


def differs(quantity, ref, theirs):
    if isinstance(ref, str):
        return False
    r = float(ref)
    if math.isnan(r) or math.isnan(theirs):
        return math.isnan(r) != math.isnan(theirs)
    if math.isinf(r) or math.isinf(theirs):
        return r != theirs
    if quantity in ("ppf", "isf"):
        return r != theirs
    scale = max(abs(r), 1.0 if quantity.startswith("log") else 2.2250738585072014e-308)
    return abs(r - theirs) > 1e-9 * scale


def law_rows(spec, law, extra_x):
    rows = []
    comments = []
    memo = {}

    def cache(k):
        if k not in memo:
            memo[k] = law.cdf_sf(k)
        return memo[k]

    if not isinstance(law, (Zipf, UniformDiscrete, Geometric)):
        lo, hi = law.window()
        law.wide = hi - lo > 10**6 or (law.hi - law.lo > 10**7 and law.hi != mp.inf)
    # x points: support ends, exact tail levels, beyond the double range, extras
    xs = set(float(x) for x in extra_x)
    if law.lo != -mp.inf:
        xs.update([float(law.lo), float(law.lo) - 1])
    if law.hi != mp.inf:
        xs.update([float(law.hi), float(law.hi) + 1])
    for level in X_LOWER_LEVELS:
        k, _ = quantile(law, level, cache)
        xs.add(float(k))
    for level in X_UPPER_LEVELS:
        k, _ = inverse_survival(law, level, cache)
        xs.add(float(k))
    for lower in (True, False):
        k = x_at_log_level(law, LOG_LEVEL_BEYOND, lower)
        if k is not None:
            xs.add(float(k))
    for x in sorted(xs):
        whole = x == math.floor(x)
        k = int(math.floor(x))
        c, s = cache(k)
        pm = law.pmf(k) if whole else f(0)
        lpm = law.logpmf(k) if whole else -mp.inf
        at_or_above = pm + s
        hazard = pm / at_or_above if at_or_above > 0 else mp.nan
        if at_or_above > 0 and x < law.lo:
            hazard = f(0)
        logc = mp.log(c) if c > 0 else -mp.inf
        logs = mp.log(s) if s > 0 else -mp.inf
        for name, v in (("pmf", pm), ("logpmf", lpm), ("cdf", c), ("sf", s), ("logcdf", logc),
                        ("logsf", logs), ("hazard", hazard)):
            rows.append((spec, name, x, v))
    for p in P_POINTS:
        k, tie = quantile(law, p, cache)
        rows.append((spec, "ppf", p, f(k), tie))
        if tie < 1e-12:
            comments.append(f"# tie: {spec} ppf({p!r}) = {k}, margin {float(tie):.2e}")
    for q in Q_POINTS:
        k, tie = inverse_survival(law, q, cache)
        rows.append((spec, "isf", q, f(k), tie))
        if tie < 1e-12:
            comments.append(f"# tie: {spec} isf({q!r}) = {k}, margin {float(tie):.2e}")
    mean, var, skew, kurt = law.moments()
    for name, v in (("mean", mean), ("var", var), ("skew", skew), ("kurt", kurt),
                    ("entropy", law.entropy())):
        rows.append((spec, name, None, v))
    modes = law.modes()
    if isinstance(modes, tuple):
        text = f"interval {modes[1]} {modes[2]}"
    else:
        text = " ".join(str(int(m)) for m in modes)
    rows.append((spec, "modes", None, text))
    return rows, comments


# family -> [(spec parameters, law, extra x points)]
CASES = {
    "binomial": [
        ("trials=10, p=0.5", lambda: Binomial(10, 0.5), [2.5]),
        ("trials=9, p=0.5", lambda: Binomial(9, 0.5), []),
        ("trials=1000, p=0.3", lambda: Binomial(1000, 0.3), []),
        ("trials=1, p=0.5", lambda: Binomial(1, 0.5), []),
        ("trials=0, p=0.5", lambda: Binomial(0, 0.5), []),
        ("trials=10, p=1", lambda: Binomial(10, 1.0), []),
        ("trials=10, p=0", lambda: Binomial(10, 0.0), []),
        ("trials=1000, p=1e-300", lambda: Binomial(1000, 1e-300), []),
        ("trials=1000000000, p=0.5", lambda: Binomial(10**9, 0.5), [500000000, 500010000]),
        ("trials=1000000000, p=1e-9", lambda: Binomial(10**9, 1e-9), []),
        ("trials=1000000000, p=0.999999", lambda: Binomial(10**9, 0.999999), []),
        ("trials=1000000, p=0.01", lambda: Binomial(10**6, 0.01), []),
    ],
    "poisson": [
        ("mean=4", lambda: Poisson(4), [3.5]),
        ("mean=0.5", lambda: Poisson(0.5), []),
        ("mean=1000", lambda: Poisson(1000), [1260, 1261, 1400]),
        ("mean=1e-300", lambda: Poisson(1e-300), []),
        ("mean=1e-10", lambda: Poisson(1e-10), []),
        ("mean=100000.5", lambda: Poisson(100000.5), []),
        ("mean=1000000000", lambda: Poisson(1e9), [1000000000, 1000100000]),
    ],
    "geometric": [
        ("p=0.3", lambda: Geometric(0.3), [2.5]),
        ("p=0.999", lambda: Geometric(0.999), []),
        ("p=1", lambda: Geometric(1.0), []),
        ("p=0.5", lambda: Geometric(0.5), []),
        ("p=1e-05", lambda: Geometric(1e-5), []),
        ("p=2e-08", lambda: Geometric(2e-8), []),
    ],
    "negativebinomial": [
        ("successes=5, p=0.5", lambda: NegativeBinomial(5, 0.5), [2.5]),
        ("successes=1000, p=0.5", lambda: NegativeBinomial(1000, 0.5), [1000]),
        ("successes=1000000, p=0.5", lambda: NegativeBinomial(10**6, 0.5), []),
        ("successes=1000000, p=0.999", lambda: NegativeBinomial(10**6, 0.999), []),
        ("successes=1, p=2e-08", lambda: NegativeBinomial(1, 2e-8), []),
        ("successes=10, p=1e-06", lambda: NegativeBinomial(10, 1e-6), []),
        ("successes=20, p=0.8", lambda: NegativeBinomial(20, 0.8), []),
        ("successes=3, p=1", lambda: NegativeBinomial(3, 1.0), []),
        ("successes=6, p=0.5", lambda: NegativeBinomial(6, 0.5), []),
    ],
    "hypergeometric": [
        ("population=50, successes=10, draws=10", lambda: Hypergeometric(50, 10, 10), [2.5]),
        ("population=10, successes=3, draws=2", lambda: Hypergeometric(10, 3, 2), []),
        ("population=3, successes=1, draws=2", lambda: Hypergeometric(3, 1, 2), []),
        ("population=500, successes=200, draws=100", lambda: Hypergeometric(500, 200, 100), []),
        ("population=1000000000, successes=500000000, draws=500000000",
         lambda: Hypergeometric(10**9, 5 * 10**8, 5 * 10**8), [250000000]),
        ("population=1000000000, successes=10, draws=1000000",
         lambda: Hypergeometric(10**9, 10, 10**6), []),
        ("population=1000000000, successes=999999990, draws=500000000",
         lambda: Hypergeometric(10**9, 10**9 - 10, 5 * 10**8), []),
        ("population=10, successes=10, draws=4", lambda: Hypergeometric(10, 10, 4), []),
    ],
    "uniformdiscrete": [
        ("lower=1, upper=6", lambda: UniformDiscrete(1, 6), [3.5]),
        ("lower=3, upper=3", lambda: UniformDiscrete(3, 3), []),
        ("lower=0, upper=1", lambda: UniformDiscrete(0, 1), []),
        ("lower=-1000000000, upper=1000000000", lambda: UniformDiscrete(-10**9, 10**9), [0]),
    ],
    "zipf": [
        ("elements=10, exponent=1", lambda: Zipf(10, 1), [2.5]),
        ("elements=10, exponent=0", lambda: Zipf(10, 0), []),
        ("elements=1, exponent=2", lambda: Zipf(1, 2), []),
        ("elements=100000, exponent=1", lambda: Zipf(10**5, 1), [1000, 50000]),
        ("elements=100000, exponent=0.2", lambda: Zipf(10**5, 0.2), []),
        ("elements=100000, exponent=10", lambda: Zipf(10**5, 10), [1000, 99999]),
        ("elements=100000, exponent=0", lambda: Zipf(10**5, 0), []),
        ("elements=1000, exponent=300", lambda: Zipf(1000, 300), [2, 3, 10]),
    ],
    "bernoulli": [
        ("p=0.5", lambda: Bernoulli(0.5), [0.5]),
        ("p=0.2", lambda: Bernoulli(0.2), []),
        ("p=0", lambda: Bernoulli(0.0), []),
        ("p=1", lambda: Bernoulli(1.0), []),
        ("p=1e-300", lambda: Bernoulli(1e-300), []),
        ("p=0.9999999999999999", lambda: Bernoulli(0.9999999999999999), []),
    ],
}


def main(families):
    os.makedirs(OUT, exist_ok=True)
    for family in families:
        started = time.time()
        header = [
            f"# Reference values for {family}, written by "
            "model/src/test/python/make_discrete_reference.py",
            f"# with mpmath {mp.__version__} at {mp.mp.dps} digits and scipy {scipy.__version__}.",
            "# Format: spec;quantity;argument;value;scipy (see the script's docstring).",
        ]
        body = []
        notes = []
        for params, make, extra in CASES[family]:
            spec = f"{family}({params})"
            law = make()
            header.append(f"# {spec}: scipy.{law.scipy_call}")
            rows, comments = law_rows(spec, law, extra)
            notes += comments
            for s, quantity, arg, value, *tie in rows:
                theirs = scipy_value(law, quantity, arg) if quantity != "modes" else None
                if theirs is not None and differs(quantity, value, theirs):
                    notes.append(f"# scipy differs: {s} {quantity}({'' if arg is None else arg})"
                                 f" = {to_text(value)}, scipy {to_text(theirs)}")
                line = (f"{s};{quantity};{'' if arg is None else to_text(arg)};"
                        f"{to_text(value)};{'' if theirs is None else to_text(theirs)}")
                if tie:
                    line += f";{float(tie[0]):.3e}"
                body.append(line)
            print(f"{spec}: {time.time() - started:.1f} s", file=sys.stderr)
        for kind, count in sorted(CHECKS.items()):
            if kind.startswith(family):
                header.append(f"# cross-check, {kind}: {count} points")
        with open(os.path.join(OUT, family + ".csv"), "w") as out:
            out.write("\n".join(header + notes + body) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:] or list(CASES))
