/**
 * Run by `rasterPool.test.ts` on the compiled packages (`node --conditions=monitoring-dist
 * scripts/run.mjs …`), where the pool really starts worker threads: draws two figures on workers
 * and prints, as JSON, how many threads drew them and whether every file is byte-identical to
 * `toPng` and `toPdf` called on this thread.
 */
import { barChart, RasterPool, toPdf, toPng, toSvg } from "@monitoring-social/charts";

import { structureRows as rows } from "../../fixtures.ts";

const svgs = await Promise.all(
  (["fr", "nl"] as const).map((lang) =>
    toSvg(barChart(rows, { title: `Structure ${lang}`, source: "S", fictional: true, lang }).spec),
  ),
);
const pool = new RasterPool({ threads: 2 });
const drawn = await Promise.all(
  svgs.map((svg, i) => pool.render(svg, { title: `T${i}`, lang: i === 0 ? "fr" : "nl" })),
);
const threads = pool.threads;
await pool.close();
const same = await Promise.all(
  svgs.map(async (svg, i) => {
    const png = toPng(svg);
    const pdf = await toPdf(svg, { title: `T${i}`, lang: i === 0 ? "fr" : "nl" });
    return Buffer.from(png).equals(Buffer.from(drawn[i]!.png)) && Buffer.from(pdf).equals(Buffer.from(drawn[i]!.pdf));
  }),
);
process.stdout.write(JSON.stringify({ threads, same }));
