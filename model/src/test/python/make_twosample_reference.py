"""Writes the SciPy reference values for org.probscope.model.twosample.

Run from the repository root:
    python3 model/src/test/python/make_twosample_reference.py
It rewrites model/src/test/resources/org/probscope/model/twosample/reference.properties.
Made with SciPy 1.17.1 and NumPy 2.4.6. The calls, for samples a and b, are

    scipy.stats.ks_2samp(a, b)                                  # method='auto'
    scipy.stats.anderson_ksamp([a, b], variant='midrank')       # interpolated p-value
    scipy.stats.cramervonmises_2samp(a, b)                      # method='auto'
    scipy.stats.wasserstein_distance(a, b)
    scipy.stats.energy_distance(a, b)
    wasserstein2(a, b)                                          # NumPy, written out below

Small and medium samples are written into the file; the two large pairs come from the
MINSTD generator below, which the Java test repeats bit for bit (integer arithmetic and one
correctly rounded division or multiplication per value).
"""

import math
import pathlib
import warnings

import numpy as np
import scipy
from scipy import stats

OUT = pathlib.Path("model/src/test/resources/org/probscope/model/twosample/reference.properties")


def minstd(seed, n, scale=1.0, shift=0.0):
    """Park-Miller MINSTD: s <- 48271 s mod (2^31 - 1); value = (s / (2^31 - 1)) * scale + shift."""
    s = seed
    out = []
    for _ in range(n):
        s = (s * 48271) % 2147483647
        out.append((s / 2147483647.0) * scale + shift)
    return np.array(out)


def wasserstein2(a, b):
    """(integral over (0,1] of (F^-1(u) - G^-1(u))^2 du)^(1/2) for the step quantile functions.

    F^-1(u) = a_(ceil(u n)). The breakpoints i/n and j/m are merged on the common grid
    1/(n m), where they are the integers i m and j n; on each piece both quantiles are constant.
    """
    a = np.sort(a)
    b = np.sort(b)
    n, m = len(a), len(b)
    ends = np.union1d(np.arange(1, n + 1) * m, np.arange(1, m + 1) * n)  # right ends, units 1/(n m)
    widths = np.diff(np.concatenate(([0], ends)))
    ia = -(-ends // m) - 1  # ceil(end / m) - 1: 0-based index of a on this piece
    ib = -(-ends // n) - 1
    return math.sqrt(np.sum(widths * (a[ia] - b[ib]) ** 2) / (n * m))


def cases():
    rng = np.random.default_rng(20261123)
    yield "tiny", np.array([0.61, 1.25, 2.3]), np.array([-0.4, 0.95, 1.7, 3.1]), True
    yield "ties", np.array([1.0, 2, 2, 3, 3, 3, 5]), np.array([0.0, 2, 3, 3, 4, 4, 5, 5, 6]), True
    yield "single", np.array([0.5]), np.array([-1.2, -0.3, 0.1, 0.9, 1.4, 2.2]), True
    yield "equal20", rng.normal(0, 1, 20), rng.normal(0.8, 1, 20), True
    yield "exact20x17", rng.normal(0, 1, 20), rng.normal(0.5, 1.5, 17), True
    yield "unequal50x80", rng.normal(0, 1, 50), rng.normal(0.3, 1.2, 80), True
    yield "discrete60x45", rng.poisson(3.0, 60).astype(float), rng.poisson(3.6, 45).astype(float), True
    yield "larger2000x3000", rng.normal(0, 1, 2000), 0.8 * rng.standard_t(5, 3000), True
    # 10000 is the largest size with SciPy's exact KS p-value (Commons' AUTO switches one earlier)
    yield "boundary10000x300", minstd(12345, 10000), minstd(777, 300, 0.9, 0.08), False
    yield "large12000x15000", minstd(4242, 12000), minstd(99, 15000, 0.98, 0.015), False
    # N d^2 >= 2.2: kstwo.sf takes its large-deviation branch, 2 * smirnov(N, d)
    yield "shifted12000x15000", minstd(4242, 12000), minstd(99, 15000, 0.98, 0.03), False


def fmt(x):
    return repr(float(x))


def main():
    lines = [
        "# SciPy " + scipy.__version__ + ", NumPy " + np.__version__
        + "; written by model/src/test/python/make_twosample_reference.py (see its docstring for the calls)",
    ]
    for name, a, b, stored in cases():
        lines.append("")
        lines.append(f"# {name}: n = {len(a)}, m = {len(b)}")
        if stored:
            lines.append(f"{name}.a = " + " ".join(fmt(v) for v in a))
            lines.append(f"{name}.b = " + " ".join(fmt(v) for v in b))
        else:
            lines.append(f"{name}.generated = yes")
        ks = stats.ks_2samp(a, b)
        ks_method = "exact" if max(len(a), len(b)) <= 10000 else "asymptotic"
        lines.append(f"{name}.ks.statistic = {fmt(ks.statistic)}")
        lines.append(f"{name}.ks.pvalue = {fmt(ks.pvalue)}")
        lines.append(f"{name}.ks.location = {fmt(ks.statistic_location)}")
        lines.append(f"{name}.ks.sign = {int(ks.statistic_sign)}")
        lines.append(f"{name}.ks.method = {ks_method}")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ad = stats.anderson_ksamp([a, b], variant="midrank")
            lines.append(f"{name}.ad.statistic = {fmt(ad.statistic)}")
            lines.append(f"{name}.ad.pvalue = {fmt(ad.pvalue)}")
        except ValueError as e:
            lines.append(f"{name}.ad.error = {e}")
        if min(len(a), len(b)) >= 2:
            cvm = stats.cramervonmises_2samp(a, b)
            cvm_method = "exact" if max(len(a), len(b)) <= 20 else "asymptotic"
            lines.append(f"{name}.cvm.statistic = {fmt(cvm.statistic)}")
            lines.append(f"{name}.cvm.pvalue = {fmt(cvm.pvalue)}")
            lines.append(f"{name}.cvm.method = {cvm_method}")
        else:
            lines.append(f"{name}.cvm.error = x and y must contain at least two observations.")
        lines.append(f"{name}.wasserstein1 = {fmt(stats.wasserstein_distance(a, b))}")
        lines.append(f"{name}.wasserstein2 = {fmt(wasserstein2(a, b))}")
        lines.append(f"{name}.energy = {fmt(stats.energy_distance(a, b))}")
    OUT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
