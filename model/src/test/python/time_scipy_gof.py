#!/usr/bin/env python3
"""Times SciPy on the work GofBenchmark measures, for comparison (same machine, same n).

Run:  python3 model/src/test/python/time_scipy_gof.py
Per n: a normal sample (numpy default_rng(42)), sorted once before timing, against norm(0.01, 1):
  scipy.stats.kstest(x, cdf)               (method='auto': exact for n <= 10000, else asymptotic)
  scipy.stats.cramervonmises(x, cdf)
  Anderson-Darling sum in numpy: -n - mean((2i-1) (log F(x_i) + log S(x_{n+1-i})))  (no p-value)
Reported: the median and minimum of 7 timed repetitions (after 2 warm-ups), in ms.
SciPy sorts inside kstest and cramervonmises and evaluates the CDF in each; numpy is single-threaded.
"""
import time

import numpy as np
from scipy import stats


def all_three(x, dist):
    ks = stats.kstest(x, dist.cdf)
    cvm = stats.cramervonmises(x, dist.cdf)
    n = len(x)
    i = np.arange(1, n + 1)
    a2 = -n - np.sum((2 * i - 1) * (dist.logcdf(x) + dist.logsf(x[::-1]))) / n
    return ks.pvalue, cvm.pvalue, a2


def main():
    dist = stats.norm(0.01, 1)
    for n in (10_000, 100_000, 1_000_000):
        x = np.sort(np.random.default_rng(42).normal(0, 1, n))
        for _ in range(2):
            all_three(x, dist)
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            all_three(x, dist)
            times.append((time.perf_counter() - t0) * 1e3)
        print(f"n = {n:>9}: median {np.median(times):8.2f} ms, min {min(times):8.2f} ms")


if __name__ == "__main__":
    main()
