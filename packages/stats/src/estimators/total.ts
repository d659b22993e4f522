import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { readNumbers } from "../missing.ts";
import { domainTable, type TotalOptions } from "./domainTable.ts";
import { domainTotal } from "./linearisation.ts";

export type { TotalOptions } from "./domainTable.ts";

/**
 * Weighted total of a numeric question by group, as R `svytotal(~x, design)` (per group: the
 * group as a domain, R `svyby(~x, ~by, design, svytotal)`; groups that are simple random samples:
 * each group as its own sample, R `svytotal(~x, svydesign(ids = ~1, data = subset(d, by == g)))`),
 * with a t interval on R `degf`. Rows with a null value are left out of the domain; strings are an
 * error. Unweighted, the total is the sum over the respondents.
 * @example total(surveyDesign(t, { weights: "w" }), "etp").objects()[0].estimate // => 65.4…
 */
export function total(design: SurveyDesign, variable: string, options: TotalOptions = {}): ColumnTable {
  const values = readNumbers(design, variable);
  return domainTable(design, values, variable, "total", options, (dom, separate) =>
    domainTotal(design, values, dom, { separate }),
  );
}
