# Peer of the estimates benchmark: R survey estimating every item of the benchmark file with its
# standard error by wave x commune, as monitoring-social does: each single-choice and ordinal
# question as a factor (every level), the multiple-choice indicators, the numbers; on the design
# stratified by wave x commune with the benchmark's weights. Run by tests/bench/run.ts.
# In R, strata = ~ a + b names the strata of successive stages: one stage stratified by wave x
# commune is strata = ~interaction(vague, commune) (checked: the estimates and SEs then equal
# monitoring-social's to 10 digits).
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv2(args[[1]], colClasses = c(vague = "character", commune = "character"))
read <- proc.time()[["elapsed"]] - t0
i <- seq_len(nrow(d)) - 1
d$poids <- 0.5 + ((i * 7919) %% 13) / 8
des <- svydesign(ids = ~1, strata = ~interaction(vague, commune), weights = ~poids, data = d)
codes <- c("A1", "A3", "A6", "B2", "D2", "E1", paste0("F", 1:9))
numbers <- c("A4", "A5", "B1_pct", "B3", "B4")
multiple <- grep("^C1__", names(d), value = TRUE)
n <- 0
for (q in codes) {
  s <- subset(des, !is.na(d[[q]]) & d[[q]] != "")
  n <- n + nrow(svyby(as.formula(paste0("~factor(", q, ")")), ~ vague + commune, s, svymean))
}
for (q in numbers) n <- n + nrow(svyby(as.formula(paste0("~", q)), ~ vague + commune, subset(des, !is.na(d[[q]])), svymean))
ind <- d[multiple] == "TRUE"
answered <- rowSums(!is.na(ind)) > 0
des <- update(des, answered = answered)
f <- as.formula(paste("~", paste(multiple, collapse = " + ")))
n <- n + nrow(svyby(f, ~ vague + commune, subset(des, answered), svymean, na.rm = TRUE))
cat(sprintf('{"read": %f, "total": %f, "tables": %d}\n', read, proc.time()[["elapsed"]] - t0, n))
