#!/usr/bin/env python3
"""Far-tail p-value references for org.probscope.model.gof (PValueTailReferenceTest).

Run from the repository root:  python3 model/src/test/python/make_pvalue_tail_reference.py
Writes model/src/test/resources/org/probscope/model/gof/pvalue-tails.csv with columns
  kind, n, statistic, ln_p, source
Versions: mpmath 1.3.0 (working precision said per kind), SciPy 1.17.1, R 4.x with goftest (Rscript).

kinds and where ln_p comes from:
  ks            ln(2 * P(D+ >= d)) with P(D+ >= d) the exact Birnbaum-Tingey sum
                d * sum_{j=0}^{floor(n(1-d))} C(n,j) (1-d-j/n)^(n-j) (d+j/n)^(j-1) in mpmath (dps 60).
                Exact two-sided for d >= 1/2; for d < 1/2 it is what scipy.stats.kstwo.sf(d, n) returns
                in the tail (checked below where kstwo.sf is representable: agreement to 1e-12).
  ks_scipy      ln(scipy.stats.kstwo.sf(d, n)): the exact finite-n law at moderate tails.
  cvm_limit     ln(1 - V(w)), V the limit CDF of W^2 by its Anderson-Darling (1952) series
                sum_k Gamma(k+1/2)/(Gamma(k+1) pi^(3/2) sqrt(w)) sqrt(4k+1) exp(-q) K_{1/4}(q),
                q = (4k+1)^2/(16w), in mpmath with 60 digits more than 1 - V cancels (pi^2 w/(2 ln 10));
                n column = 0.
  ad_limit      ln(1 - ADinf(z)), ADinf by the Anderson-Darling (1954) series
                (sqrt(2 pi)/z) sum_j (-1)^j Gamma(j+1/2)/(Gamma(1/2) j!) (4j+1) exp(-(4j+1)^2 pi^2/(8z))
                * integral_0^inf exp(z/(8(y^2+1)) - (4j+1)^2 pi^2 y^2/(8z)) dy, mpmath with 60 + z/ln 10
                digits.
  cvm_tail      the method of CramerVonMisesPValue beyond its join w0 = min(2, 0.26 sqrt(n)), rebuilt
                from outside Java: ln(1 - V(w)) [mpmath] + ln(goftest::pCvM(w0, n, lower.tail=FALSE))
                [R] - ln(1 - V(w0)) [mpmath].
  ad_tail       the same for AndersonDarlingPValue beyond A^2 = 6: ln(1 - ADinf(z)) [mpmath]
                + ln(goftest::pAD(6, n, lower.tail=FALSE)) [R, Marsaglia & Marsaglia 2004]
                - ln(1 - ADinf(6)) [mpmath].
"""
import math
import os
import subprocess

import mpmath as mp
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "probscope", "model", "gof",
                   "pvalue-tails.csv")


def cvm_limit_sf(w):
    # 1 - V(w) cancels about pi^2 w / (2 ln 10) digits: keep 60 more than that
    with mp.workdps(60 + int(math.pi ** 2 * w / 2 / math.log(10))):
        w = mp.mpf(w)
        tot = mp.mpf(0)
        for k in range(0, 600):
            y = 4 * k + 1
            q = mp.mpf(y) ** 2 / (16 * w)
            u = mp.gamma(k + mp.mpf(1) / 2) / (mp.gamma(k + 1) * mp.pi ** 1.5 * mp.sqrt(w))
            term = u * mp.sqrt(y) * mp.exp(-q) * mp.besselk(mp.mpf(1) / 4, q)
            tot += term
            if abs(term) < mp.mpf(10) ** (-mp.mp.dps + 5):
                break
        return 1 - tot


def ad_limit_sf(z):
    with mp.workdps(60 + int(z / math.log(10))):
        z = mp.mpf(z)
        tot = mp.mpf(0)
        for j in range(0, 600):
            c = (4 * j + 1) ** 2 * mp.pi ** 2 / (8 * z)
            coef = (-1) ** j * mp.gamma(j + mp.mpf(1) / 2) / (mp.gamma(mp.mpf(1) / 2) * mp.factorial(j)) \
                * (4 * j + 1) * mp.exp(-c)
            integ = mp.quad(lambda x: mp.exp(z / (8 * (x * x + 1)) - c * x * x), [0, mp.inf])
            term = coef * integ
            tot += term
            if abs(term) < mp.mpf(10) ** (-mp.mp.dps + 5):
                break
        return 1 - mp.sqrt(2 * mp.pi) / z * tot


def ks_two_smirnov(d, n):
    with mp.workdps(60):
        d = mp.mpf(d)
        last = int(mp.floor(n * (1 - d)))
        s = mp.mpf(0)
        for j in range(last + 1):
            s += mp.binomial(n, j) * (1 - d - mp.mpf(j) / n) ** (n - j) * (d + mp.mpf(j) / n) ** (j - 1)
        return 2 * d * s


def r_value(expr):
    out = subprocess.run(["Rscript", "-e", "library(goftest); cat(sprintf('%.17g', " + expr + "))"],
                         check=True, capture_output=True, text=True).stdout
    return float(out)


def main():
    rows = []
    # KS far tail: every n of the monotonicity sweep, d from the body's edge to 1.
    for n, ds in [(2, [0.6, 0.9, 0.999]), (5, [0.5, 0.8, 0.99]), (10, [0.5, 0.7, 0.9, 0.999]),
                  (100, [0.45, 0.6, 0.9, 0.99]), (1000, [0.3, 0.55, 0.7, 0.9, 0.999]),
                  (10000, [0.15, 0.2, 0.5, 0.9, 0.999]), (20000, [0.05, 0.1, 0.3, 0.9]),
                  (100000, [0.02, 0.05, 0.5, 0.99]), (1000000, [0.9, 0.99, 0.999])]:
        for d in ds:
            p = ks_two_smirnov(d, n)
            rows.append(("ks", n, repr(d), mp.nstr(mp.log(p), 17), "mpmath 2*BirnbaumTingey(d, n)"))
            sp = stats.kstwo.sf(d, n)
            if sp > 1e-300:
                assert abs(sp / float(p) - 1) < 1e-10, (n, d, sp, p)
    for n, d in [(20000, 0.012), (20000, 0.02), (100000, 0.006), (100000, 0.008), (1000000, 0.002),
                 (1000000, 0.0025)]:
        rows.append(("ks_scipy", n, repr(d), repr(math.log(stats.kstwo.sf(d, n))),
                     "log(scipy.stats.kstwo.sf(d, n))"))
    for w in [1, 1.5, 2, 2.5, 3, 4, 5, 7.6, 10, 15, 20, 30, 50, 100, 211]:
        rows.append(("cvm_limit", 0, repr(float(w)), mp.nstr(mp.log(cvm_limit_sf(w)), 17),
                     "mpmath 1 - V(w)"))
    for z in [6, 7, 8, 10, 12, 15, 17, 20, 26.6, 30, 40.5, 60, 100]:
        rows.append(("ad_limit", 0, repr(float(z)), mp.nstr(mp.log(ad_limit_sf(z)), 17),
                     "mpmath 1 - ADinf(z)"))
    for n in [10, 20, 50, 100, 500, 1000, 100000]:
        w0 = min(2.0, 0.26 * math.sqrt(n))
        at = r_value("pCvM(%r, n=%d, lower.tail=FALSE)" % (w0, n))
        shift = math.log(at) - float(mp.log(cvm_limit_sf(w0)))
        for w in [2.5, 3, 5, 7.6, 20]:
            if w <= w0 or w >= n / 3:
                continue
            rows.append(("cvm_tail", n, repr(float(w)),
                         repr(float(mp.log(cvm_limit_sf(w))) + shift),
                         "mpmath ln(1-V(w)) + ln(pCvM(%r, n=%d, lower.tail=FALSE)) - ln(1-V(w0))" % (w0, n)))
    sf6 = ad_limit_sf(6)
    for n in [2, 5, 10, 20, 100, 1000, 100000]:
        at = r_value("pAD(6, n=%d, lower.tail=FALSE)" % n)
        shift = math.log(at) - float(mp.log(sf6))
        for z in [8, 11.025634063499805, 17, 26.6, 40.5, 60]:
            rows.append(("ad_tail", n, repr(float(z)), repr(float(mp.log(ad_limit_sf(z))) + shift),
                         "mpmath ln(1-ADinf(z)) + ln(pAD(6, n=%d, lower.tail=FALSE)) - ln(1-ADinf(6))" % n))
    with open(OUT, "w") as f:
        f.write("# Made by model/src/test/python/make_pvalue_tail_reference.py (its docstring names every call)\n")
        f.write("kind,n,statistic,ln_p,source\n")
        for r in rows:
            f.write(",".join(str(c) for c in r) + "\n")


if __name__ == "__main__":
    main()
