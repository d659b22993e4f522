import { join } from "node:path";
import {
  BRUSSELS_COMMUNES,
  type BrusselsCommune,
  dataEntryTemplate,
  exportXlsform,
  findBrusselsCommune,
  instrumentKey,
  LANGUAGES,
  paperFormHtml,
} from "@monitoring-social/questionnaire";
import { ChromiumMissingError, printPdf } from "../../chromium/printPdf.ts";
import type { ReportDefinition, WaveSource } from "../../definition/reportDefinition.ts";
import { tr } from "../../messages/index.ts";
import type { ParsedArgs } from "../args.ts";
import { instrumentOption } from "../instruments.ts";
import { CliError, type CliIo, ExitCode } from "../io.ts";

/** An id for the report definition: the commune's French name in lowercase ASCII, then the year. */
function slug(commune: BrusselsCommune, year: string): string {
  const name = commune.name.fr
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${name}-${year}`;
}

const communeList = () => BRUSSELS_COMMUNES.map((c) => `${c.postcode} ${c.name.fr} / ${c.name.nl}`).join(", ");

/**
 * `monitoring init <dossier> --commune <code postal> [--lang fr|nl] [--instrument worker@2025]
 * [--year 2025]`: writes a commune's field kit into a new folder — the paper form in French and
 * Dutch (PDF printed by headless Chromium, and the HTML it comes from), the XLSForm for KoboToolbox
 * or ODK, the data-entry template (in the chosen language), a report definition `rapport.json`
 * naming the commune in French and Dutch and its wave (file, instrument, commune, year), and a
 * how-to (`LISEZMOI.md` / `LEESMIJ.md`). Writes nothing over an existing file. Without Chromium
 * every other file is written and the user is told how to install it, or to print the HTML from a
 * browser. Exit code 0 when written, 2 on a usage problem.
 */
export async function initCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const lang = args.lang;
  const folder = args.positionals[0];
  if (folder === undefined) throw new CliError(tr("init_missing_folder", lang));
  const postcode = args.options.commune;
  if (postcode === undefined) throw new CliError(tr("init_missing_commune", lang, { communes: communeList() }));
  const commune = findBrusselsCommune(postcode);
  if (!commune) throw new CliError(tr("init_unknown_commune", lang, { value: postcode, communes: communeList() }));
  const instrument = instrumentOption(args);
  const year = args.options.year ?? instrument.version;
  if (!/^\d{4}$/.test(year)) throw new CliError(tr("init_bad_year", lang, { value: year }));
  const key = instrumentKey(instrument);

  const dir = tr("init_folder_questionnaire", lang);
  const paper = (l: string, ext: string) => `${dir}/${tr("init_paper_file", lang)}.${l}.${ext}`;
  const entry = tr("init_entry_file", lang, { postcode: commune.postcode, year });
  const xlsform = `${dir}/${instrument.id}-${instrument.version}.xlsform.xlsx`;
  const readme = tr("init_readme_file", lang);
  const names = {
    readme,
    definition: "rapport.json",
    entry,
    xlsform,
    html: Object.fromEntries(LANGUAGES.map((l) => [l, paper(l, "html")])),
    pdf: Object.fromEntries(LANGUAGES.map((l) => [l, paper(l, "pdf")])),
  };
  const all = [
    readme,
    "rapport.json",
    entry,
    xlsform,
    ...LANGUAGES.flatMap((l) => [paper(l, "html"), paper(l, "pdf")]),
  ];
  const existing = all.filter((f) => {
    try {
      io.readFile(join(folder, f));
      return true;
    } catch {
      return false;
    }
  });
  if (existing.length > 0) throw new CliError(tr("init_exists", lang, { folder, files: existing.join(", ") }));

  const files: [string, string | Uint8Array][] = [];
  const html = Object.fromEntries(LANGUAGES.map((l) => [l, paperFormHtml(instrument, { lang: l, commune })]));
  // The definition as JSON: no `sections` (the standard ones apply), and a list of waves — one today;
  // a later survey adds a wave, another commune a wave with its own commune.
  const definition: Omit<ReportDefinition, "waves" | "sections"> & { readonly waves: readonly WaveSource[] } = {
    id: slug(commune, year),
    title: {
      fr: tr("init_title", "fr", { commune: commune.name.fr, year }),
      nl: tr("init_title", "nl", { commune: commune.name.nl, year }),
    },
    source: {
      fr: tr("init_source", "fr", { commune: commune.name.fr, year }),
      nl: tr("init_source", "nl", { commune: commune.name.nl, year }),
    },
    commune: commune.postcode,
    waves: [{ file: entry, instrument: key, fictional: false, commune: commune.postcode, year }],
  };
  files.push([entry, await dataEntryTemplate(instrument, { lang, commune, file: entry })]);
  files.push([xlsform, await exportXlsform(instrument)]);
  for (const l of LANGUAGES) files.push([names.html[l]!, html[l]!]);
  files.push(["rapport.json", `${JSON.stringify(definition, null, 2)}\n`]);
  files.push([
    readme,
    tr("init_readme", lang, {
      commune: commune.name[lang],
      postcode: commune.postcode,
      year,
      folder,
      instrument: key,
      entry,
      xlsform,
      paper_fr_pdf: names.pdf.fr!,
      paper_nl_pdf: names.pdf.nl!,
      paper_fr_html: names.html.fr!,
      paper_nl_html: names.html.nl!,
    }),
  ]);

  // The PDF last: without Chromium, everything else is already there.
  const print = io.printPdf ?? ((page: string) => printPdf(page));
  const notices: string[] = [];
  for (const l of LANGUAGES) {
    try {
      files.push([names.pdf[l]!, await print(html[l]!)]);
    } catch (e) {
      if (e instanceof ChromiumMissingError) {
        notices.push(tr("init_no_chromium", lang, { html: join(folder, names.html[lang]!) }));
        break;
      }
      const detail = String((e as Error).message)
        .split("\n")[0]!
        .slice(0, 200);
      notices.push(tr("init_pdf_failed", lang, { html: join(folder, names.html[l]!), detail }));
    }
  }
  for (const [name, data] of files) io.writeFile(join(folder, name), data);
  io.out(
    `${tr("init_written", lang, { commune: commune.name[lang], postcode: commune.postcode, folder, n: files.length })}\n`,
  );
  for (const [name] of files) io.out(`  ${join(folder, name)}\n`);
  for (const n of notices) io.err(`${n}\n`);
  io.out(`${tr("init_next", lang, { readme: join(folder, readme) })}\n`);
  return ExitCode.ok;
}
