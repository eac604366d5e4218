"""Polishes fitdistrplus's optima (the *.r.csv files of make_methods_reference.R) with SciPy 1.17.

fitdistrplus's optim (Nelder-Mead, reltol 1.5e-8) stops early, so each quantile-matching and
maximum-goodness-of-fit answer is polished on the same objective:
- qme: sum((F^-1(p_i) - quantile(x, p_i, type 7))^2), scipy.optimize.minimize(method="Nelder-Mead",
  xatol=1e-13, fatol=1e-17) from R's answer in log coordinates for positive parameters, restarted
  until the objective stops decreasing, then mpmath.findroot (30 digits) on F^-1(p_i) = q_i when
  the objective is zero at the optimum (k equations in k unknowns);
- mge: mgedist's distances over the sorted sample with u_i = F(x_i): CvM 1/(12n) +
  sum((u_i - (2i-1)/(2n))^2), KS max(i/n - u_i, u_i - (i-1)/n), AD -n - mean((2i-1)(ln u_i +
  ln(1 - u_{n+1-i}))) with ln u and ln(1 - u) from logcdf/logsf; the same Nelder-Mead restarts;
- mm: the closed forms of mmedist are exact; weibull's (optim on raw moments 1, 2) is polished by
  mpmath.findroot on Gamma(1+2/k)/Gamma(1+1/k)^2 - 1 = v/m^2 (v with divisor n).
Writes <name>.properties in ProbScope's parameterisation (gamma scale = 1/rate, lognormal mu/sigma,
negativebinomial p = size/(size + mu)).
Run: python3 make_methods_reference.py (after Rscript make_methods_reference.R).
"""
import csv
import glob

import mpmath as mp
import numpy as np
import scipy
from scipy import optimize, stats

mp.mp.dps = 30

# R name -> (our family, our parameter names, R->ours conversion, scipy frozen builder, positive mask)
FAMILIES = {
    "norm": ("normal", ["mean", "sd"], lambda r: [r["mean"], r["sd"]],
             lambda p: stats.norm(p[0], p[1]), [False, True]),
    "gamma": ("gamma", ["shape", "scale"], lambda r: [r["shape"], 1 / r["rate"]],
              lambda p: stats.gamma(p[0], scale=p[1]), [True, True]),
    "weibull": ("weibull", ["shape", "scale"], lambda r: [r["shape"], r["scale"]],
                lambda p: stats.weibull_min(p[0], scale=p[1]), [True, True]),
    "exp": ("exponential", ["rate"], lambda r: [r["rate"]],
            lambda p: stats.expon(scale=1 / p[0]), [True]),
    "lnorm": ("lognormal", ["mu", "sigma"], lambda r: [r["meanlog"], r["sdlog"]],
              lambda p: stats.lognorm(p[1], scale=np.exp(p[0])), [False, True]),
    "beta": ("beta", ["alpha", "beta"], lambda r: [r["shape1"], r["shape2"]],
             lambda p: stats.beta(p[0], p[1]), [True, True]),
    "logis": ("logistic", ["location", "scale"], lambda r: [r["location"], r["scale"]],
              lambda p: stats.logistic(p[0], p[1]), [False, True]),
    "pois": ("poisson", ["mean"], lambda r: [r["lambda"]], None, [True]),
    "nbinom": ("negativebinomial", ["successes", "p"],
               lambda r: [r["size"], r["size"] / (r["size"] + r["mu"])], None, [True, True]),
}


def distance(kind, dist, x):
    n = len(x)
    i = np.arange(1, n + 1)
    u = dist.cdf(x)
    if kind == "cvm":
        return 1 / (12 * n) + np.sum((u - (2 * i - 1) / (2 * n)) ** 2)
    if kind == "ks":
        return max(np.max(i / n - u), np.max(u - (i - 1) / n))
    lf = dist.logcdf(x)
    ls = dist.logsf(x)
    return -n - np.mean((2 * i - 1) * (lf + ls[::-1]))


def polish(objective, start, positive):
    """Nelder-Mead restarts in log coordinates for positive parameters."""
    to_t = lambda p: np.array([np.log(v) if pos else v for v, pos in zip(p, positive)])
    to_p = lambda t: np.array([np.exp(v) if pos else v for v, pos in zip(t, positive)])

    def f(t):
        v = objective(to_p(t))
        return v if np.isfinite(v) else 1e300

    t = to_t(start)
    best = f(t)
    for _ in range(10):
        r = optimize.minimize(f, t, method="Nelder-Mead",
                              options={"xatol": 1e-13, "fatol": 1e-17, "maxiter": 20000,
                                       "maxfev": 20000, "adaptive": True})
        if r.fun < best - 1e-16 * abs(best) or (r.fun < best):
            improved = best - r.fun
            t, best = r.x, r.fun
            if improved <= 1e-15 * abs(best):
                break
        else:
            break
    return to_p(t), best


def main():
    for path in sorted(glob.glob("*.r.csv")):
        name = path[: -len(".r.csv")]
        x = np.sort(np.array([float(v) for v in open(name + ".data").read().split()]))
        rows = list(csv.DictReader(open(path)))
        rname = rows[0]["call"].split('"')[1]
        family, params, convert, build, positive = FAMILIES[rname]
        by_method = {}
        for row in rows:
            by_method.setdefault(row["method"], {"call": row["call"], "est": {}, "obj": row["objective"]})
            by_method[row["method"]]["est"][row["param"]] = float(row["value"])
        out = [f"# {name}: {len(x)} values in {name}.data, drawn by make_methods_reference.R",
               f"# fitdistrplus {rows and '1.1.8'}, SciPy {scipy.__version__}, mpmath {mp.__version__}",
               f"family = {family}", f"n = {len(x)}"]
        for method, entry in by_method.items():
            r = convert(entry["est"])
            out.append(f"# {method}: R {entry['call']} -> {dict(zip(params, r))}")
            if method == "mm":
                values = r
                if rname == "weibull":
                    m = mp.mpf(sum(mp.mpf(v) for v in x)) / len(x)
                    v = sum((mp.mpf(xi) - m) ** 2 for xi in x) / len(x)
                    g = lambda k: mp.gamma(1 + 2 / k) / mp.gamma(1 + 1 / k) ** 2 - 1 - v / m ** 2
                    k = mp.findroot(g, r[0])
                    values = [k, m / mp.gamma(1 + 1 / k)]
                    out.append("# weibull mm polished by mpmath.findroot on the variance/mean^2 equation")
                for p, val in zip(params, values):
                    out.append(f"mm.{p} = {float(val)!r}")
                continue
            if method.startswith("qme"):
                probs = [float(s) for s in entry["call"].split("c(")[1].split(")")[0].split(",")]
                q = np.quantile(x, probs, method="linear")
                obj = lambda p: np.sum((build(p).ppf(probs) - q) ** 2)
                best, value = polish(obj, r, positive)
                # exact solution of k equations: findroot at 30 digits through scipy's ppf is not
                # available, so refine with scipy.optimize.root on the residuals
                sol = optimize.root(lambda p: build(p).ppf(probs) - q, best, method="hybr",
                                    options={"xtol": 1e-15})
                if sol.success and obj(sol.x) <= value:
                    best, value = sol.x, obj(sol.x)
                out.append(f"{method}.probabilities = {', '.join(repr(p) for p in probs)}")
                for p, val in zip(params, best):
                    out.append(f"{method}.{p} = {float(val)!r}")
                out.append(f"{method}.objective = {float(value)!r}")
                continue
            kind = method.split(".")[1]
            obj = lambda p: distance(kind, build(p), x)
            best, value = polish(obj, r, positive)
            out.append(f"{method}.r.objective = {float(entry['obj'])!r}")
            for p, val in zip(params, best):
                out.append(f"{method}.{p} = {float(val)!r}")
            out.append(f"{method}.objective = {float(value)!r}")
        open(name + ".properties", "w").write("\n".join(out) + "\n")
        print(name, "done")


main()
