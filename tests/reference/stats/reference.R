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


# =====================================================================================================
# Survey designs (issue 10): weighted, raked and stratified designs, every exported estimator and test.
# Each data set is written into the JSON (column by column) and read back by the TypeScript tests.
# Conventions used throughout (stated once):
#  - a domain (group, valid answers) is estimated as R does with subset()/svyby(): the rows outside are
#    dropped but each stratum keeps its full sample size (design$fpc$sampsize), i.e. zeros outside;
#  - intervals of means, totals and differences use t on degf() of the rows concerned (zero weights out);
#  - rake() and calibrate() are run to full convergence (R's rake() default stops when cells are within 1).
# =====================================================================================================
cols <- function(df) lapply(df, function(v) if (is.factor(v)) as.character(v) else v)
stat <- function(s, df = NULL) {                      # a svystat: estimate, SE, and t interval on df
  est <- unname(coef(s)); se <- unname(SE(s))
  r <- list(estimate = est, se = se)
  if (!is.null(df)) r$ci <- if (df > 0) c(est - qt(0.975, df) * se, est + qt(0.975, df) * se) else c(NaN, NaN)
  r
}
ciprop <- function(formula, design, method) {          # svyciprop: estimate, SE, interval, degf, nrow
  ci <- suppressWarnings(svyciprop(formula, design, method = method))
  list(estimate = unname(as.numeric(ci)), se = unname(sqrt(attr(ci, "var")[1])),
       ci = unname(as.numeric(attr(ci, "ci"))), df = degf(design), nrow = nrow(design))
}
chisq2 <- function(formula, design) {                  # svychisq, both forms
  f <- svychisq(formula, design, statistic = "F"); c1 <- svychisq(formula, design, statistic = "Chisq")
  list(F = unname(f$statistic), ndf = unname(f$parameter[1]), ddf = unname(f$parameter[2]), p = f$p.value,
       chisq = unname(c1$statistic), p_chisq = c1$p.value)
}
contrast <- function(y, by, design) {                  # second group minus first, as svyby + svycontrast
  # (svyglm(y ~ by) gives the same difference and linearised SE, and also works on calibrated designs,
  # where svyby(covmat = TRUE) fails); interval on degf(design).
  f <- as.formula(paste0("as.numeric(", paste(deparse(y[[2]]), collapse = ""), ") ~ ", deparse(by[[2]])))
  m <- svyglm(f, design); df <- degf(design)
  est <- unname(coef(m)[2]); se <- unname(SE(m)[2])
  list(estimate = est, se = se, df = df, ci = c(est - qt(0.975, df) * se, est + qt(0.975, df) * se))
}

# ---- W: one weighted sample (no strata), unequal weights summing to a non-integer, a zero weight,
#      a group with one respondent (g3), a missing number, respondents not asked a multiple choice ----
set.seed(10)
nW <- 36
W <- data.frame(
  grp = c(rep("g1", 17), rep("g2", 18), "g3"),
  y = sample(c("oui", "non", "nsp"), nW, TRUE, prob = c(0.5, 0.4, 0.1)),
  q = sample(c("a", "b", "c"), nW, TRUE),
  x = round(runif(nW, 0, 100), 1),
  etp = sample(c(0.5, 0.8, 1), nW, TRUE),
  share = sample(c(5, 18, 38, 63, 88), nW, TRUE),
  L = sample(c("l1", "l2", "l3", "l4", "l5", "nsp"), nW, TRUE),
  m1 = sample(c(TRUE, FALSE), nW, TRUE), m2 = sample(c(TRUE, FALSE), nW, TRUE, prob = c(0.3, 0.7)),
  z = c(rep("oui", 17), rep("non", 18), "oui"),       # 100 % "oui" in g1, 0 % in g2
  w = round(runif(nW, 0.3, 3), 3), stringsAsFactors = FALSE)
W$w[5] <- 0; W$x[7] <- NA; W$m1[c(3, 9)] <- NA; W$m2[c(3, 9)] <- NA
W$fte <- W$share / 100 * W$etp
W$yo <- W$y == "oui"; W$ql_a <- W$q == "a"; W$ql_b <- W$q == "b"; W$ql_c <- W$q == "c"   # indicators for svychisq
W$rank <- match(W$L, c("l1", "l2", "l3", "l4", "l5"))   # NA for "nsp"
dW <- svydesign(ids = ~1, weights = ~w, data = W)
groupsW <- c("g1", "g2", "g3")
yv <- subset(dW, y != "nsp")
xv <- subset(dW, !is.na(x))
mv <- subset(dW, !is.na(m1))
lv <- subset(dW, !is.na(rank))
dW12 <- subset(dW, grp %in% c("g1", "g2"))
out$design_w <- list(
  data = cols(W), degf = degf(dW), sum_w = sum(W$w),
  proportion = lapply(groupsW, function(g) lapply(c("oui", "non"), function(l) list(
    beta = ciprop(as.formula(sprintf("~I(y == '%s')", l)), subset(yv, grp == g), "beta"),
    logit = ciprop(as.formula(sprintf("~I(y == '%s')", l)), subset(yv, grp == g), "logit")))),
  edge = lapply(c("g1", "g2"), function(g) list(                  # 100 % and 0 %
    beta = ciprop(~I(z == "oui"), subset(dW, grp == g), "beta"),
    logit = ciprop(~I(z == "oui"), subset(dW, grp == g), "logit"))),
  mean = lapply(groupsW, function(g) { s <- subset(xv, grp == g); stat(svymean(~x, s), degf(s)) }),
  mean_all = stat(svymean(~x, xv), degf(xv)),
  total = lapply(groupsW, function(g) { s <- subset(xv, grp == g); stat(svytotal(~x, s), degf(s)) }),
  ratio = { r <- svyratio(~x, ~etp, xv); list(estimate = unname(coef(r)), se = unname(SE(r)), df = degf(xv)) },
  quantile = unname(coef(svyquantile(~x, xv, 0.5, qrule = "math", ci = FALSE))),
  multiple = lapply(c("g1", "g2"), function(g) lapply(c("m1", "m2"), function(m)
    ciprop(as.formula(sprintf("~I(%s)", m)), subset(mv, grp == g), "beta"))),
  likert_agree = lapply(c("g1", "g2"), function(g) ciprop(~I(rank >= 4), subset(lv, grp == g), "beta")),
  likert_mean = lapply(c("g1", "g2"), function(g) { s <- subset(lv, grp == g); stat(svymean(~rank, s), degf(s)) }),
  crosstab = { t <- svytable(~q + grp, dW); list(rows = rownames(t), cols = colnames(t), n_w = unname(as.vector(t)),
    row_pct = unname(as.vector(prop.table(t, 1))), col_pct = unname(as.vector(prop.table(t, 2)))) },
  time = lapply(groupsW, function(g) { s <- subset(dW, grp == g)
    list(mean = stat(svymean(~fte, s), degf(s)), total = stat(svytotal(~fte, s), degf(s))) }),
  compare_q = lapply(c("a", "b", "c"), function(l) {
    f <- as.formula(sprintf("~I(q == '%s')", l))
    list(a = ciprop(f, subset(dW12, grp == "g1"), "beta"), b = ciprop(f, subset(dW12, grp == "g2"), "beta"),
         diff = contrast(f, ~grp, dW12), test = chisq2(as.formula(sprintf("~ql_%s + grp", l)), dW12)) }),
  compare_q_overall = chisq2(~q + grp, dW12),
  compare_y = {                                                     # yes/no question ("nsp" left out)
    d <- subset(dW12, y != "nsp")
    list(diff = contrast(~I(y == "oui"), ~grp, d), test = chisq2(~yo + grp, d)) },
  compare_multiple = lapply(c("m1", "m2"), function(m) {
    d <- subset(dW12, !is.na(m1))
    list(diff = contrast(as.formula(sprintf("~I(%s)", m)), ~grp, d),
         test = chisq2(as.formula(sprintf("~%s + grp", m)), d)) }),
  compare_within = lapply(c("a", "b", "c"), function(s) {          # y ("oui") by grp within each q
    d <- subset(dW12, y != "nsp" & q == s)
    list(diff = contrast(~I(y == "oui"), ~grp, d), test = chisq2(~yo + grp, d)) }),
  ttest = { t <- svyttest(x ~ grp, subset(dW12, !is.na(x)))
    list(t = unname(t$statistic), df = unname(t$parameter), p = t$p.value, estimate = unname(t$estimate),
         ci = unname(as.numeric(t$conf.int))) },
  ranktest = { t <- svyranktest(rank ~ grp, subset(dW12, !is.na(rank)), test = "wilcoxon")
    list(t = unname(t$statistic), df = unname(t$parameter), p = t$p.value, estimate = unname(t$estimate)) }
)

# ---- S: two waves as strata (2021: 40, 2025: 45), unweighted; the same with three waves, with two
#      communes x two waves, with a one-respondent stratum, with a finite population correction ----
set.seed(20)
mk <- function(vague, n, commune = "1030") data.frame(vague = vague, commune = commune,
  A1 = sample(c("cpas", "asbl", "commune"), n, TRUE, prob = c(0.4, 0.4, 0.2)),
  A3 = sample(c("as", "acc"), n, TRUE),
  y = sample(c("oui", "non"), n, TRUE, prob = if (vague == "2025") c(0.6, 0.4) else c(0.4, 0.6)),
  x = round(rnorm(n, if (vague == "2025") 30 else 25, 8), 1),
  L = sample(c("l1", "l2", "l3", "l4", "l5"), n, TRUE), stringsAsFactors = FALSE)
S <- rbind(mk("2021", 40), mk("2025", 45))
S$rank <- match(S$L, c("l1", "l2", "l3", "l4", "l5")); S$yo <- S$y == "oui"
dS <- svydesign(ids = ~1, strata = ~vague, data = S)
tabS <- table(S$vague, S$y)
out$design_s <- list(
  data = cols(S), degf = degf(dS),
  # The two waves compared: classical tests (what the library uses) and R's design-based ones (for the record).
  chisq = { c <- chisq.test(tabS, correct = FALSE); list(statistic = unname(c$statistic), p = c$p.value) },
  fisher = fisher.test(tabS)$p.value,
  newcombe = newcombe(sum(S$y == "oui" & S$vague == "2025"), 45, sum(S$y == "oui" & S$vague == "2021"), 40),
  svychisq = chisq2(~y + vague, dS),
  svymean_y = lapply(c("2021", "2025"), function(v) stat(svymean(~I(y == "oui"), subset(dS, vague == v)))),
  welch = { t <- t.test(S$x[S$vague == "2025"], S$x[S$vague == "2021"]); list(p = t$p.value, ci = as.numeric(t$conf.int)) },
  # Groups across the strata: design-based.
  proportion_a1 = lapply(c("asbl", "commune", "cpas"), function(g) ciprop(~I(y == "oui"), subset(dS, A1 == g), "beta")),
  mean_all = stat(svymean(~x, dS), degf(dS)),
  compare_a1 = { d <- subset(dS, A1 %in% c("asbl", "cpas"))
    list(diff = contrast(~I(y == "oui"), ~A1, d), test = chisq2(~yo + A1, d),
         a = ciprop(~I(y == "oui"), subset(d, A1 == "asbl"), "beta"), b = ciprop(~I(y == "oui"), subset(d, A1 == "cpas"), "beta"),
         ttest = { t <- svyttest(x ~ A1, d); list(t = unname(t$statistic), df = unname(t$parameter), p = t$p.value, ci = unname(as.numeric(t$conf.int))) }) }
)

# Raking: 2025 raked to 2021's composition (A1, A3), 2021 kept as is. R has no "rake one stratum":
# the margins are A1c = A1 in 2025 and "(autre)" in 2021, whose total is 2021's size (its weights stay 1).
n21 <- sum(S$vague == "2021"); n25 <- sum(S$vague == "2025")
S$A1c <- ifelse(S$vague == "2025", S$A1, "(autre)"); S$A3c <- ifelse(S$vague == "2025", S$A3, "(autre)")
comp <- function(v) { t <- table(S[[v]][S$vague == "2021"]); t / sum(t) * n25 }
c1 <- comp("A1"); c3 <- comp("A3")
p1 <- data.frame(A1c = c(names(c1), "(autre)"), Freq = c(as.vector(c1), n21))
p3 <- data.frame(A3c = c(names(c3), "(autre)"), Freq = c(as.vector(c3), n21))
dSr <- svydesign(ids = ~1, strata = ~vague, data = S)
rk <- rake(dSr, list(~A1c, ~A3c), list(p1, p3), control = list(maxit = 500, epsilon = 1e-13))
cl <- calibrate(dSr, list(~A1c, ~A3c), list(p1, p3), calfun = "raking", epsilon = 1e-13, maxit = 100)
wr <- weights(rk)[S$vague == "2025"]
raked_case <- function(d) list(
  weights = unname(weights(d)),
  proportion = lapply(c("2021", "2025"), function(v) list(beta = ciprop(~I(y == "oui"), subset(d, vague == v), "beta"),
                                                       logit = ciprop(~I(y == "oui"), subset(d, vague == v), "logit"))),
  diff = contrast(~I(y == "oui"), ~vague, d), test = chisq2(~yo + vague, d),
  mean = lapply(c("2021", "2025"), function(v) { s <- subset(d, vague == v); stat(svymean(~x, s), degf(s)) }),
  total = lapply(c("2021", "2025"), function(v) { s <- subset(d, vague == v); stat(svytotal(~x, s), degf(s)) }),
  ttest = { t <- svyttest(x ~ vague, d); list(t = unname(t$statistic), df = unname(t$parameter), p = t$p.value, ci = unname(as.numeric(t$conf.int))) })
out$design_raked <- list(
  margin_a1 = list(levels = names(c1), totals = as.vector(c1)), margin_a3 = list(levels = names(c3), totals = as.vector(c3)),
  kish_deff = length(wr) * sum(wr^2) / sum(wr)^2, ess = sum(wr)^2 / sum(wr^2),
  rake = raked_case(rk), calibrate = raked_case(cl),
  # Without accounting for the calibration (the raked weights as fixed sampling weights): what the
  # library did before; R: svydesign(ids = ~1, strata = ~vague, weights = ~w) with the raked weights.
  fixed = { S$wr <- weights(rk); d <- svydesign(ids = ~1, strata = ~vague, weights = ~wr, data = S)
    list(se_2025 = unname(SE(svymean(~as.numeric(y == "oui"), subset(d, vague == "2025")))), test = chisq2(~yo + vague, d)) },
  # Post-stratification of the 2025 wave alone on A1 (population: 2021's composition).
  poststratify = { d25 <- svydesign(ids = ~1, data = S[S$vague == "2025", ])
    ps <- postStratify(d25, ~A1, data.frame(A1 = names(c1), Freq = as.vector(c1)))
    list(weights = unname(weights(ps)), mean = stat(svymean(~x, ps), degf(ps)), total = stat(svytotal(~x, ps), degf(ps)),
         prop = ciprop(~I(y == "oui"), ps, "beta")) }
)
# The older single-sample rake reference (s1, s2), now with the raked variance of a mean.
out$rake$y <- c(1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1)
out$rake$mean <- { ds$variables$y <- out$rake$y; rk1 <- rake(ds, list(~s1, ~s2), list(pm1, pm2), control = list(maxit = 200, epsilon = 1e-12))
  stat(svymean(~y, rk1)) }

# Three waves as strata (2023 added, 20 respondents).
S3 <- rbind(S[, c("vague", "commune", "A1", "A3", "y", "x", "L", "rank", "yo")], transform(mk("2023", 20), rank = match(L, c("l1", "l2", "l3", "l4", "l5")), yo = y == "oui"))
dS3 <- svydesign(ids = ~1, strata = ~vague, data = S3)
out$design_three <- list(
  data = cols(S3), degf = degf(dS3),
  mean_all = stat(svymean(~x, dS3), degf(dS3)),
  proportion_all = ciprop(~I(y == "oui"), dS3, "beta"),
  wilson_2023 = as.numeric(prop.test(sum(S3$y == "oui" & S3$vague == "2023"), 20, correct = FALSE)$conf.int),
  compare_a1 = { d <- subset(dS3, A1 %in% c("asbl", "cpas")); list(diff = contrast(~I(y == "oui"), ~A1, d), test = chisq2(~yo + A1, d)) },
  # Two of the three waves compared (2021 vs 2023): separate samples, classical test.
  chisq_21_23 = { s <- S3[S3$vague %in% c("2021", "2023"), ]; suppressWarnings(chisq.test(table(s$vague, s$y), correct = FALSE))$p.value },
  fisher_21_23 = { s <- S3[S3$vague %in% c("2021", "2023"), ]; fisher.test(table(s$vague, s$y))$p.value }
)

# Two communes x two waves: strata = interaction(commune, vague); the waves compared across communes.
set.seed(30)
C <- rbind(mk("2021", 25, "1030"), mk("2021", 18, "1060"), mk("2025", 30, "1030"), mk("2025", 16, "1060"))
C$yo <- C$y == "oui"
dC <- svydesign(ids = ~1, strata = ~interaction(commune, vague), data = C)
out$design_communes <- list(
  data = cols(C), degf = degf(dC),
  diff = contrast(~I(y == "oui"), ~vague, dC), test = chisq2(~yo + vague, dC),
  proportion = lapply(c("2021", "2025"), function(v) ciprop(~I(y == "oui"), subset(dC, vague == v), "beta")),
  mean = lapply(c("2021", "2025"), function(v) { s <- subset(dC, vague == v); stat(svymean(~x, s), degf(s)) }),
  ttest = { t <- svyttest(x ~ vague, dC); list(t = unname(t$statistic), df = unname(t$parameter), p = t$p.value, ci = unname(as.numeric(t$conf.int))) },
  proportion_commune = lapply(c("1030", "1060"), function(k) ciprop(~I(y == "oui"), subset(dC, commune == k), "beta"))
)

# A stratum with one respondent: S plus one respondent of a wave "2023".
L1 <- rbind(S[, c("vague", "commune", "A1", "A3", "y", "x", "L", "rank")], data.frame(vague = "2023", commune = "1030", A1 = "cpas", A3 = "as", y = "oui", x = 41.5, L = "l3", rank = 3))
dL <- svydesign(ids = ~1, strata = ~vague, data = L1)
lonely <- function(how) { old <- options(survey.lonely.psu = how); on.exit(options(old)); stat(svymean(~x, dL), degf(dL)) }
out$design_lonely <- list(
  data = cols(L1),
  default_option = getOption("survey.lonely.psu"),
  fail_message = tryCatch({ svymean(~x, dL); "no error" }, error = function(e) conditionMessage(e)),
  adjust = lonely("adjust"), certainty = lonely("certainty"), remove = lonely("remove"),
  domain_2021_fail = { s <- subset(dL, vague == "2021"); stat(svymean(~x, s), degf(s)) }
)

# Finite population correction: 2021 drawn from 120 workers, 2025 from 150 (no weights: R uses N/n).
S$N <- ifelse(S$vague == "2021", 120, 150)
dF <- svydesign(ids = ~1, strata = ~vague, fpc = ~N, data = S)
out$design_fpc <- list(
  N = S$N, weights = unname(weights(dF)),
  mean_all = stat(svymean(~x, dF), degf(dF)), total_all = stat(svytotal(~x, dF), degf(dF)),
  proportion = lapply(c("2021", "2025"), function(v) ciprop(~I(y == "oui"), subset(dF, vague == v), "beta"))
)

# ---- Tail probabilities computed directly (no 1 - CDF) ----
out$tails <- list(chisq_200_2 = pchisq(200, 2, lower.tail = FALSE), f_100_3_50 = pf(100, 3, 50, lower.tail = FALSE),
                  t_40_30 = 2 * pt(-40, 30))

# ---- Fisher's exact test on a realistic 2 x 5 table (n = 400): exact in R ----
m25 <- rbind(c(40, 60, 50, 30, 3), c(35, 70, 45, 60, 7))
out$fisher_2x5 <- list(table = lapply(1:2, function(i) m25[i, ]), p = fisher.test(m25)$p.value)

# ---- Wilcoxon without continuity correction; Rao-Scott first-order (Chisq) on the weighted example ----
out$wilcoxon$p_uncorrected <- wilcox.test(a, b, exact = FALSE, correct = FALSE)$p.value
rsc <- svychisq(~g1 + g2, dd, statistic = "Chisq")
out$rao_scott$chisq <- unname(rsc$statistic); out$rao_scott$p_chisq <- rsc$p.value

writeLines(toJSON(out, digits = I(17), auto_unbox = TRUE, pretty = TRUE, na = "null"), "tests/reference/stats/reference.json")
cat("wrote tests/reference/stats/reference.json\n")
