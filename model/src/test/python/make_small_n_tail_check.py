#!/usr/bin/env python3
"""Seeded simulation of the A^2 and W^2 upper tails at small n (SmallNTailSimulationTest).

Run from the repository root:  python3 model/src/test/python/make_small_n_tail_check.py
NumPy 2.4.6, numpy.random.Generator(PCG64(99)); R = 4 000 000 samples of n uniforms per n, in the
order n = 5, 10, 20. A^2 = -n - (1/n) sum (2i-1)[ln u_(i) + ln(1 - u_(n+1-i))],
W^2 = 1/(12n) + sum (u_(i) - (2i-1)/(2n))^2. Each row: the fraction of simulated statistics >= s
and its binomial standard error sqrt(p(1-p)/R).
Writes model/src/test/resources/org/probscope/model/gof/small-n-tails.csv.
"""
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model", "gof",
                   "small-n-tails.csv")
R = 4_000_000
CHUNK = 400_000


def main():
    rng = np.random.Generator(np.random.PCG64(99))
    rows = ["# Made by model/src/test/python/make_small_n_tail_check.py (see its docstring)",
            "test,n,statistic,p,standard_error"]
    for n in [5, 10, 20]:
        i = np.arange(1, n + 1)
        a2, w2 = [], []
        for _ in range(0, R, CHUNK):
            u = np.sort(rng.random((CHUNK, n)), axis=1)
            a2.append(-n - ((2 * i - 1) * (np.log(u) + np.log1p(-u[:, ::-1]))).sum(axis=1) / n)
            w2.append(1 / (12 * n) + ((u - (2 * i - 1) / (2 * n)) ** 2).sum(axis=1))
        for name, values, points in [("ad", np.concatenate(a2), [4, 6, 7, 8, 9]),
                                     ("cvm", np.concatenate(w2), [0.5, 0.8, 1.0, 1.2, 1.5])]:
            for s in points:
                p = float(np.mean(values >= s))
                rows.append("%s,%d,%r,%r,%r" % (name, n, float(s), p, float(np.sqrt(p * (1 - p) / R))))
    with open(OUT, "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
