import { describe, it } from "vitest";
import {
  agrestiCoullInterval,
  clopperPearsonInterval,
  jeffreysInterval,
  proportionInterval,
  wilsonInterval,
} from "../../src/index.ts";
import { close, R } from "../reference.ts";

// Inputs: (0,10) (10,10) (1,1) (0,1) (7,23) (46,100) (31,80) (3,180) — 0 %, 100 %, n = 1 included.
describe("proportion intervals against R", () => {
  for (const ref of R.proportions) {
    const label = `${ref.x}/${ref.n}`;
    it(`wilsonInterval ${label} — R: prop.test(x, n, correct = FALSE)$conf.int`, () => {
      const ci = wilsonInterval(ref.x, ref.n);
      close(ci.low, ref.wilson[0], label);
      close(ci.high, ref.wilson[1], label);
    });
    it(`clopperPearsonInterval ${label} — R: binom.test(x, n)$conf.int`, () => {
      const ci = clopperPearsonInterval(ref.x, ref.n);
      close(ci.low, ref.clopper_pearson[0], label);
      close(ci.high, ref.clopper_pearson[1], label);
    });
    it(`jeffreysInterval ${label} — R: qbeta(c(.025, .975), x + .5, n - x + .5), 0/1 at the edges`, () => {
      const ci = jeffreysInterval(ref.x, ref.n);
      close(ci.low, ref.jeffreys[0], label);
      close(ci.high, ref.jeffreys[1], label);
    });
    it(`agrestiCoullInterval ${label} — R: Agresti–Coull formula`, () => {
      const ci = agrestiCoullInterval(ref.x, ref.n);
      close(ci.low, ref.agresti_coull[0], label);
      close(ci.high, ref.agresti_coull[1], label);
      const viaName = proportionInterval(ref.x, ref.n, "agresti-coull");
      close(viaName.low, ci.low, label);
    });
  }
});
