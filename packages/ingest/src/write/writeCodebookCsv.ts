import { type CsvOptions, tableToCsv } from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";
import type { Encoding } from "../read/detectEncoding.ts";
import { encodeText } from "./encodeText.ts";

/** Options of {@link writeCodebookCsv}. */
export interface WriteCsvOptions extends Omit<CsvOptions, "bom"> {
  /** Encoding of the bytes. Default: `"utf-8-bom"`. */
  readonly encoding?: Encoding;
}

/**
 * Writes a canonical table as a codebook CSV (question ids as headers, codes as values, one
 * `Q__code` TRUE/FALSE column per choice), in any supported encoding and delimiter.
 * @example writeCodebookCsv(table, { delimiter: ";", decimal: ",", encoding: "windows-1252" })
 */
export function writeCodebookCsv(data: ColumnTable, options: WriteCsvOptions = {}): Uint8Array {
  const { encoding = "utf-8-bom", ...csv } = options;
  return encodeText(tableToCsv(data, { ...csv, bom: false }), encoding);
}
