import { dirname, join, relative, resolve } from "node:path";
import { readDefinition } from "../../definition/readDefinition.ts";
import { tr } from "../../messages/index.ts";
import { testimonyReviewPath } from "../../output/testimonyReview.ts";
import { writeReport } from "../../output/writeReport.ts";
import { ReportError } from "../../reportError.ts";
import { loadStudy } from "../../study/loadStudy.ts";
import type { ParsedArgs } from "../args.ts";
import { CliError, type CliIo, ExitCode } from "../io.ts";
import { checkOutDir, writeOrFail } from "../writeFiles.ts";

/**
 * `monitoring report <definition.json|report.ts> [--out dossier] [--lang nl] [--no-raster] [--redraw]`: loads
 * every wave named by the definition (paths relative to it), validates and compares them, and
 * writes the report — `index.html`, `index.nl.html`, `figures/`, `tables/`, `validation/` — into
 * `--out` (default: the definition's folder; a path naming an existing file is refused before any
 * work). Only figures that changed since the last run are drawn again (`--redraw`: all). Exit code 0 when written, 2 on a problem, told in the user's language.
 */
export async function reportCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const path = args.positionals[0];
  if (path === undefined) throw new CliError(tr("missing_definition", args.lang));
  try {
    const definition = await readDefinition(path, { lang: args.lang, readFile: (p) => io.readFile(p) });
    const baseDir = dirname(resolve(path));
    const out = args.options.out ?? baseDir;
    checkOutDir(io, out, args.lang);
    const write = writeOrFail(io, args.lang);
    const study = await loadStudy(definition, {
      baseDir,
      lang: args.lang,
      readFile: (p) => io.readFile(p),
    });
    const written = await writeReport(study, {
      write: (p, d) => write(join(out, p), d),
      raster: args.flags["no-raster"] !== true,
      redraw: args.flags.redraw === true,
      // Figures an earlier run drew from the same spec are kept (figures/.cache.json).
      read: (p) => {
        try {
          return io.readFile(join(out, p));
        } catch {
          return null;
        }
      },
    });
    io.out(
      `${tr("report_written", args.lang, { n: written.files.length, dir: relative(process.cwd(), out) || "." })}\n`,
    );
    if (written.names.flagged > 0)
      io.out(
        `${tr("names_to_review", args.lang, { n: written.names.flagged, masked: written.names.masked, file: join(relative(process.cwd(), out) || ".", testimonyReviewPath(args.lang)) })}\n`,
      );
    if (study.fictional) io.out(`${tr("fictional_notice", args.lang)}\n`);
    return ExitCode.ok;
  } catch (e) {
    if (e instanceof ReportError) throw new CliError(e.messages[args.lang]);
    throw e;
  }
}
