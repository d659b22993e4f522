import { describe, expect, it } from "vitest";
import { betaInterval, logitInterval, weightedMean } from "../../src/index.ts";
import { close, R } from "../reference.ts";

const W = R.weighted;

describe("weighted estimates against R survey (svydesign(ids = ~1, weights = ~wt))", () => {
  it("weightedMean of a number — R: svymean(~num, d)", () => {
    const m = weightedMean(W.num, W.w);
    close(m.estimate, W.mean, "mean");
    close(m.se, W.mean_se.flat()[0], "se");
  });
  it("weightedMean of a 0/1 answer — R: svymean(~y, d)", () => {
    const p = weightedMean(W.y, W.w);
    close(p.estimate, W.prop, "prop");
    close(p.se, W.prop_se.flat()[0], "se");
  });
  it("logitInterval — R: svyciprop(~I(y == 1), d, method = 'logit')", () => {
    const ci = logitInterval(weightedMean(W.y, W.w));
    close(ci.low, W.logit_ci[0], "low");
    close(ci.high, W.logit_ci[1], "high");
  });
  it("betaInterval (Korn–Graubard) — R: svyciprop(~I(y == 1), d, method = 'beta')", () => {
    const ci = betaInterval(weightedMean(W.y, W.w));
    close(ci.low, W.beta_ci[0], "low");
    close(ci.high, W.beta_ci[1], "high");
  });
  it("betaInterval with all weights equal — R: svyciprop(method = 'beta') on weights 1", () => {
    const ci = betaInterval(
      weightedMean(
        W.y,
        W.y.map(() => 1),
      ),
    );
    close(ci.low, W.beta_ci_equal_weights[0], "low");
    close(ci.high, W.beta_ci_equal_weights[1], "high");
  });
  it("stays inside [0, 1] at 0 % and 100 %", () => {
    const zero = betaInterval(weightedMean([0, 0, 0], [1, 2, 3]));
    expect(zero.low).toBe(0);
    expect(zero.high).toBeGreaterThan(0);
    expect(logitInterval(weightedMean([1, 1], [1, 2]))).toEqual({ low: 1, high: 1 });
  });
});
