#!/usr/bin/env python3
"""Reference fits at n = 10^5 for the families ProbScope fits by its quasi-Newton score path
(NumericMle -> ScoreNewton): cauchy, logistic, affine(studentt), affine(f), and triangular (TriangularMle).

The data are not stored: each set is regenerated from a seed by LargeSampleData.java with the
same arithmetic as `draw` below (SplitMix64 uniforms, then closed-form transforms), so Java and
Python see the same values to the last bit or two of libm.  Each fit is SciPy 1.17's
`<dist>.fit(x)` (the call is recorded in large_references.tsv), then polished by
`scipy.optimize.minimize(method="BFGS")` and Newton steps with a central-difference Hessian on
the negative log-likelihood (math.fsum of logpdf), so that the recorded optimum is accurate far
beyond the 1e-6 the test asks.  Run: python3 make_large_references.py (writes
large_references.tsv beside it).
"""
import math

import numpy as np
import scipy
from scipy import optimize, stats

MASK = (1 << 64) - 1


def uniforms(seed, count):
    state = seed & MASK
    out = np.empty(count)
    for i in range(count):
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        z = z ^ (z >> 31)
        out[i] = ((z >> 11) + 0.5) * 2.0 ** -53
    return out


def normals(u):
    """One normal per pair of uniforms (Box-Muller, cosine branch)."""
    u1 = u[0::2]
    u2 = u[1::2]
    return np.sqrt(-2 * np.log(u1)) * np.cos(2 * math.pi * u2)


def draw(kind, n, seed):
    if kind == "cauchy":
        u = uniforms(seed, n)
        return 1 + 2 * np.tan(math.pi * (u - 0.5))
    if kind == "logistic":
        u = uniforms(seed, n)
        return 1 + 2 * np.log(u / (1 - u))
    if kind == "studentt":
        z = normals(uniforms(seed, 8 * n)).reshape(n, 4)
        t = z[:, 0] / np.sqrt((z[:, 1] ** 2 + z[:, 2] ** 2 + z[:, 3] ** 2) / 3)
        return 1 + 2 * t
    if kind == "f":
        z = normals(uniforms(seed, 34 * n)).reshape(n, 17)
        num = (z[:, 0:5] ** 2).sum(axis=1) / 5
        den = (z[:, 5:17] ** 2).sum(axis=1) / 12
        return 1 + 2 * (num / den)
    if kind == "triangular":
        # triangular(lower=0, mode=3, upper=10) by its inverse cdf
        u = uniforms(seed, n)
        a, c, b = 0.0, 3.0, 10.0
        fc = (c - a) / (b - a)
        low = a + np.sqrt(u * (b - a) * (c - a))
        high = b - np.sqrt((1 - u) * (b - a) * (b - c))
        return np.where(u < fc, low, high)
    raise ValueError(kind)


CASES = [
    # id, kind, n, seed, scipy distribution, ProbScope family, parameter names
    ("large-cauchy", "cauchy", 100_000, 11, stats.cauchy, "cauchy", ["location", "scale"]),
    ("large-logistic", "logistic", 100_000, 12, stats.logistic, "logistic", ["location", "scale"]),
    ("large-t", "studentt", 100_000, 13, stats.t, "affine(studentt)", ["df", "shift", "scale"]),
    ("large-f", "f", 100_000, 14, stats.f, "affine(f)", ["df1", "df2", "shift", "scale"]),
    # the likelihood is not smooth in the mode: the reference is SciPy's optimum polished by
    # Nelder-Mead only, and the test asks ln L >= it (not the parameters to 1e-6)
    ("large-triangular", "triangular", 100_000, 15, stats.triang, "triangular",
     ["lower", "mode", "upper"]),
]


def nll(dist, x, theta):
    *shapes, loc, scale = theta
    if dist is stats.triang and not 0 <= shapes[0] <= 1:
        return math.inf
    if scale <= 0 or (dist is not stats.triang and any(s <= 0 for s in shapes)):
        return math.inf
    v = dist.logpdf(x, *shapes, loc=loc, scale=scale)
    if not np.all(np.isfinite(v)):
        return math.inf
    return -math.fsum(v)


def newton(f, theta, steps=8):
    theta = np.array(theta, dtype=float)
    k = len(theta)
    for _ in range(steps):
        h = 1e-4 * np.maximum(np.abs(theta), 1e-2)
        g = np.zeros(k)
        H = np.zeros((k, k))
        f0 = f(theta)
        for i in range(k):
            e = np.zeros(k)
            e[i] = h[i]
            g[i] = (f(theta + e) - f(theta - e)) / (2 * h[i])
            H[i, i] = (f(theta + e) - 2 * f0 + f(theta - e)) / h[i] ** 2
            for j in range(i + 1, k):
                d = np.zeros(k)
                d[j] = h[j]
                H[i, j] = H[j, i] = (
                    f(theta + e + d) - f(theta + e - d) - f(theta - e + d) + f(theta - e - d)
                ) / (4 * h[i] * h[j])
        step = np.linalg.solve(H, g)
        cand = theta - step
        if f(cand) <= f0:
            theta = cand
        else:
            break
    return theta


def main():
    lines = ["id\tfamily\tkind\tn\tseed\tparams\tlogLik\tsource"]
    for cid, kind, n, seed, dist, family, names in CASES:
        x = draw(kind, n, seed)
        fitted = dist.fit(x)
        f = lambda th: nll(dist, x, th)
        if kind == "triangular":
            res = optimize.minimize(
                f, np.array(fitted), method="Nelder-Mead",
                options={"xatol": 1e-12, "fatol": 1e-9, "maxiter": 20000, "maxfev": 20000})
            theta = min([np.array(fitted), res.x], key=f)
            c, loc, scale = theta
            values = [loc, loc + c * scale, loc + scale]
        else:
            res = optimize.minimize(f, np.array(fitted), method="BFGS", options={"gtol": 1e-6})
            best = min([np.array(fitted), res.x], key=f)
            polished = newton(f, best)
            theta = min([best, polished], key=f)
            values = theta
        ll = -f(theta)
        params = ";".join(f"{nm}={repr(float(v))}" for nm, v in zip(names, values))
        source = (
            f"scipy {scipy.__version__} stats.{dist.name}.fit(x) = {tuple(float(v) for v in fitted)}, "
            f"logLik {-f(np.array(fitted))!r}; polished by optimize.minimize"
            + ("(Nelder-Mead)" if kind == "triangular" else "(BFGS) and Newton")
        )
        lines.append(f"{cid}\t{family}\t{kind}\t{n}\t{seed}\t{params}\t{ll!r}\t{source}")
        print(lines[-1], flush=True)
    with open("large_references.tsv", "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
