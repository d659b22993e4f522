/**
 * Column recognition on a very wide header: 50 000 columns (the brief's hostile file had 5 rows ×
 * 50 000 columns, which took 40–90 s when the suggestion was recomputed for every header). Prints
 * the time to recognise every column (index built, then cached) and of the whole `readWave` on 5
 * rows. Run: `pnpm bench` (or `pnpm bench 100000` for another width). Measures; never fails.
 */
import { worker2025 } from "@monitoring-social/questionnaire";
import { encodeText, readWave, recogniseColumns } from "../src/index.ts";

const width = Number(process.argv[2] ?? 50_000);
const header = Array.from({ length: width }, (_, i) =>
  i % 7 === 0 ? `Question libre numéro ${i} sur les démarches` : i % 11 === 0 ? `C1/service ${i}` : `col${i}`,
);
header[1] = "A1";
header[2] = "B1_pct";
const rows = Array.from({ length: 5 }, (_, r) =>
  header.map((_, i) => (i === 1 ? "cpas" : i === 2 ? "20" : `v${r}`)).join(";"),
);
const bytes = encodeText([header.join(";"), ...rows].join("\n"), "utf-8");

let t = performance.now();
recogniseColumns(header, worker2025, "codebook");
const cold = performance.now() - t;
t = performance.now();
recogniseColumns(header, worker2025, "codebook");
const warm = performance.now() - t;
t = performance.now();
const wave = await readWave(bytes, { instrument: worker2025, fictional: true, file: "large.csv" });
const whole = performance.now() - t;
console.log(
  `${width} colonnes : reconnaissance ${Math.round(cold)} ms (index compris), ${Math.round(warm)} ms (index en cache) ; ` +
    `readWave (5 lignes) ${Math.round(whole)} ms ; ${wave.report.columns.length} colonnes, ${wave.report.problems.length} problèmes`,
);
