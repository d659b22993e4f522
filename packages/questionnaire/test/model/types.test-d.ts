import { describe, expectTypeOf, it } from "vitest";
import {
  type Condition,
  isQuestionKind,
  type Language,
  type QuestionKind,
  type QuestionnaireMessageCode,
  type questionnaireMessages,
  when,
} from "../../src/index.ts";

describe("model types", () => {
  it("isQuestionKind narrows unknown to QuestionKind", () => {
    const v: unknown = "single";
    if (isQuestionKind(v)) expectTypeOf(v).toEqualTypeOf<QuestionKind>();
  });
  it("Language is exactly fr | nl", () => {
    expectTypeOf<Language>().toEqualTypeOf<"fr" | "nl">();
  });
  it("condition builders return Condition, and a Condition cannot be a string", () => {
    expectTypeOf(when.in("A1", "cpas")).toEqualTypeOf<Condition>();
    expectTypeOf<string>().not.toMatchTypeOf<Condition>();
  });
  it("the Dutch catalogue has exactly the French codes", () => {
    expectTypeOf<keyof typeof questionnaireMessages.nl>().toEqualTypeOf<QuestionnaireMessageCode>();
  });
});
