# R side of the fit references: runs every fitdistrplus job listed in r_jobs.tsv (written by
# make_fit_references.py) and writes r_results.tsv. Usage (from this directory):
#   Rscript make_fit_references.R r_jobs.tsv r_results.tsv
# Each job's call is fitdist(x, "<distr>", method="<method>"<args>) on data/<data>.csv (column x, and w as
# integer weights when present); the exact call string is copied to the output and from there into
# references.tsv's source column.
suppressPackageStartupMessages(library(fitdistrplus))
a <- commandArgs(TRUE)
jobs <- read.delim(a[1], stringsAsFactors = FALSE, quote = "", colClasses = "character")
# raw moments for method="mme" where fitdistrplus has no closed form (weibull) or a parameter is fixed
memp <- function(x, order) mean(x^order)
mweibull <- function(order, shape, scale) scale^order * gamma(1 + order / shape)
mnbinom <- function(order, size, mu) ifelse(order == 1, mu, mu + mu^2 / size + mu^2)
out <- file(a[2], "w")
writeLines(paste("job", "call", "estimate", "loglik", "convergence", sep = "\t"), out)
for (i in seq_len(nrow(jobs))) {
  j <- jobs[i, ]
  d <- read.csv(file.path("data", paste0(j$data, ".csv")))
  x <- d$x
  w <- if ("w" %in% names(d)) d$w else NULL
  args <- if (j$args == "-") "" else j$args
  if (grepl("REPLICATE", args)) {          # integer weights expanded into repeated observations
    x <- rep(x, w)
    args <- sub(", *REPLICATE", "", args)
  }
  call <- sprintf('fitdist(x, "%s", method = "%s"%s)', j$distr, j$method, args)
  res <- tryCatch({
    f <- suppressWarnings(eval(parse(text = call)))
    c(paste(sprintf("%s=%.17g", names(f$estimate), f$estimate), collapse = ";"),
      sprintf("%.17g", f$loglik), as.character(f$convergence))
  }, error = function(e) c("-", "NA", paste("error:", gsub("[\t\n]", " ", conditionMessage(e)))))
  writeLines(paste(j$job, call, res[1], res[2], res[3], sep = "\t"), out)
}
close(out)
