# Peer of the estimates benchmark: R survey on the benchmark CSV, the task issue #15 timed: one
# weighted proportion (E1 = "souvent") and one weighted mean (B3) with their standard errors by
# wave x commune, on a design stratified by wave x commune with the benchmark's weights.
# Run by tests/bench/run.ts when R and survey are installed (Debian r-base-core r-cran-survey).
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
d$souvent <- ifelse(d$E1 == "nsp", NA, as.numeric(d$E1 == "souvent")) # « ne sait pas » out, as the estimate does
des <- svydesign(ids = ~1, strata = ~interaction(vague, commune), weights = ~poids, data = d)
p <- svyby(~souvent, ~ vague + commune, subset(des, !is.na(souvent)), svymean)
m <- svyby(~B3, ~ vague + commune, subset(des, !is.na(B3)), svymean)
cat(sprintf('{"read": %f, "total": %f, "groups": %d}\n', read, proc.time()[["elapsed"]] - t0, nrow(p)))
