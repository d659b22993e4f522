/**
 * @monitoring-social/ingest — survey exports in (KoboToolbox, LimeSurvey, Google Forms, codebook
 * CSV; CSV or XLSX; any encoding and delimiter), validated and harmonised waves out.
 * @module
 */
export * from "./formats/detectFormat.ts";
export * from "./formats/sourceFormat.ts";
export * from "./formats/toolLayout.ts";
export * from "./formats/toolLayouts.ts";
export * from "./formats/valueConventions.ts";
export * from "./mapping/bindColumns.ts";
export * from "./mapping/columnBinding.ts";
export * from "./mapping/columnIndex.ts";
export * from "./mapping/mappingFile.ts";
export * from "./mapping/mappingProposal.ts";
export * from "./mapping/mappingTarget.ts";
export * from "./mapping/normalizeLabel.ts";
export * from "./mapping/recogniseColumns.ts";
export { type IngestMessageCode, ingestMessages, ti } from "./messages/index.ts";
export * from "./read/checkZip.ts";
export * from "./read/columnLetter.ts";
export * from "./read/detectEncoding.ts";
export * from "./read/ingestLimits.ts";
export * from "./read/lineBreaks.ts";
export * from "./read/readCsv.ts";
export * from "./read/readFailure.ts";
export * from "./read/readXlsx.ts";
export * from "./read/rowNote.ts";
export * from "./read/rowSource.ts";
export * from "./read/scanCsv.ts";
export * from "./read/textLines.ts";
export * from "./report/columnTable.ts";
export * from "./report/incompleteCsv.ts";
export * from "./report/problemGroups.ts";
export * from "./report/rejectedCsv.ts";
export * from "./report/reportJson.ts";
export * from "./report/reportMarkdown.ts";
export * from "./report/reportText.ts";
export * from "./report/validationReport.ts";
export * from "./typing/ingestRows.ts";
export * from "./typing/parseValues.ts";
export type { SetApartRow } from "./typing/selectRows.ts";
export * from "./validate/duplicateColumns.ts";
export * from "./validate/ingestError.ts";
export * from "./validate/problem.ts";
export * from "./wave/harmonise.ts";
export * from "./wave/readWave.ts";
export * from "./wave/wave.ts";
export * from "./write/encodeText.ts";
export * from "./write/writeCodebookCsv.ts";
export * from "./write/writeGoogleFormsCsv.ts";
export * from "./write/writeKoboXlsx.ts";
export * from "./write/writeLimesurveyCsv.ts";
