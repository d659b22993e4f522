import { describe, expectTypeOf, it } from "vitest";
import {
  defineReport,
  isSectionKind,
  type ReportDefinition,
  type ReportMessageCode,
  type reportMessages,
  type Section,
  type SectionKind,
} from "../../src/index.ts";

const waves = [
  { file: "a.csv", instrument: "worker@2021", fictional: true },
  { file: "b.xlsx", instrument: "worker@2025", fictional: true },
] as const;

describe("report definition types", () => {
  it("isSectionKind narrows unknown to SectionKind", () => {
    const v: unknown = "compare";
    if (isSectionKind(v)) expectTypeOf(v).toEqualTypeOf<SectionKind>();
  });

  it("a section's fields follow its kind", () => {
    expectTypeOf<Extract<Section, { kind: "compare" }>["questions"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Extract<Section, { kind: "likert" }>["items"]>().toEqualTypeOf<readonly string[]>();
    // @ts-expect-error a compare section names its questions in `questions`, not `items`
    const wrong: Section = { kind: "compare", id: "x", title: { fr: "X", nl: "X" }, items: ["C1"] };
    expectTypeOf(wrong).toMatchTypeOf<Section>();
  });

  it("defineReport needs both languages, two waves and a fictional flag on each", () => {
    expectTypeOf(defineReport).returns.toEqualTypeOf<ReportDefinition>();
    // @ts-expect-error a title without its Dutch text
    const noDutch: ReportDefinition["title"] = { fr: "Titre" };
    // @ts-expect-error a wave must say whether its data are fictional
    const noFlag: ReportDefinition["waves"][0] = { file: "a.csv", instrument: "worker@2021" };
    // @ts-expect-error exactly two waves
    const three: ReportDefinition["waves"] = [waves[0], waves[1], waves[1]];
    expectTypeOf([noDutch, noFlag, three]).not.toBeNever();
  });

  it("the Dutch catalogue has exactly the French codes", () => {
    expectTypeOf<keyof typeof reportMessages.nl>().toEqualTypeOf<ReportMessageCode>();
  });
});
