#!/usr/bin/env python3
"""Writes reference-timings.txt: SciPy and R fitdistrplus fit times on this machine (see that file)."""
import os
import platform
import statistics
import subprocess
import time
import warnings

import numpy as np
import scipy
import scipy.stats as st

os.chdir(os.path.dirname(os.path.abspath(__file__)))
warnings.simplefilter("ignore")
N = 10**6
out = []
P = lambda s: (print(s, flush=True), out.append(s))
P(f"# reference timings, {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}")
P(f"# machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; python {platform.python_version()},"
  f" scipy {scipy.__version__}, numpy {np.__version__}")
P("# uptime before: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
P("# (the machine is shared with other jobs: treat the numbers as upper bounds)")
rng = np.random.default_rng(42)
x = st.gamma(2.5, scale=1.5).rvs(size=N, random_state=rng)


def med3(f):
    ts = []
    for _ in range(3):
        t0 = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts), ts


R_ONLY = "--r-only" in __import__("sys").argv
if R_ONLY:
    out = [ln for ln in open("reference-timings.txt").read().split("\n")
           if ln and not ln.startswith(("Error", "scan", "Execution", "# uptime after", "# command", "R "))]
    print("\n".join(out))
t, ts = med3(lambda: st.gamma.fit(x, floc=0)) if not R_ONLY else (0, [])
if not R_ONLY:
  P(f"scipy.stats.gamma.fit(x, floc=0), x = gamma(2.5, scale=1.5) n=1e6 (default_rng(42)): median of 3 = {t:.4f} s  {ts}")
if not R_ONLY:
  t, ts = med3(lambda: st.gamma.fit(x))
  P(f"scipy.stats.gamma.fit(x) (free loc): median of 3 = {t:.4f} s  {ts}")

# every ProbScope family SciPy can fit with its own .fit, n = 1e6 from that family, fixed loc/scale as ProbScope
FITS = [
    ("normal", st.norm(10, 2), lambda y: st.norm.fit(y)),
    ("lognormal", st.lognorm(0.5, scale=np.e), lambda y: st.lognorm.fit(y, floc=0)),
    ("exponential", st.expon(scale=0.5), lambda y: st.expon.fit(y, floc=0)),
    ("gamma", st.gamma(2.5, scale=1.5), lambda y: st.gamma.fit(y, floc=0)),
    ("beta", st.beta(2, 5), lambda y: st.beta.fit(y, floc=0, fscale=1)),
    ("uniform", st.uniform(-1, 4), lambda y: st.uniform.fit(y)),
    ("studentt", st.t(5), lambda y: st.t.fit(y, floc=0, fscale=1)),
    ("chisquared", st.chi2(4), lambda y: st.chi2.fit(y, floc=0, fscale=1)),
    ("f", st.f(5, 12), lambda y: st.f.fit(y, floc=0, fscale=1)),
    ("cauchy", st.cauchy(1, 0.5), lambda y: st.cauchy.fit(y)),
    ("weibull", st.weibull_min(1.5, scale=2), lambda y: st.weibull_min.fit(y, floc=0)),
    ("laplace", st.laplace(0.5, 1.5), lambda y: st.laplace.fit(y)),
    ("logistic", st.logistic(2, 0.7), lambda y: st.logistic.fit(y)),
    ("gumbel", st.gumbel_r(1, 2), lambda y: st.gumbel_r.fit(y)),
    ("pareto", st.pareto(3, scale=2), lambda y: st.pareto.fit(y, floc=0)),
    ("triangular", st.triang(0.3), lambda y: st.triang.fit(y, floc=0, fscale=1)),
    ("levy", st.levy(1, 0.5), lambda y: st.levy.fit(y)),
]
FITS = FITS if not R_ONLY else []
if not R_ONLY:
  P("\n# all continuous ProbScope families with a SciPy .fit, n = 1e6 each (one run each; data generation not timed)")
tot = 0
for name, d, fit in FITS:
    y = d.rvs(size=N, random_state=np.random.default_rng(7))
    t0 = time.perf_counter()
    r = fit(y)
    dt = time.perf_counter() - t0
    tot += dt
    P(f"  {name:12s} {dt:9.3f} s   {tuple(float(v) for v in r)}")
if not R_ONLY:
  P(f"  sum {tot:.3f} s over {len(FITS)} families (SciPy's discrete distributions have no .fit; truncatednormal's"
    " bounds cannot be fixed in data units in truncnorm.fit; affine t/chi2 not included)")

# R
np.savetxt("/tmp/fit_timing_gamma_1e6.txt", x, fmt="%.17g")
rcode = r'''
suppressPackageStartupMessages(library(fitdistrplus))
x <- scan("/tmp/fit_timing_gamma_1e6.txt", quiet = TRUE)
ts <- numeric(3)
for (i in 1:3) ts[i] <- system.time(f <- fitdist(x, "gamma"))[["elapsed"]]
cat(sprintf("R fitdistrplus::fitdist(x, \"gamma\") n=1e6 (same x): median of 3 = %.4f s  [%s]  estimate %s\n",
  median(ts), paste(ts, collapse = ", "), paste(signif(f$estimate, 10), collapse = ", ")))
set.seed(1)
y <- x[1:1000]
t <- system.time(b <- bootdist(fitdist(y, "gamma"), niter = 1000))[["elapsed"]]
cat(sprintf("R set.seed(1); bootdist(fitdist(x[1:1000], \"gamma\"), niter = 1000): %.3f s (one run)\n", t))
# every family fitdist fits by name without user-written densities, n = 1e6 each, one run each
set.seed(7)
fams <- list(
  norm = function() rnorm(1e6, 10, 2), lnorm = function() rlnorm(1e6, 1, 0.5),
  exp = function() rexp(1e6, 2), gamma = function() rgamma(1e6, 2.5, scale = 1.5),
  weibull = function() rweibull(1e6, 1.5, 2), logis = function() rlogis(1e6, 2, 0.7),
  cauchy = function() rcauchy(1e6, 1, 0.5), beta = function() rbeta(1e6, 2, 5),
  unif = function() runif(1e6, -1, 3), pois = function() rpois(1e6, 3),
  geom = function() rgeom(1e6, 0.3), nbinom = function() rnbinom(1e6, size = 4, prob = 0.4))
total <- 0
for (name in names(fams)) {
  z <- fams[[name]]()
  t <- system.time(g <- tryCatch(fitdist(z, name), error = function(e) conditionMessage(e)))[["elapsed"]]
  total <- total + t
  est <- if (is.character(g)) paste("error:", g) else paste(signif(g$estimate, 8), collapse = ", ")
  cat(sprintf("R   %-8s %9.3f s   %s\n", name, t, est))
}
cat(sprintf("R   sum %.3f s over %d families (one thread)\n", total, length(fams)))
cat(R.version.string, "fitdistrplus", as.character(packageVersion("fitdistrplus")), "\n")
'''
r = subprocess.run(["Rscript", "-e", rcode], capture_output=True, text=True)
P("\n" + r.stdout.strip() + ("\n" + r.stderr.strip() if r.returncode else ""))
P("# uptime after: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
P("# command: python3 make_reference_timings.py (this directory)")
open("reference-timings.txt", "w").write("\n".join(out) + "\n")
