#!/usr/bin/env python3
"""Simulated finite-n Kuiper table for KuiperPValue (n = 2..30) and an independent check set.

Run from the repository root:  python3 model/src/test/python/make_kuiper_table.py
Versions: NumPy 2.4.6 (numpy.random.Generator(PCG64(seed))).

For each n, R = 2 000 000 samples of n uniforms (seed 20261202 + n) give V = D+ + D- with
D+ = max(i/n - u_(i)), D- = max(u_(i) - (i-1)/n). The table holds, for each upper-tail probability p
of the grid, the empirical quantile v_p = the ceil((1 - p) R)-th smallest V, so that the fraction of
simulated V >= v_p is p. Monte-Carlo error of P(V >= v_p): sqrt(p (1 - p) / R), i.e. 0.07% at
p = 0.5, 1.6% at p = 1e-3, 5% at p = 1e-4 (relative). Written to
model/src/main/resources/org/probscope/model/gof/kuiper-simulated.csv as lines "n,p1:v1 p2:v2 ...".

Check set (model/src/test/resources/org/probscope/model/gof/kuiper-check.csv): a second simulation,
R = 1 000 000 per n, seed 7 + n, giving at fixed V the fraction of simulated V >= v and its binomial
standard error; among them n = 10, V = 0.7 (issue 7: Stephens' formula off by 54% there).
"""
import os

import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
TABLE = os.path.join(ROOT, "main", "resources", "org", "probscope", "model", "gof", "kuiper-simulated.csv")
CHECK = os.path.join(ROOT, "test", "resources", "org", "probscope", "model", "gof", "kuiper-check.csv")
R = 2_000_000
CHUNK = 200_000
GRID = sorted(set([round(x, 4) for x in np.arange(0.98, 0.049, -0.03)] +
                  [float("%.3g" % x) for x in np.geomspace(0.05, 1e-4, 25)]), reverse=True)


def simulate(n, reps, seed):
    rng = np.random.Generator(np.random.PCG64(seed))
    i = np.arange(1, n + 1)
    out = []
    for start in range(0, reps, CHUNK):
        u = np.sort(rng.random((min(CHUNK, reps - start), n)), axis=1)
        out.append((i / n - u).max(axis=1) + (u - (i - 1) / n).max(axis=1))
    return np.sort(np.concatenate(out))


def main():
    lines = ["# Made by model/src/test/python/make_kuiper_table.py (see its docstring); R = %d per n" % R,
             "# n,p:v_p ... with P(V >= v_p) = p in the simulation"]
    for n in range(2, 31):
        v = simulate(n, R, 20261202 + n)
        cells = []
        for p in GRID:
            k = int(np.ceil((1 - p) * R))
            cells.append("%r:%r" % (float(p), float(v[min(k, R - 1)])))
        lines.append("%d,%s" % (n, " ".join(cells)))
        print(n, flush=True)
    with open(TABLE, "w") as f:
        f.write("\n".join(lines) + "\n")
    check = ["# Made by model/src/test/python/make_kuiper_table.py: second simulation, R = 1000000, seed 7 + n",
             "n,v,p,standard_error"]
    for n, vs in [(2, [0.8, 0.95]), (3, [0.7, 0.9]), (5, [0.5, 0.7, 0.85]), (10, [0.4, 0.55, 0.7]),
                  (20, [0.3, 0.45, 0.55]), (30, [0.25, 0.35, 0.45])]:
        v = simulate(n, 1_000_000, 7 + n)
        for x in vs:
            p = float(np.mean(v >= x))
            check.append("%d,%r,%r,%r" % (n, x, p, float(np.sqrt(max(p, 1e-6) * (1 - p) / 1_000_000))))
    with open(CHECK, "w") as f:
        f.write("\n".join(check) + "\n")


if __name__ == "__main__":
    main()
