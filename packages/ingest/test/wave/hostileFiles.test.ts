import { worker2025 } from "@monitoring-social/questionnaire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeText, IngestError, readWave, type Wave } from "../../src/index.ts";

/*
 * Property tests over generated hostile CSV files: stray quotes anywhere (and at the start of cells,
 * where they open a quoted field), ragged rows, quoted cells spanning lines, blank lines, huge cells,
 * mixed line breaks, duplicate headers, too many columns. Every cell of row i carries the marker
 * <i>, so that where each row's text ends up can be checked.
 */

/** Free-text columns of the 2025 questionnaire, the id first: any text is a valid answer. */
const TEXT_COLUMNS = ["id", "G1", "G2", "A1__autre_texte", "A3__autre_texte", "C1__autre_texte", "E3__autre_texte"];
const MARKER = /<(\d+)>/g;

const filler = fc.constantFrom("", "a", "bé", "x y", " ", "long texte sans chiffres", "’…");
const row = fc.record({
  fillers: fc.array(filler, { minLength: 7, maxLength: 7 }),
  /** A quoted cell spanning two lines (1 to width − 1), or 0. */
  multiline: fc.nat({ max: 6 }),
  /** Cells removed (< 0) or text cells added (> 0): a ragged row. */
  ragged: fc.constantFrom(0, 0, 0, 0, 0, 0, -1, 1, 2),
  /** A cell longer than the limit (40 characters in these tests). */
  huge: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  blankAfter: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});
const hostileFile = fc.record({
  width: fc.integer({ min: 3, max: TEXT_COLUMNS.length }),
  rows: fc.array(row, { minLength: 1, maxLength: 25 }),
  delimiter: fc.constantFrom(";", ",", "\t"),
  newline: fc.constantFrom("\n", "\r\n"),
  /** Line break inside quoted cells: the file's, or "\n" as Excel writes it in a "\r\n" file. */
  cellNewline: fc.constantFrom("file", "\n"),
  /** Stray quotes: where (a fraction of the body), and whether at the start of a cell. */
  strays: fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.boolean()), {
    maxLength: 4,
  }),
  /** Most lines per row: 1 rejects every multi-line row whole (`too_many_lines`). */
  maxRowLines: fc.constantFrom(1, 2, 100),
});
type HostileFile = typeof hostileFile extends fc.Arbitrary<infer T> ? T : never;

/** The text of a generated file: header, then each row (markers in every cell), then the stray quotes. */
function build(f: HostileFile): string {
  const header = TEXT_COLUMNS.slice(0, f.width);
  const nl = f.newline;
  const lines: string[] = [];
  f.rows.forEach((r, i) => {
    let cells = header.map((_, j) => (j === 0 ? `<${i}>` : `<${i}>${r.fillers[j]}`));
    if (r.huge) cells[1] = `<${i}>${"z".repeat(60)}`;
    const m = r.multiline % f.width;
    if (m > 0 && !r.huge) {
      const inner = f.cellNewline === "file" ? nl : "\n";
      cells[m] = `"<${i}>début${inner}<${i}>suite ${f.delimiter} fin"`;
    }
    if (r.ragged < 0) cells = cells.slice(0, cells.length + r.ragged);
    for (let k = 0; k < r.ragged; k++) cells.push(`<${i}>en trop`);
    lines.push(cells.join(f.delimiter));
    if (r.blankAfter) lines.push("");
  });
  const head = header.join(f.delimiter) + nl;
  let body = lines.join(nl) + nl;
  // Stray quotes, from the last position to the first so that positions stay meaningful.
  const starts = [...body.matchAll(new RegExp(`(^|${f.delimiter === "\t" ? "\\t" : f.delimiter}|\\n)`, "g"))].map(
    (m) => m.index + m[0].length,
  );
  const at = f.strays
    .map(([x, atStart]) => (atStart ? starts[Math.floor(x * starts.length)]! : Math.floor(x * body.length)))
    .sort((a, b) => b - a);
  for (const p of at) body = `${body.slice(0, p)}"${body.slice(p)}`;
  return head + body;
}

/** Distinct markers in some texts. */
function markers(texts: readonly (string | null | undefined)[]): Set<string> {
  const found = new Set<string>();
  for (const t of texts) if (typeof t === "string") for (const m of t.matchAll(MARKER)) found.add(m[1]!);
  return found;
}

/** Each accepted row's text cells (canonical columns) and each rejected row's raw cells. */
function rowsRead(wave: Wave, width: number): { accepted: string[][]; rejected: string[][] } {
  const columns = TEXT_COLUMNS.slice(0, width).map((c) => wave.table.array(c) as (string | null)[]);
  const accepted = Array.from({ length: wave.table.numRows() }, (_, r) => columns.map((c) => c[r] ?? ""));
  return { accepted, rejected: wave.report.rejected.map((r) => [...r.cells]) };
}

/** Physical lines of a text (\n, \r\n, \r), a final line break ending the last line. */
function physicalLines(text: string): number {
  const n = text.split(/\r\n|\r|\n/).length;
  return /[\r\n]$/.test(text) ? n - 1 : n;
}

describe("readWave on hostile files", () => {
  it("accounts for every row and every physical line, and never puts a row's text into another row (property)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (f) => {
        const text = build(f);
        const wave = await readWave(encodeText(text, "utf-8"), {
          instrument: worker2025,
          fictional: true,
          file: "hostile.csv",
          delimiter: f.delimiter,
          limits: { maxCellLength: 40, maxRowLines: f.maxRowLines },
        });
        const p = wave.provenance;
        // Rows: read = accepted + rejected, and the table holds the accepted ones.
        expect(p.rowsAccepted + p.rowsRejected).toBe(p.rowsRead);
        expect(wave.table.numRows()).toBe(p.rowsAccepted);
        expect(wave.report.rejected).toHaveLength(p.rowsRejected);
        // Lines: every physical line of the file is the header's, a row's or a blank line.
        expect(p.lines!.total).toBe(physicalLines(text));
        expect(p.lines!.header + p.lines!.rows + p.lines!.blank).toBe(p.lines!.total);
        expect(wave.report.problems.map((x) => x.code)).not.toContain("lines_unaccounted");
        // No row read holds the text of two rows.
        const { accepted, rejected } = rowsRead(wave, f.width);
        for (const cells of [...accepted, ...rejected]) expect(markers(cells).size).toBeLessThanOrEqual(1);
        // Nothing lost: every row's marker in the file is in an accepted row, a problem's value, or a rejected row.
        const body = text.slice(text.search(/\r|\n/));
        const seen = markers([...accepted.flat(), ...rejected.flat(), ...wave.report.problems.map((x) => x.value)]);
        for (const m of markers([body])) expect(seen.has(m)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("reads every row intact when no quote is stray, a multi-line quoted cell included (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileFile.map((f) => ({ ...f, strays: [], maxRowLines: 100 as const })),
        async (f) => {
          const text = build(f);
          const wave = await readWave(encodeText(text, "utf-8"), {
            instrument: worker2025,
            fictional: true,
            delimiter: f.delimiter,
            limits: { maxCellLength: 40 },
          });
          const intact = (r: HostileFile["rows"][number]) => r.ragged === 0 && !r.huge;
          const reasons = new Set(wave.report.rejected.map((r) => r.reasons[0]!.code));
          for (const c of reasons) expect(["ragged_row", "cell_too_long", "unclosed_quote"]).toContain(c);
          const multi = f.rows.filter((r) => intact(r) && r.multiline % f.width > 0).length;
          expect(wave.provenance.lines!.multiLineRows).toBe(multi);
          expect(wave.report.problems.filter((x) => x.code === "multiline_row")).toHaveLength(multi);
          // Every intact row is accepted as written; any other accepted row is a line that a ragged
          // multi-line row held, read again, and flagged for the user to check.
          const ids = wave.table.array("id") as string[];
          const pure = /^<\d+>$/;
          expect(ids.filter((id) => pure.test(id))).toEqual(f.rows.flatMap((r, i) => (intact(r) ? [`<${i}>`] : [])));
          const reread = wave.report.problems.filter((x) => x.code === "reread_line");
          expect(ids.filter((id) => !pure.test(id))).toHaveLength(reread.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("reports a column whose header repeats another's, reads the first and says how many rows differ (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        async (k, differs) => {
          const column = TEXT_COLUMNS[k]!;
          const rows = differs.map((d, i) => `r${i};texte ${i};autre ${i};${d ? "différent" : `texte ${i}`}`);
          const header = `id;G1;G2;${column}`;
          const wave = await readWave(encodeText([header, ...rows].join("\n"), "utf-8"), {
            instrument: worker2025,
            fictional: true,
            file: "doublon.csv",
          });
          const n = differs.filter((d, i) => (k === 1 ? d : d || `autre ${i}` !== `texte ${i}`)).length;
          const dup = wave.report.problems.filter((x) => x.code.startsWith("duplicate_column"));
          expect(dup).toHaveLength(1);
          expect(dup[0]).toMatchObject({
            code: n > 0 ? "duplicate_column" : "duplicate_column_same",
            column,
            params: { letter: k === 1 ? "B" : "C", other: "D", target: column, differing: n },
          });
          // The first column is read.
          expect(wave.table.array(column)).toEqual(differs.map((_, i) => (k === 1 ? `texte ${i}` : `autre ${i}`)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("refuses a header wider than maxColumns, naming the limit, before reading any row (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 60 }), fc.integer({ min: 3, max: 60 }), async (width, max) => {
        const header = ["id", "G1", ...Array.from({ length: width - 2 }, (_, i) => `x${i}`)].join(";");
        const bytes = encodeText(`${header}\nr1;texte\n`, "utf-8");
        const read = readWave(bytes, {
          instrument: worker2025,
          fictional: true,
          file: "large.csv",
          limits: { maxColumns: max },
        });
        if (width <= max) await expect(read).resolves.toBeDefined();
        else {
          const error = await read.catch((e: unknown) => e);
          expect(error).toBeInstanceOf(IngestError);
          expect(error).toMatchObject({ code: "limit_columns" });
          expect((error as IngestError).messages.fr).toContain(`a ${width} colonnes, au-delà de la limite de ${max}`);
        }
      }),
      { numRuns: 40 },
    );
  });
});
