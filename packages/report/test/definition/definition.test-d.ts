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

  it("defineReport needs both languages, at least one wave and a fictional flag on each", () => {
    expectTypeOf(defineReport).returns.toEqualTypeOf<ReportDefinition>();
    // @ts-expect-error a title without its Dutch text
    const noDutch: ReportDefinition["title"] = { fr: "Titre" };
    // @ts-expect-error a wave must say whether its data are fictional
    const noFlag: ReportDefinition["waves"][0] = { file: "a.csv", instrument: "worker@2021" };
    // @ts-expect-error at least one wave
    const none: ReportDefinition["waves"] = [];
    // One wave, three waves: any number from one.
    const one: ReportDefinition["waves"] = [waves[1]];
    const three: ReportDefinition["waves"] = [waves[0], waves[1], { ...waves[1], year: "2027" }];
    // @ts-expect-error a reference is one of the known reference studies
    const wrongReference: ReportDefinition["reference"] = "bruxelles";
    expectTypeOf([noDutch, noFlag, none, one, three, wrongReference]).not.toBeNever();
  });

  it("a wave may name its commune (postcode) and year, both optional strings", () => {
    expectTypeOf<ReportDefinition["waves"][0]["commune"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ReportDefinition["waves"][0]["year"]>().toEqualTypeOf<string | undefined>();
    const forest: ReportDefinition["waves"][0] = {
      file: "saisie-1190-2025.xlsx",
      instrument: "worker@2025",
      fictional: false,
      commune: "1190",
      year: "2025",
    };
    // @ts-expect-error a commune is a postcode string, not a number
    const wrong: ReportDefinition["waves"][0] = { ...forest, commune: 1190 };
    expectTypeOf([forest, wrong]).not.toBeNever();
  });

  it("the Dutch catalogue has exactly the French codes", () => {
    expectTypeOf<keyof typeof reportMessages.nl>().toEqualTypeOf<ReportMessageCode>();
  });
});
