#!/usr/bin/env python3
"""Discrete hazards P(X = k) / P(X >= k) far in the upper tail, where both the mass and the tail
underflow a double, for DiscreteIssueCasesTest#hazardsFarInTheTailAreExactToAFewUlp.

    python3 model/src/test/python/make_hazard_reference.py

mpmath 1.3.0 at mp.dps = 60: 1 / sum_{j >= 0} prod_{i < j} r(k + i), with the exact mass ratio
r(k) = P(X = k + 1) / P(X = k) of each family written from its mass (never from ProbScope),
summed until a term is below 1e-40 of the sum (every ratio here is below 0.9995, so the terms fall
geometrically). Prints spec;k;hazard.
"""
import mpmath as mp

mp.mp.dps = 60


def poisson(lam):
    return lambda k: mp.mpf(lam) / (k + 1)


def binomial(n, p):
    p = mp.mpf(p)
    return lambda k: (n - k) * p / ((k + 1) * (1 - p))


def negbinomial(r, p):
    # failures before the r-th success: P(k) = C(k + r - 1, k) p^r (1 - p)^k
    p = mp.mpf(p)
    return lambda k: (k + r) * (1 - p) / (k + 1)


def hypergeometric(N, K, n):
    # P(k) = C(K, k) C(N - K, n - k) / C(N, n)
    return lambda k: mp.mpf(K - k) * (n - k) / ((k + 1) * (N - K - n + k + 1))


def hazard(ratio, k, upper=None):
    k = mp.mpf(k)
    term = mp.mpf(1)
    total = mp.mpf(1)
    j = k
    while upper is None or j < upper:
        term *= ratio(j)
        total += term
        j += 1
        if term < mp.mpf(10) ** -40 * total:
            break
    return 1 / total


CASES = [
    ("poisson(mean=1000000000)", poisson(10**9), 1.2e9, None),
    ("poisson(mean=1000000000)", poisson(10**9), 1.002e9 + 1.5e6, None),
    ("binomial(trials=1000000000, p=0.5)", binomial(10**9, "0.5"), 6e8, 10**9),
    ("negativebinomial(successes=1000000, p=0.5)", negbinomial(10**6, "0.5"), 1.2e6, None),
    ("hypergeometric(population=1000000000, successes=500000000, draws=500000000)",
     hypergeometric(10**9, 5 * 10**8, 5 * 10**8), 2.6e8, 5 * 10**8),
]

for spec, ratio, k, upper in CASES:
    print(f"{spec};{k!r};{mp.nstr(hazard(ratio, k, upper), 20)}")
