import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/index.ts";
import { memoryIo } from "./memoryIo.ts";

/*
 * The table « Fichiers abîmés ou hostiles » of packages/ingest/README.md lists each hostile case
 * and what the user sees: this test builds each case, runs `monitoring validate` on it, and checks
 * that the message the table quotes is printed and that the exit code is the table's.
 */

const README = join(import.meta.dirname, "../../../ingest/README.md");
const HEADER = "id;A1;A3;A5;A6;B1_pct;E1;G1";
const row = (i: number, text = `Texte ${i}`) => `r${i};cpas;accueil;1;c1030;${20 + i};parfois;${text}`;
const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i + 1));
const csv = (...lines: string[]) => [HEADER, ...lines].join("\r\n");

async function workbook(edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const answers = (ws: ExcelJS.Worksheet, n = 3) => {
  ws.addRow(HEADER.split(";"));
  for (let i = 1; i <= n; i++) ws.addRow(row(i).split(";"));
};

/** Rewrites the uncompressed size that a ZIP's central directory declares for one entry. */
function declareSize(bytes: Uint8Array, entry: string, size: number): Uint8Array {
  const copy = Buffer.from(bytes);
  const eocd = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = copy.readUInt32LE(eocd + 16);
  for (let k = 0; k < copy.readUInt16LE(eocd + 10); k++) {
    const n = copy.readUInt16LE(at + 28);
    if (copy.toString("utf8", at + 46, at + 46 + n) === entry) copy.writeUInt32LE(size, at + 24);
    at += 46 + n + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  return new Uint8Array(copy);
}

/** Each case of the table: the file given to `validate` (and other files, options). */
const CASES: Record<
  string,
  () => Promise<{ file: string; data: string | Uint8Array | null; args?: string[]; files?: Record<string, string> }>
> = {
  "guillemet-ouvert": async () => {
    const r = rows(20);
    r[2] = row(3, '"Trop de démarches');
    return { file: "r.csv", data: csv(...r) };
  },
  "guillemet-referme-plus-loin": async () => {
    const r = rows(6);
    r[1] = row(2, '"Il a dit : non');
    r[4] = row(5, 'cité"');
    return { file: "r.csv", data: csv(...r) };
  },
  "ligne-irreguliere": async () => ({ file: "r.csv", data: csv(row(1), "r2;cpas") }),
  "cellule-sur-plusieurs-lignes": async () => ({
    file: "r.csv",
    data: csv(row(1, '"Première ligne\nseconde ligne"'), row(2)),
  }),
  "trop-de-lignes": async () => ({
    file: "r.csv",
    data: csv(row(1, `"${Array.from({ length: 120 }, (_, i) => `ligne ${i}`).join("\n")}"`), row(2)),
  }),
  "cellule-enorme": async () => ({ file: "r.csv", data: csv(row(1, "x".repeat(40_000)), row(2)) }),
  "en-tetes-en-double": async () => ({
    file: "r.csv",
    data: [`${HEADER};A1`, `${row(1)};commune`, `${row(2)};cpas`].join("\n"),
  }),
  "en-tete-seul": async () => ({ file: "r.csv", data: `${HEADER}\r\n` }),
  "ligne-sep": async () => ({ file: "r.csv", data: `sep=;\r\n${csv(row(1))}` }),
  "sep-inconnu": async () => ({ file: "r.csv", data: `sep=|\r\n${csv(row(1))}` }),
  "utf16-sans-bom": async () => ({
    file: "r.csv",
    data: new Uint8Array(Buffer.from(csv(row(1)).replaceAll(";", "\t"), "utf16le")),
  }),
  "trop-de-colonnes": async () => ({
    file: "r.csv",
    data: `${HEADER};${Array.from({ length: 5992 }, (_, i) => `x${i}`).join(";")}\n${row(1)}`,
  }),
  "guillemets-partout": async () => ({
    file: "r.csv",
    data: csv(...Array.from({ length: 150 }, (_, i) => row(i + 1, `"ouvert ${i}`))),
  }),
  "formules-dans-les-lignes-rejetees": async () => ({
    file: "r.csv",
    data: ["id;A1;=HYPERLINK(1);B1_pct", "r1;cpas;=1+1;-2;@SUM(A1)"].join("\n"),
    args: ["--out", "sortie"],
  }),
  "bombe-zip": async () => {
    const good = await workbook((wb) => answers(wb.addWorksheet("Réponses")));
    return { file: "r.xlsx", data: declareSize(good, "xl/worksheets/sheet1.xml", 1_000_000_000) };
  },
  "cellules-fusionnees": async () => ({
    file: "r.xlsx",
    data: await workbook((wb) => {
      const ws = wb.addWorksheet("Réponses");
      answers(ws);
      ws.mergeCells("H2:H4");
    }),
  }),
  "feuille-masquee": async () => ({
    file: "r.xlsx",
    data: await workbook((wb) => {
      answers(wb.addWorksheet("Brouillon", { state: "hidden" }), 1);
      answers(wb.addWorksheet("Réponses"));
    }),
  }),
  "classeur-xls": async () => ({
    file: "r.xls",
    data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  }),
  "classeur-tronque": async () => {
    const good = await workbook((wb) => answers(wb.addWorksheet("Réponses")));
    return { file: "r.xlsx", data: good.slice(0, good.length - 30) };
  },
  "out-fichier-existant": async () => ({
    file: "r.csv",
    data: csv(row(1)),
    args: ["--out", "rapport.md"],
    files: { "rapport.md": "déjà là" },
  }),
  "fichier-absent": async () => ({ file: "absent.csv", data: null }),
  "option-inconnue": async () => ({ file: "r.csv", data: csv(row(1)), args: ["--colour", "rouge"] }),
};

/** The table's rows: case id, what the user sees (quoted), exit code. */
function table(): { id: string; excerpt: string; exit: number }[] {
  const text = readFileSync(README, "utf8");
  const start = text.indexOf("| cas |");
  expect(start, "the table of hostile cases in packages/ingest/README.md").toBeGreaterThan(0);
  const lines = text.slice(start).split("\n");
  const out: { id: string; excerpt: string; exit: number }[] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith("|")) break;
    const cells = line
      .slice(1, -1)
      .split(" | ")
      .map((c) => c.trim().replaceAll("\\|", "|"));
    const id = /^`([^`]+)`$/.exec(cells[0]!)?.[1];
    const excerpt = /^« (.+) »$/.exec(cells[2]!)?.[1];
    expect(id, line).toBeDefined();
    expect(excerpt, line).toBeDefined();
    out.push({ id: id!, excerpt: excerpt!, exit: Number(cells[3]) });
  }
  return out;
}

describe("the hostile cases of packages/ingest/README.md", () => {
  const cases = table();

  it("lists every case this test knows, and only those", () => {
    expect(cases.map((c) => c.id).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(cases)(
    "$id: the user sees what the table says, and the exit code is $exit",
    async ({ id, excerpt, exit }) => {
      const c = await CASES[id]!();
      const m = memoryIo({ ...(c.data === null ? {} : { [c.file]: c.data }), ...c.files });
      const code = await runCli(["validate", c.file, ...(c.args ?? [])], m.cli);
      const seen = `${m.out()}${m.err()}${[...m.written.values()].map(String).join("\n")}`;
      expect(seen).toContain(excerpt);
      expect(code).toBe(exit);
      expect(m.err()).not.toMatch(/\n\s+at |Error:|ENOENT|EEXIST/);
    },
  );
});
