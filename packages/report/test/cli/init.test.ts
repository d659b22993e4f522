import { resolve } from "node:path";
import {
  canonicalColumns,
  choiceList,
  type Instrument,
  type Language,
  simulateResponses,
  TICK,
  worker2025,
} from "@monitoring-social/questionnaire";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ChromiumMissingError, runCli } from "../../src/index.ts";
import { memoryIo } from "./memoryIo.ts";

type Row = Record<string, unknown>;
interface Found {
  code: string;
  row: number;
  column: string | null;
  value: string | null;
  question: string | null;
}

const noChromium = async (): Promise<Uint8Array> => {
  throw new ChromiumMissingError();
};

/** Runs `monitoring init` in memory; the PDF printer is given (no Chromium in unit tests). */
async function init(argv: string[], printPdf: (html: string) => Promise<Uint8Array> = noChromium) {
  const m = memoryIo();
  const code = await runCli(["init", ...argv], { ...m.cli, printPdf });
  return { code, out: m.out(), err: m.err(), written: m.written };
}

/**
 * Types simulated answers into the data-entry template as a paper-form encoder does: respondent
 * number, the label chosen in the drop-down (template language), x for a ticked box, numbers and
 * dates; `edit` then makes the encoder's mistakes on the cells (by header name).
 */
async function encode(
  template: Uint8Array,
  instrument: Instrument,
  rows: readonly Row[],
  lang: Language,
  edit: (set: (respondent: number, column: string, value: ExcelJS.CellValue) => void) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const at = (column: string) => {
    const j = header.indexOf(column);
    if (j < 0) throw new Error(column);
    return j + 1;
  };
  const labels = new Map(
    instrument.questions
      .filter((q) => q.kind === "single" || q.kind === "ordinal")
      .map((q) => [q.id, new Map(choiceList(instrument, q).choices.map((c) => [c.code, c.label[lang]]))]),
  );
  rows.forEach((row, i) => {
    const r = ws.getRow(i + 2);
    for (const name of header) {
      const v = name === "id" ? i + 1 : row[name];
      if (v === null || v === undefined || v === false) continue;
      const q = instrument.questions.find((x) => x.id === name);
      r.getCell(at(name)).value =
        v === true
          ? TICK
          : q?.kind === "date"
            ? new Date(`${v}T00:00:00Z`)
            : (labels.get(name)?.get(String(v)) ?? (v as string | number));
    }
  });
  edit((respondent, column, value) => {
    ws.getRow(respondent + 1).getCell(at(column)).value = value;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Picks distinct respondents (1-based) for each planted mistake, by what their answers allow. */
function pick(rows: readonly Row[], tests: readonly ((r: Row) => boolean)[]): number[] {
  const used = new Set<number>();
  return tests.map((t) => {
    const i = rows.findIndex((r, k) => !used.has(k) && t(r));
    if (i < 0) throw new Error("no respondent fits");
    used.add(i);
    return i + 1;
  });
}

const ticked = (r: Row, q: string) => Object.keys(r).some((k) => k.startsWith(`${q}__`) && r[k] === true);

describe("monitoring init", () => {
  it.each<[Language, string, string, string]>([
    ["fr", "1190", "saisie-1190-2025.xlsx", "LISEZMOI.md"],
    ["nl", "1080", "invoer-1080-2025.xlsx", "LEESMIJ.md"],
  ])(
    "(%s, %s) from an empty folder to a commune's report: every column of the typed template read, the encoder's mistakes reported where they are, the figures those of the answers",
    async (lang, postcode, entryFile, readme) => {
      // 1. init in an empty folder.
      const kit = await init(["kit", "--commune", postcode, "--lang", lang]);
      expect(kit.code).toBe(0);
      const q = lang === "fr" ? "questionnaire/formulaire-papier" : "vragenlijst/papieren-vragenlijst";
      const dir = lang === "fr" ? "questionnaire" : "vragenlijst";
      expect([...kit.written.keys()].sort()).toEqual(
        [
          `kit/${readme}`,
          `kit/${dir}/worker-2025.xlsform.xlsx`,
          `kit/${entryFile}`,
          `kit/${q}.fr.html`,
          `kit/${q}.nl.html`,
          "kit/rapport.json",
        ].sort(),
      );
      // Without Chromium: everything else is written, and the user is told what to do, in their language.
      expect(kit.err).toContain(lang === "fr" ? "Chromium est introuvable" : "Chromium niet gevonden");
      expect(kit.err).toContain(`kit/${q}.${lang}.html`);

      // The definition names the commune in both languages and one wave with its commune and year.
      const def = JSON.parse(String(kit.written.get("kit/rapport.json")));
      const names =
        postcode === "1190" ? { fr: "Forest", nl: "Vorst" } : { fr: "Molenbeek-Saint-Jean", nl: "Sint-Jans-Molenbeek" };
      expect(def.title.fr).toContain(names.fr);
      expect(def.title.nl).toContain(names.nl);
      expect(def).toMatchObject({
        commune: postcode,
        waves: [{ file: entryFile, instrument: "worker@2025", fictional: false, commune: postcode, year: "2025" }],
      });
      expect(def.sections).toBeUndefined();
      const howTo = String(kit.written.get(`kit/${readme}`));
      expect(howTo).toContain(`monitoring validate kit/${entryFile} --instrument worker@2025 --commune ${postcode}`);
      expect(howTo).toContain("monitoring report kit/rapport.json");

      // 2. Fill in: simulated answers typed by an encoder, with typical mistakes.
      const rows = simulateResponses(worker2025, {
        n: 40,
        seed: 31,
        commune: postcode,
        dontKnow: 0,
      }).objects() as Row[];
      const [besideE1, besideC1, skippedPage, duration] = pick(rows, [
        (r) => ["rarement", "parfois", "souvent", "tres_souvent"].includes(String(r.E1)) && ticked(r, "E2"),
        (r) => r.C1__commune === true && r.C1__cpas === false && ticked(r, "C2"),
        (r) => typeof r.B1_pct === "number",
        (r) => typeof r.B4 === "number",
      ]) as [number, number, number, number];
      const e1Label = choiceList(worker2025, worker2025.questions.find((x) => x.id === "E1")!).choices.find(
        (c) => c.code === rows[besideE1 - 1]!.E1,
      )!.label[lang];
      const filled = await encode(kit.written.get(`kit/${entryFile}`) as Uint8Array, worker2025, rows, lang, (set) => {
        // A ticked box read beside its line: the E1 answer lands in the next column, E1 stays empty.
        set(besideE1, "E1", null);
        set(besideE1, "E2__non_connaissance", e1Label);
        // The tick of « Administration communale » (C1) typed one column to the right (CPAS).
        set(besideC1, "C1__commune", null);
        set(besideC1, "C1__cpas", TICK);
        // A page skipped while typing: modules B and C left blank.
        const pageBC = canonicalColumns(worker2025).filter((c) => /^[BC]/.test(c.question));
        for (const c of pageBC) set(skippedPage, c.name, null);
        // A duration written as on the form.
        set(duration, "B4", "2h30");
      });

      // 3. validate, no mapping.
      const m = memoryIo({ [`kit/${entryFile}`]: filled });
      const argv = [
        "validate",
        `kit/${entryFile}`,
        "--instrument",
        "worker@2025",
        "--commune",
        postcode,
        "--lang",
        lang,
        "--out",
        "kit/verif",
      ];
      expect(await runCli(argv, m.cli)).toBe(0); // warnings only: no row rejected
      const report = JSON.parse(String(m.written.get(`kit/verif/${entryFile.replace(".xlsx", "")}.validation.json`)));
      expect(report.provenance).toMatchObject({ format: "codebook", rowsRead: 40, rowsAccepted: 40, rowsRejected: 0 });
      const found = report.problems as Found[];
      // Every column recognised: an unknown header would be an `unmatched_column` problem (no row).
      expect(found.filter((p) => p.code === "unmatched_column" || p.row === null)).toEqual([]);
      const at = (respondent: number) => found.filter((p) => p.row === respondent + 1);
      // Every problem is on a row with a planted mistake: the clean forms pass.
      expect([...new Set(found.map((p) => p.row - 1))].sort((a, b) => a - b)).toEqual(
        [besideE1, besideC1, skippedPage, duration].sort((a, b) => a - b),
      );
      expect(at(besideE1)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: "unknown_choice", column: "E2__non_connaissance", value: e1Label }),
          expect.objectContaining({ code: "required_missing", question: "E1" }),
        ]),
      );
      expect(at(besideE1).every((p) => ["E1", "E2", "E3"].includes(String(p.question)))).toBe(true);
      expect(at(besideC1)).toEqual([expect.objectContaining({ code: "not_asked", question: "C2" })]);
      expect(at(skippedPage)).toEqual([expect.objectContaining({ code: "required_missing", question: "B1_pct" })]);
      expect(at(duration)).toEqual([expect.objectContaining({ code: "not_a_number", column: "B4", value: "2h30" })]);
      // The report says it in the user's language, with the number to type.
      expect(m.out()).toContain(
        lang === "fr"
          ? `Colonne « B4 », ligne ${duration + 1} : « 2h30 » n'est pas un nombre`
          : `Kolom ‘B4’, rij ${duration + 1}: ‘2h30’ is geen getal`,
      );
      expect(m.out()).toContain(
        lang === "fr" ? "par exemple 150 si elle demande des minutes" : "bijvoorbeeld 150 als ze naar minuten vraagt",
      );

      // 4. report, from the definition init wrote and the file as typed (no other edit).
      const typed = { "kit/rapport.json": kit.written.get("kit/rapport.json")!, [`kit/${entryFile}`]: filled };
      const r = memoryIo({ ...typed, ...Object.fromEntries(Object.entries(typed).map(([k, v]) => [resolve(k), v])) });
      const reportArgv = ["report", "kit/rapport.json", "--lang", lang, "--out", "kit/rapport", "--no-raster"];
      expect(await runCli(reportArgv, r.cli), r.err()).toBe(0);
      expect(r.err()).toBe("");
      const html = String(r.written.get(lang === "fr" ? "kit/rapport/index.html" : "kit/rapport/index.nl.html"));
      // The commune named by its postcode, in the report's language; one wave, so no test.
      expect(html).toContain(lang === "fr" ? names.fr : names.nl);
      expect(html).not.toMatch(/p ajustée|aangepaste p/);
      // The report's figures are the simulated answers: A1 (not touched by the mistakes) counted
      // per answer, and C1 « Administration communale » one fewer (the tick typed beside it, on a
      // respondent who is in C1's base) and CPAS one more, out of the respondents whose page was typed.
      const csv = (name: string) => {
        const text = String(r.written.get(`kit/rapport/tables/${name}.${lang}.csv`)).replace(/^\uFEFF/, "");
        const [head, ...lines] = text.trim().split(/\r?\n/);
        const cols = head!.split(";");
        return lines.map((l) => Object.fromEntries(l.split(";").map((v, i) => [cols[i], v])));
      };
      const base = lang === "fr" ? "base" : "basis";
      const a1 = csv("repondants-a1");
      const count = (f: (x: Row) => boolean) => rows.filter(f).length;
      for (const line of a1.filter((x) => x.n !== "")) {
        expect(Number(line.n), line.code).toBe(count((x) => x.A1 === line.code));
        expect(Number(line[base])).toBe(count((x) => x.A1 !== null));
      }
      expect(a1.length).toBeGreaterThan(2);
      const c1 = csv("services-c1");
      const typedC1 = rows.filter((x, i) => i + 1 !== skippedPage && ticked(x, "C1"));
      const n = (code: string) => Number(c1.find((x) => x.code === code)!.n);
      expect(Number(c1[0]![base])).toBe(typedC1.length);
      expect(n("commune")).toBe(typedC1.filter((x) => x.C1__commune === true).length - 1);
      expect(n("cpas")).toBe(typedC1.filter((x) => x.C1__cpas === true).length + 1);
    },
  );

  it("prints the paper form to PDF in both languages when a printer is there", async () => {
    const printed: string[] = [];
    const kit = await init(["kit", "--commune", "1190"], async (html) => {
      printed.push(html);
      return new TextEncoder().encode(`%PDF-${printed.length}`);
    });
    expect(kit.code).toBe(0);
    expect(kit.err).toBe("");
    expect(printed.map((h) => /<html lang="(\w+)">/.exec(h)![1])).toEqual(["fr", "nl"]);
    expect(printed[0]).toContain("Commune\u00a0: Forest (1190)");
    expect(new TextDecoder().decode(kit.written.get("kit/questionnaire/formulaire-papier.nl.pdf") as Uint8Array)).toBe(
      "%PDF-2",
    );
    expect(String(kit.written.get("kit/questionnaire/formulaire-papier.fr.html"))).toBe(printed[0]);
  });

  it("is listed in the help, with its options, in French and Dutch", async () => {
    const fr = memoryIo();
    await runCli(["help"], fr.cli);
    expect(fr.out()).toContain("  init       crée le dossier d'enquête d'une commune");
    expect(fr.out()).toContain("--commune <code postal>   commune de l'enquête");
    const nl = memoryIo();
    await runCli(["help", "--lang", "nl"], nl.cli);
    expect(nl.out()).toContain("  init       maakt de enquêtemap van een gemeente");
  });

  it("writes nothing over an existing file", async () => {
    const m = memoryIo({ "kit/rapport.json": "{}" });
    expect(await runCli(["init", "kit", "--commune", "1190"], { ...m.cli, printPdf: noChromium })).toBe(2);
    expect(m.err()).toContain("Le dossier « kit » contient déjà rapport.json");
    expect(m.written.size).toBe(0);
  });

  it("explains a missing folder, a missing or unknown commune and a bad year, in the user's language", async () => {
    expect((await init([])).err).toContain("pnpm monitoring init <dossier> --commune <code postal>");
    expect((await init(["kit"])).err).toContain("1190 Forest / Vorst");
    const unknown = await init(["kit", "--commune", "9000", "--lang", "nl"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("‘9000’ is niet de postcode van een Brusselse gemeente");
    expect((await init(["kit", "--commune", "1190", "--year", "25"])).err).toContain("année en quatre chiffres");
  });

  it("names Laeken's postcode (1020) as the City of Brussels, and takes another year", async () => {
    const kit = await init(["bxl", "--commune", "1020", "--year", "2027"]);
    const def = JSON.parse(String(kit.written.get("bxl/rapport.json")));
    expect(def).toMatchObject({
      id: "bruxelles-ville-2027",
      commune: "1000",
      waves: [{ file: "saisie-1000-2027.xlsx", year: "2027" }],
    });
  });
});
