/**
 * @monitoring-social/report — the `monitoring` command line and (issue 6) the report generator.
 * @module
 */
export { type ParsedArgs, parseCliArgs } from "./cli/args.ts";
export { CliError, type CliIo, ExitCode, type PathKind } from "./cli/io.ts";
export { runCli } from "./cli/runCli.ts";
export { checkOutDir, jsonErrorDetail, writeOrFail } from "./cli/writeFiles.ts";
export * from "./content/block.ts";
export * from "./content/comparisonTable.ts";
export * from "./content/csvNumbers.ts";
export * from "./content/distributionTable.ts";
export * from "./content/labels.ts";
export * from "./content/likertTable.ts";
export * from "./content/meansTable.ts";
export * from "./definition/checkDefinition.ts";
export * from "./definition/readDefinition.ts";
export * from "./definition/reportDefinition.ts";
export * from "./definition/section.ts";
export * from "./definition/workerSections.ts";
export * from "./fileErrorReason.ts";
export * from "./html/escapeHtml.ts";
export * from "./html/inlineSvg.ts";
export * from "./html/renderHtml.ts";
export { type ReportMessageCode, reportMessages, tr } from "./messages/index.ts";
export * from "./notebook/notebookSection.ts";
export * from "./notebook/notebookStudySection.ts";
export * from "./output/tableCsv.ts";
export * from "./output/writeReport.ts";
export * from "./privacy/pseudonymise.ts";
export * from "./reportError.ts";
export * from "./sections/buildReport.ts";
export * from "./sections/compareSection.ts";
export * from "./sections/derive.ts";
export * from "./sections/likertSection.ts";
export * from "./sections/methodologySection.ts";
export * from "./sections/sampleSection.ts";
export * from "./sections/sectionContext.ts";
export * from "./sections/testimoniesSection.ts";
export * from "./sections/textSection.ts";
export * from "./sections/timeShareSection.ts";
export * from "./study/loadStudy.ts";
export * from "./study/registry.ts";
export * from "./study/study.ts";
export * from "./study/studySourceLine.ts";
export * from "./wording/describeComparison.ts";
export * from "./wording/formatP.ts";
export * from "./wording/testName.ts";
