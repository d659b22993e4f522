import { problemMessage } from "../validate/problem.ts";
import { columnTable } from "./columnTable.ts";
import { problemCounts, type ValidationReport } from "./validationReport.ts";

/**
 * The validation report as JSON (stable key order, no timestamp): provenance, the column → question
 * table (every column, with its status, target and how it was recognised) and the questions no
 * column feeds, the rows of unfinished responses set apart, counts, and every problem with its
 * message in French and Dutch. Rejected rows are in the rejected-rows CSV.
 * @example JSON.parse(reportJson(report)).provenance.rowsRead // => 182
 */
export function reportJson(report: ValidationReport): string {
  const p = report.provenance;
  const table = columnTable(report);
  return `${JSON.stringify(
    {
      fictional: report.fictional,
      provenance: {
        file: p.file,
        sha256: p.sha256,
        instrument: p.instrument,
        format: p.format,
        encoding: p.encoding,
        delimiter: p.delimiter,
        decimal: p.decimal,
        rowsRead: p.rowsRead,
        rowsAccepted: p.rowsAccepted,
        rowsRejected: p.rowsRejected,
        rowsIncomplete: p.rowsIncomplete,
        incompleteIncluded: p.incompleteIncluded,
        blankLines: p.blankLines,
        lines: p.lines,
        sheet: p.sheet,
      },
      columns: table.rows,
      missingQuestions: table.missing,
      incompleteRows: report.incomplete.map((r) => r.row),
      counts: problemCounts(report),
      problems: report.problems.map((x) => ({
        code: x.code,
        severity: x.severity,
        row: x.row,
        column: x.column,
        value: x.value,
        question: x.question,
        message: { fr: problemMessage(x, "fr"), nl: problemMessage(x, "nl") },
      })),
    },
    null,
    2,
  )}\n`;
}
