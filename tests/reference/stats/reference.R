# Reference values for packages/stats, computed with R's stats and survey packages.
# Run from the repository root: Rscript tests/reference/stats/reference.R
# Writes tests/reference/stats/reference.json (committed). Inputs are documented inline and are
# repeated in the TypeScript tests, which compare to these values at 1e-6 relative tolerance.
suppressPackageStartupMessages({ library(jsonlite); library(survey) })
out <- list(R = R.version.string, survey = as.character(packageVersion("survey")))
z <- qnorm(0.975)

# ---- Proportions: (x, n) pairs, edge cases 0 %, 100 %, n = 1 ----
pairs <- list(c(0, 10), c(10, 10), c(1, 1), c(0, 1), c(7, 23), c(46, 100), c(31, 80), c(3, 180))
out$proportions <- lapply(pairs, function(p) {
  x <- p[1]; n <- p[2]
  wilson <- prop.test(x, n, correct = FALSE)$conf.int           # Wilson score, no continuity correction
  cp <- binom.test(x, n)$conf.int                                  # Clopper-Pearson
  jl <- if (x == 0) 0 else qbeta(0.025, x + 0.5, n - x + 0.5)      # Jeffreys (Brown, Cai & DasGupta 2001:
  ju <- if (x == n) 1 else qbeta(0.975, x + 0.5, n - x + 0.5)      #   bound set to 0 or 1 at the edges)
  nt <- n + z^2; pt <- (x + z^2 / 2) / nt                          # Agresti-Coull (1998)
  ac <- c(max(0, pt - z * sqrt(pt * (1 - pt) / nt)), min(1, pt + z * sqrt(pt * (1 - pt) / nt)))
  list(x = x, n = n, wilson = as.numeric(wilson), clopper_pearson = as.numeric(cp), jeffreys = c(jl, ju), agresti_coull = ac)
})

# ---- Newcombe (1998) hybrid score interval for p1 - p2, method 10, by formula ----
newcombe <- function(x1, n1, x2, n2) {
  w1 <- prop.test(x1, n1, correct = FALSE)$conf.int; w2 <- prop.test(x2, n2, correct = FALSE)$conf.int
  p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  c(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
}
out$newcombe <- list(
  list(x1 = 56, n1 = 70, x2 = 48, n2 = 80, ci = newcombe(56, 70, 48, 80)),  # Newcombe 1998, Table II (a): 0.0524, 0.3339
  list(x1 = 9, n1 = 10, x2 = 3, n2 = 10, ci = newcombe(9, 10, 3, 10)),
  list(x1 = 0, n1 = 10, x2 = 0, n2 = 20, ci = newcombe(0, 10, 0, 20)),
  list(x1 = 46, n1 = 100, x2 = 31, n2 = 80, ci = newcombe(46, 100, 31, 80))
)

# ---- Chi-square (no continuity correction) and Fisher's exact test ----
tables <- list(
  matrix(c(12, 5, 7, 9), 2),
  matrix(c(20, 15, 30, 10, 25, 20), 2),
  matrix(c(3, 1, 1, 3), 2),
  matrix(c(2, 0, 1, 4, 3, 1, 0, 2, 5), 3)
)
out$contingency <- lapply(tables, function(m) {
  cs <- suppressWarnings(chisq.test(m, correct = FALSE))
  list(table = lapply(seq_len(nrow(m)), function(i) m[i, ]), chisq = unname(cs$statistic), df = unname(cs$parameter),
       p_chisq = cs$p.value, cramer_v = sqrt(unname(cs$statistic) / (sum(m) * (min(dim(m)) - 1))),
       p_fisher = fisher.test(m)$p.value)
})

# ---- Wilcoxon-Mann-Whitney, normal approximation with ties and continuity correction ----
a <- c(1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 2, 3)
b <- c(2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 4, 3, 4, 5, 1)
w <- wilcox.test(a, b, exact = FALSE, correct = TRUE)
out$wilcoxon <- list(x = a, y = b, W = unname(w$statistic), p = w$p.value)

# ---- Welch's t ----
u <- c(12.5, 30, 25, 40, 18, 22.5, 35, 10, 28)
v <- c(35, 45, 20, 50, 38, 42, 30, 55, 47, 33, 40)
tt <- t.test(u, v)
out$welch <- list(x = u, y = v, t = unname(tt$statistic), df = unname(tt$parameter), p = tt$p.value,
                  ci = as.numeric(tt$conf.int), mean_x = mean(u), ci_mean_x = as.numeric(t.test(u)$conf.int))

# ---- Multiple testing ----
pv <- c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.5, 0.99)
out$adjust <- list(p = pv, holm = p.adjust(pv, "holm"), bh = p.adjust(pv, "BH"))

# ---- Weighted: survey::svymean and survey::svyciprop (logit and beta) ----
y <- c(1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1)
wt <- c(1.2, 0.8, 1.5, 2.0, 1.0, 0.5, 1.1, 0.9, 1.3, 2.2, 0.7, 1.0, 1.4, 0.6, 1.8, 1.0, 0.9, 1.6, 1.1, 0.4)
num <- c(10, 25, 40, 5, 60, 30, 15, 35, 50, 20, 45, 25, 10, 70, 30, 40, 20, 15, 55, 35)
d <- svydesign(ids = ~1, weights = ~wt, data = data.frame(y, wt, num))
m <- svymean(~num, d); p <- svymean(~y, d)
lg <- svyciprop(~I(y == 1), d, method = "logit"); bt <- svyciprop(~I(y == 1), d, method = "beta")
d1 <- svydesign(ids = ~1, weights = ~rep(1, 20), data = data.frame(y, num))  # all weights equal
bt1 <- svyciprop(~I(y == 1), d1, method = "beta")
out$weighted <- list(y = y, w = wt, num = num,
  mean = unname(coef(m)), mean_se = unname(SE(m)), prop = unname(coef(p)), prop_se = unname(SE(p)),
  logit_ci = as.numeric(attr(lg, "ci")), beta_ci = as.numeric(attr(bt, "ci")), beta_ci_equal_weights = as.numeric(attr(bt1, "ci")))


# ---- Rao-Scott corrected chi-square (survey::svychisq, statistic = "F") ----
g1 <- c("a", "a", "b", "b", "c", "a", "b", "c", "c", "a", "b", "a", "c", "b", "a", "c", "b", "a", "c", "b")
g2 <- c("x", "y", "x", "y", "y", "x", "x", "y", "x", "y", "y", "x", "y", "x", "x", "y", "y", "x", "x", "y")
dd <- svydesign(ids = ~1, weights = ~wt, data = data.frame(g1, g2, wt))
rs <- svychisq(~g1 + g2, dd, statistic = "F")
d1e <- svydesign(ids = ~1, weights = ~rep(1, 20), data = data.frame(g1, g2))
rs1 <- svychisq(~g1 + g2, d1e, statistic = "F")
out$rao_scott <- list(a = g1, b = g2, w = wt, F = unname(rs$statistic), ndf = unname(rs$parameter[1]),
                      ddf = unname(rs$parameter[2]), p = rs$p.value,
                      F_equal = unname(rs1$statistic), p_equal = rs1$p.value)

# ---- Raking (survey::rake) of a sample to population margins, run to convergence ----
s1 <- c("cpas", "cpas", "asbl", "asbl", "asbl", "commune", "cpas", "asbl", "commune", "asbl", "cpas", "asbl")
s2 <- c("as", "acc", "as", "as", "acc", "as", "as", "acc", "acc", "as", "as", "as")
ds <- svydesign(ids = ~1, weights = ~rep(1, 12), data = data.frame(s1, s2))
pm1 <- data.frame(s1 = c("asbl", "commune", "cpas"), Freq = c(40, 25, 35))
pm2 <- data.frame(s2 = c("acc", "as"), Freq = c(30, 70))
rk <- rake(ds, list(~s1, ~s2), list(pm1, pm2), control = list(maxit = 200, epsilon = 1e-12))
wr <- weights(rk)
out$rake <- list(s1 = s1, s2 = s2, margin1 = list(levels = pm1$s1, totals = pm1$Freq), margin2 = list(levels = pm2$s2, totals = pm2$Freq),
                 weights = unname(wr),
                 kish_deff = length(wr) * sum(wr^2) / sum(wr)^2,   # Kish (1965) design effect of unequal weights
                 ess = sum(wr)^2 / sum(wr^2))

writeLines(toJSON(out, digits = I(17), auto_unbox = TRUE, pretty = TRUE), "tests/reference/stats/reference.json")
cat("wrote tests/reference/stats/reference.json\n")
