import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toPdf, toPng } from "@monitoring-social/charts";

const dir = process.argv[2]!;
const svgs = readdirSync(dir)
  .filter((f) => f.endsWith(".svg"))
  .map((f) => readFileSync(join(dir, f), "utf8"));
let t = performance.now();
for (const s of svgs) toPng(s);
console.log("png", svgs.length, ((performance.now() - t) / 1000).toFixed(2), "s");
t = performance.now();
for (const s of svgs) await toPdf(s);
console.log("pdf", svgs.length, ((performance.now() - t) / 1000).toFixed(2), "s");
