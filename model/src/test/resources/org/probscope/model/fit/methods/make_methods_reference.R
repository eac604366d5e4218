# Reference fits of fitdistrplus 1.1.8 (R, Debian package r-cran-fitdistrplus) for the estimation
# methods other than maximum likelihood: mmedist, qmedist(probs = ...) and mgedist(gof = ...).
# Run from this directory:  Rscript make_methods_reference.R  (writes *.r.csv), then
# python3 make_methods_reference.py (polishes fitdistrplus's optima with SciPy and writes the
# *.properties files the Java tests read).
# Each data set is seeded; the values are written with 17 significant digits so Java reads the
# same doubles.
suppressPackageStartupMessages(library(fitdistrplus))

mweibull <- function(order, shape, scale) scale^order * gamma(1 + order / shape)
memp <- function(x, order) mean(x^order)

sets <- list(
  list(name = "normal-150", seed = 801, dist = "norm", draw = function(n) rnorm(n, 10, 2)),
  list(name = "gamma-150", seed = 802, dist = "gamma", draw = function(n) rgamma(n, shape = 2.5, rate = 1 / 1.5)),
  list(name = "weibull-150", seed = 803, dist = "weibull", draw = function(n) rweibull(n, shape = 1.7, scale = 2)),
  list(name = "exponential-150", seed = 804, dist = "exp", draw = function(n) rexp(n, rate = 0.7)),
  list(name = "lognormal-150", seed = 805, dist = "lnorm", draw = function(n) rlnorm(n, 0.3, 0.6)),
  list(name = "beta-150", seed = 806, dist = "beta", draw = function(n) rbeta(n, 2, 5)),
  list(name = "logistic-150", seed = 807, dist = "logis", draw = function(n) rlogis(n, 1, 0.5)),
  list(name = "poisson-150", seed = 808, dist = "pois", draw = function(n) rpois(n, 3.5)),
  list(name = "negativebinomial-150", seed = 809, dist = "nbinom", draw = function(n) rnbinom(n, size = 3, prob = 0.4))
)

fmt <- function(x) sprintf("%.17g", x)

for (s in sets) {
  set.seed(s$seed)
  x <- s$draw(150)
  discrete <- s$dist %in% c("pois", "nbinom")
  rows <- list()
  add <- function(method, call, est) {
    rows[[length(rows) + 1]] <<- data.frame(method = method, call = call,
      param = names(est), value = fmt(unname(est)), stringsAsFactors = FALSE)
  }
  call <- sprintf("mmedist(x, \"%s\"%s)", s$dist,
                  if (s$dist == "weibull") ", order = 1:2, memp = memp" else "")
  mm <- if (s$dist == "weibull") mmedist(x, "weibull", order = 1:2, memp = memp) else mmedist(x, s$dist)
  add("mm", call, mm$estimate)
  if (!discrete) {
    k <- length(mm$estimate)
    probs <- if (k == 1) 0.5 else c(1 / 3, 2 / 3)
    call <- sprintf("qmedist(x, \"%s\", probs = c(%s))", s$dist, paste(fmt(probs), collapse = ", "))
    q <- qmedist(x, s$dist, probs = probs)
    add("qme", call, q$estimate)
    probs2 <- if (k == 1) 0.8 else c(0.1, 0.75)
    call <- sprintf("qmedist(x, \"%s\", probs = c(%s))", s$dist, paste(fmt(probs2), collapse = ", "))
    q2 <- qmedist(x, s$dist, probs = probs2)
    add("qme2", call, q2$estimate)
    for (gof in c("CvM", "KS", "AD")) {
      call <- sprintf("mgedist(x, \"%s\", gof = \"%s\")", s$dist, gof)
      g <- mgedist(x, s$dist, gof = gof)
      add(paste0("mge.", tolower(gof)), call, g$estimate)
      rows[[length(rows)]]$objective <- fmt(g$value)
    }
  }
  out <- do.call(rbind, lapply(rows, function(r) { if (is.null(r$objective)) r$objective <- NA; r }))
  write.csv(out, paste0(s$name, ".r.csv"), row.names = FALSE)
  writeLines(fmt(x), paste0(s$name, ".data"))
}
