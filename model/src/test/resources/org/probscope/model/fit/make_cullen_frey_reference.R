# Reference values for CullenFreyTest. Run from the repository root:
#   Rscript model/src/test/resources/org/probscope/model/fit/make_cullen_frey_reference.R \
#     > model/src/test/resources/org/probscope/model/fit/cullen-frey.properties
# fitdistrplus 1.1.8 (R's descdist; boot must be NULL or >= 10, so the point alone is boot = NULL).
suppressMessages(library(fitdistrplus))
p <- function(key, value) cat(key, "=", format(value, digits = 17), "\n", sep = "")
cat("# made by make_cullen_frey_reference.R (fitdistrplus", as.character(packageVersion("fitdistrplus")), ")\n")
for (col in c("eruptions", "waiting")) {
  x <- read.csv("resources/faithful.csv")[[col]]
  d <- descdist(x, boot = NULL, method = "sample", graph = FALSE)
  cat("# descdist(read.csv(\"resources/faithful.csv\")$", col, ", boot = NULL, method = \"sample\", graph = FALSE)\n", sep = "")
  p(paste0("faithful.", col, ".skewness"), d$skewness)
  p(paste0("faithful.", col, ".kurtosis"), d$kurtosis)
}
# descdist's family curves, its own expressions evaluated at chosen parameters
cat("# gamma: s2 <- 4/shape; kurt <- 3 + 6/shape (shape = 2)\n")
shape <- 2; p("gamma.2.s2", 4/shape); p("gamma.2.kurt", 3 + 6/shape)
cat("# lognormal: es2 <- exp(sigma^2); s2 <- (es2+2)^2*(es2-1); kurt <- es2^4+2*es2^3+3*es2^2-3 (sigma = 0.5)\n")
es2 <- exp(0.5^2); p("lognormal.0.5.s2", (es2 + 2)^2 * (es2 - 1)); p("lognormal.0.5.kurt", es2^4 + 2*es2^3 + 3*es2^2 - 3)
cat("# beta: s2 <- 4*(q-p)^2*(p+q+1)/((p+q+2)^2*p*q); kurt <- 3*(p+q+1)*(p*q*(p+q-6)+2*(p+q)^2)/(p*q*(p+q+2)*(p+q+3)) (p = 2, q = 5)\n")
bp <- 2; bq <- 5
p("beta.2.5.s2", 4*(bq-bp)^2*(bp+bq+1)/((bp+bq+2)^2*bp*bq))
p("beta.2.5.kurt", 3*(bp+bq+1)*(bp*bq*(bp+bq-6)+2*(bp+bq)^2)/(bp*bq*(bp+bq+2)*(bp+bq+3)))
cat("# poisson: s2 <- 1/lambda; kurt <- 3 + 1/lambda (lambda = 2.5)\n")
p("poisson.2.5.s2", 1/2.5); p("poisson.2.5.kurt", 3 + 1/2.5)
cat("# negative binomial: s2 <- (2-p)^2/(r*(1-p)); kurt <- 3 + 6/r + p^2/(r*(1-p)) (r = 3, p = 0.4)\n")
r <- 3; np <- 0.4
p("negbin.3.0.4.s2", (2-np)^2/(r*(1-np))); p("negbin.3.0.4.kurt", 3 + 6/r + np^2/(r*(1-np)))
