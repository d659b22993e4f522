import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { readNumbers } from "../missing.ts";
import { domainTable, type TotalOptions } from "./domainTable.ts";
import { domainRatio } from "./linearisation.ts";

/**
 * Ratio of two weighted totals by group, as R `svyratio(~y, ~z, design)` (per group: a domain, R
 * `svyby(~y, ~by, design, svyratio, denominator = ~z)`), with a t interval on R `degf`. Rows where
 * either value is null are left out.
 * @example ratio(design, "heures", "etp").objects()[0].estimate // => 38
 */
export function ratio(
  design: SurveyDesign,
  numerator: string,
  denominator: string,
  options: TotalOptions = {},
): ColumnTable {
  const y = readNumbers(design, numerator);
  const z = readNumbers(design, denominator);
  const both = y.map((v, i) => (v === null || z[i] === null ? null : v));
  return domainTable(design, both, `${numerator}/${denominator}`, "ratio", options, (dom, separate) =>
    domainRatio(design, y, z, dom, { separate }),
  );
}
