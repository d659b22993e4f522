import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { barChart, RasterPool, toPdf, toPng, toSvg } from "../../src/index.ts";
import { structureLabels, structureRows } from "../fixtures.ts";

const root = join(import.meta.dirname, "../../../..");

describe("RasterPool", () => {
  it("draws, on this thread when no worker can run (TypeScript sources), the bytes of toPng and toPdf", async () => {
    const svg = await toSvg(
      barChart(structureRows, { title: "T", source: "S", fictional: true, labels: structureLabels.fr }).spec,
    );
    const pool = new RasterPool();
    const drawn = await pool.render(svg, { title: "T", lang: "fr" });
    expect(pool.threads).toBe(0);
    await pool.close();
    expect(Buffer.from(drawn.png).equals(Buffer.from(toPng(svg)))).toBe(true);
    expect(Buffer.from(drawn.pdf).equals(Buffer.from(await toPdf(svg, { title: "T", lang: "fr" })))).toBe(true);
  });

  it("rejects an SVG that cannot be drawn, with toPdf's reason", async () => {
    const pool = new RasterPool({ threads: 0 });
    await expect(pool.render("<svg xmlns='http://www.w3.org/2000/svg'></svg>")).rejects.toThrow(/width and height/);
  });

  it("draws on worker threads when the packages run compiled, to the same bytes as on one thread", () => {
    // The compiled packages are (re)built by scripts/run.mjs when a source is newer than dist/.
    const run = spawnSync(
      process.execPath,
      ["--conditions=monitoring-dist", "scripts/run.mjs", "packages/charts/test/render/scripts/rasterPoolCompiled.ts"],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ threads: 2, same: [true, true] });
  });
});
