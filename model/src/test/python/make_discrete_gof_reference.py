#!/usr/bin/env python3
"""Reference values for the discrete-null goodness-of-fit tests (issue 7, item 1).

Writes model/src/test/resources/org/probscope/model/gof/discrete/<name>.properties, one file per
case: a target, the sample as counts per value, and

* ks.statistic     sup_x |Fn(x) - F(x)| over the integers, in mpmath (50 digits);
* ks.pvalue        exact P(D >= d) under the multinomial null, by the Poisson-embedding recursion
                   P = n! * sum over paths of prod p_j^c_j / c_j! restricted to the band
                   |S_j - n F_j| < n d (a different recursion from the Java code's sequential
                   binomials), in mpmath at 50 digits; for n <= 12 also by brute-force enumeration
                   of every multinomial count vector (the two must agree to 1e-30);
* cvm/watson/ad.statistic   W2, U2, A2 of Choulakian, Lockhart & Stephens (1994) from their
                   definitions (dgof::cvm.test), in mpmath;
* cvm/watson/ad.pvalue      P(sum lambda_j chi2_1 > statistic) with lambda the eigenvalues of the
                   CLS matrices (numpy.linalg.eigvalsh), by Imhof's (1961) integral evaluated with
                   mpmath.quadosc at 20 digits -- an independent method from the Java code's Smirnov
                   series.

Cells: the integers from the support's lower end (or the 1e-13 quantile) to the larger of the
sample maximum and the 1e-13 upper quantile, the last cell absorbing the upper tail, as the Java
code builds them (the truncated mass, < 1e-13, is below every tolerance used).

* kuiper.statistic/pvalue   for n <= 12 only: V and the exact P(V >= v) by enumeration (the Java
                   Monte-Carlo p-value is checked within 4 standard errors of it).

Run: python3 model/src/test/python/make_discrete_gof_reference.py [case names...]
     (numpy, scipy 1.17.1, mpmath 1.3; with names, only those files are rewritten)
"""
import itertools
import os

import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 50
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model", "gof",
                   "discrete")
TAIL = 1e-13


def pmf_poisson(mean):
    mean = mp.mpf(mean)
    return lambda k: mp.exp(-mean) * mean ** k / mp.factorial(k)


def pmf_binomial(trials, p):
    p = mp.mpf(p)
    return lambda k: mp.binomial(trials, k) * p ** k * (1 - p) ** (trials - k) if 0 <= k <= trials else mp.mpf(0)


def pmf_geometric(p):
    p = mp.mpf(p)
    return lambda k: p * (1 - p) ** k


def pmf_negbinomial(r, p):
    p = mp.mpf(p)
    return lambda k: mp.binomial(k + r - 1, k) * p ** r * (1 - p) ** k


def pmf_uniform(lo, hi):
    return lambda k: mp.mpf(1) / (hi - lo + 1) if lo <= k <= hi else mp.mpf(0)


# name, spec, pmf, scipy frozen law (for the truncation points only), draw, n, seed
CASES = [
    ("bernoulli-10", "bernoulli(p=0.3)", pmf_binomial(1, "0.3"), stats.bernoulli(0.3), 10, 13),
    ("binomial3-12", "binomial(trials=3, p=0.5)", pmf_binomial(3, "0.5"), stats.binom(3, 0.5), 12, 2),
    ("poisson3-200", "poisson(mean=3)", pmf_poisson(3), stats.poisson(3), 200, 3),
    ("poisson3-shift-200", "poisson(mean=3)", pmf_poisson(3), stats.poisson(3.6), 200, 4),
    ("binomial10-300", "binomial(trials=10, p=0.4)", pmf_binomial(10, "0.4"), stats.binom(10, 0.4), 300, 5),
    ("geometric-400", "geometric(p=0.3)", pmf_geometric("0.3"), stats.geom(0.3, loc=-1), 400, 6),
    ("negbinomial-150", "negativebinomial(successes=3, p=0.4)", pmf_negbinomial(3, "0.4"),
     stats.nbinom(3, 0.4), 150, 7),
    ("uniformdiscrete-60", "uniformdiscrete(lower=1, upper=6)", pmf_uniform(1, 6), stats.randint(1, 7), 60, 8),
    ("poisson20-1000", "poisson(mean=20)", pmf_poisson(20), stats.poisson(20), 1000, 9),
]


def cells(pmf, law, sample_max, lower):
    upper = int(max(sample_max, law.isf(TAIL)))
    # law here is the law drawn from; the cells must cover the target's mass too
    ks = list(range(lower, upper + 1))
    masses = [pmf(k) for k in ks]
    tail = 1 - mp.fsum(masses[:-1])
    masses[-1] = tail  # last cell: everything >= upper
    return ks, masses


def exact_pvalue(masses, n, d):
    """P(max_j |S_j - n F_j| >= n d): 1 - n! sum_{paths in band} prod p^c / c!  (Poisson embedding)."""
    F = list(itertools.accumulate(masses))
    nd = n * d - mp.mpf(10) ** -30
    q = {0: mp.mpf(1)}
    for j, p in enumerate(masses):
        last = j == len(masses) - 1
        new = {}
        for s0, w in q.items():
            for c in range(0, n - s0 + 1):
                s = s0 + c
                if not last and not abs(s - n * F[j]) < nd:
                    continue
                if last and s != n:
                    continue
                new[s] = new.get(s, 0) + w * p ** c / mp.factorial(c)
        q = new
    inside = mp.factorial(n) * q.get(n, 0)
    return 1 - inside


def brute_pvalue(masses, n, d):
    F = list(itertools.accumulate(masses))
    m = len(masses)
    total = mp.mpf(0)
    for cut in itertools.combinations(range(n + m - 1), m - 1):
        counts = [b - a - 1 for a, b in zip((-1,) + cut, cut + (n + m - 1,))]
        s = 0
        dev = 0
        for j in range(m - 1):
            s += counts[j]
            dev = max(dev, abs(s - n * F[j]))
        if dev >= n * d - mp.mpf(10) ** -30:
            prob = mp.factorial(n)
            for c, p in zip(counts, masses):
                prob *= p ** c / mp.factorial(c)
            total += prob
    return total


def brute_kuiper(masses, n, v):
    """P(V >= v), V = max(0, max_j (S_j/n - F_j)) + max(0, max_j (F_j - S_j/n)), by enumeration."""
    F = list(itertools.accumulate(masses))
    m = len(masses)
    total = mp.mpf(0)
    for cut in itertools.combinations(range(n + m - 1), m - 1):
        counts = [b - a - 1 for a, b in zip((-1,) + cut, cut + (n + m - 1,))]
        s = 0
        plus = mp.mpf(0)
        minus = mp.mpf(0)
        for j in range(m - 1):
            s += counts[j]
            plus = max(plus, mp.mpf(s) / n - F[j])
            minus = max(minus, F[j] - mp.mpf(s) / n)
        if plus + minus >= v - mp.mpf(10) ** -30:
            prob = mp.factorial(n)
            for c, p in zip(counts, masses):
                prob *= p ** c / mp.factorial(c)
            total += prob
    return total


def statistics(masses, counts, n):
    H = list(itertools.accumulate(masses))
    S = list(itertools.accumulate(counts))
    Z = [S[j] - n * H[j] for j in range(len(masses))]
    Z[-1] = mp.mpf(0)
    w2 = mp.fsum(z * z * p for z, p in zip(Z, masses)) / n
    zbar = mp.fsum(z * p for z, p in zip(Z, masses))
    u2 = mp.fsum((z - zbar) ** 2 * p for z, p in zip(Z, masses)) / n
    a2 = mp.fsum(Z[j] ** 2 * masses[j] / (H[j] * (1 - H[j])) for j in range(len(masses) - 1)) / n
    d = max(abs(z) for z in Z) / n
    return d, w2, u2, a2


def eigen(masses, kind):
    p = np.array([float(x) for x in masses])
    H = np.cumsum(p)
    H[-1] = 1.0
    k = len(p)
    sigma = np.minimum.outer(H, H) - np.outer(H, H)
    if kind == "U2":
        P = np.eye(k) - np.outer(np.ones(k), p)
        sigma = P @ sigma @ P.T
    w = p.copy()
    if kind == "A2":
        w = np.zeros(k)
        w[:-1] = p[:-1] / (H[:-1] * (1 - H[:-1]))
    r = np.sqrt(w)
    lam = np.linalg.eigvalsh(r[:, None] * sigma * r[None, :])
    return [mp.mpf(float(l)) for l in lam if l > 1e-13 * lam.max()]


def imhof(lam, x):
    mp.mp.dps = 20
    x = mp.mpf(x)

    def integrand(u):
        if u == 0:
            return (mp.fsum(lam) - x) / 2
        theta = mp.fsum(mp.atan(l * u) for l in lam) / 2 - x * u / 2
        rho = mp.fprod((1 + (l * u) ** 2) ** mp.mpf(0.25) for l in lam)
        return mp.sin(theta) / (u * rho)

    # the integrand oscillates with period ~4 pi / x and decays like a power: mpmath.quadosc
    # sums the periods with Richardson/Shanks acceleration
    if x <= 0:
        mp.mp.dps = 50
        return mp.mpf(1)
    total = mp.quadosc(integrand, [0, mp.inf], period=4 * mp.pi / x)
    result = mp.mpf(0.5) + total / mp.pi
    mp.mp.dps = 50
    return result


def main(only):
    os.makedirs(OUT, exist_ok=True)
    for name, spec, pmf, law, n, seed in CASES:
        if only and name not in only:
            continue
        rng = np.random.default_rng(seed)
        sample = law.rvs(size=n, random_state=rng).astype(int)
        values, cnts = np.unique(sample, return_counts=True)
        lower = 0 if not spec.startswith("uniformdiscrete") else 1
        ks, masses = cells(pmf, law, int(values.max()), lower)
        counts = [int(cnts[values == k].sum()) if k < ks[-1] else int(cnts[values >= k].sum())
                  for k in ks]
        d, w2, u2, a2 = statistics(masses, counts, n)
        p_ks = exact_pvalue(masses, n, d)
        lines = [
            f"# rng = numpy.random.default_rng({seed}); {law.dist.name}{law.args}.rvs(size={n}, random_state=rng)"
            f" vs {spec}",
            "# Made by model/src/test/python/make_discrete_gof_reference.py (see its docstring).",
            f"target = {spec}",
            f"n = {n}",
            "counts = " + ", ".join(f"{int(v)}:{int(c)}" for v, c in zip(values, cnts)),
            f"ks.statistic = {mp.nstr(d, 17)}",
            f"# exact multinomial recursion (Poisson embedding), mpmath dps=50",
            f"ks.pvalue = {mp.nstr(p_ks, 17)}",
        ]
        if n <= 12:
            brute = brute_pvalue(masses, n, d)
            assert abs(brute - p_ks) < mp.mpf(10) ** -30, (brute, p_ks)
            lines.append(f"# brute-force enumeration of all count vectors agrees: {mp.nstr(brute, 17)}")
            H = list(itertools.accumulate(masses))
            S = list(itertools.accumulate(counts))
            plus = max([mp.mpf(0)] + [mp.mpf(S[j]) / n - H[j] for j in range(len(masses) - 1)])
            minus = max([mp.mpf(0)] + [H[j] - mp.mpf(S[j]) / n for j in range(len(masses) - 1)])
            lines.append(f"kuiper.statistic = {mp.nstr(plus + minus, 17)}")
            lines.append("# exact P(V >= v) by enumeration of all count vectors, mpmath dps=50")
            lines.append(f"kuiper.pvalue = {mp.nstr(brute_kuiper(masses, n, plus + minus), 17)}")
        for key, value, kind in (("cvm", w2, "W2"), ("watson", u2, "U2"), ("ad", a2, "A2")):
            lam = eigen(masses, kind)
            p = imhof(lam, value)
            lines.append(f"{key}.statistic = {mp.nstr(value, 17)}")
            lines.append(f"# Imhof integral, mpmath.quadosc dps=20, {len(lam)} eigenvalues (numpy eigvalsh)")
            lines.append(f"{key}.pvalue = {mp.nstr(p, 17)}")
        with open(os.path.join(OUT, name + ".properties"), "w") as f:
            f.write("\n".join(lines) + "\n")
        print(name, "D", mp.nstr(d, 8), "p", mp.nstr(p_ks, 8), "W2", mp.nstr(w2, 8))


if __name__ == "__main__":
    import sys
    main(sys.argv[1:])
