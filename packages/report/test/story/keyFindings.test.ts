import { describe, expect, it } from "vitest";
import {
  describeComparison,
  type Finding,
  findingSize,
  keyFindings,
  rankFindings,
  withComposition,
} from "../../src/index.ts";

// Hand-made comparison rows (the statistics are checked against R in packages/stats): what is
// tested is which findings the key findings list, in which order, and how they are written.
const share = (label: string, a: number, b: number, p = 0.001, low?: number, high?: number): Finding =>
  describeComparison(
    {
      group_a: "2021",
      group_b: "2025",
      estimate_a: a,
      estimate_b: b,
      difference: b - a,
      diff_ci_low: low ?? b - a - 0.05 * Math.sign(b - a),
      diff_ci_high: high ?? b - a + 0.05 * Math.sign(b - a),
      p_adjusted: p,
      test: "chi-square",
    },
    { label, lang: "fr" },
  );
const plain = (s: string) => s.replaceAll("\u202f", " ");
const texts = (blocks: ReturnType<typeof keyFindings>) =>
  blocks.flatMap((b) => (b.kind === "findings" ? b.items.map((i) => plain(i.text)) : []));
const paragraphs = (blocks: ReturnType<typeof keyFindings>) =>
  blocks.flatMap((b) => (b.kind === "paragraph" ? [plain(b.text)] : []));

describe("findingSize", () => {
  it("is the absolute difference in percentage points for a share", () => {
    expect(findingSize(share("X", 0.52, 0.27).facts!)).toBeCloseTo(25, 10);
  });

  it("standardizes a mean by the standard deviation its interval implies", () => {
    // sd = (3 − 1) / (2 × 1,96) / √(1/100 + 1/100) = 3,608; d = 2 / 3,608 = 0,554; 100 × sin(d) / 2 = 26,3.
    const f = describeComparison(
      {
        group_a: "2021",
        group_b: "2025",
        estimate_a: 10,
        estimate_b: 12,
        difference: 2,
        diff_ci_low: 1,
        diff_ci_high: 3,
        p_value: 0.001,
        test: "welch",
        n_a: 100,
        n_b: 100,
      },
      { label: "Demandes", lang: "fr", scale: "mean" },
    );
    expect(findingSize(f.facts!)).toBeCloseTo((100 * Math.sin(2 / (2 / 3.92 / Math.sqrt(0.02)))) / 2, 10);
    expect(findingSize(f.facts!)).toBeCloseTo(26.3, 1);
  });
});

describe("rankFindings", () => {
  it("keeps the demonstrated findings, largest first, and leaves out the others", () => {
    const small = share("Petit", 0.5, 0.6);
    const large = share("Grand", 0.52, 0.27);
    const notShown = share("Hasard", 0.3, 0.6, 0.2);
    expect(rankFindings([small, notShown, large]).map((f) => f.facts!.label)).toEqual(["Grand", "Petit"]);
  });
});

describe("keyFindings", () => {
  it("lists at most five demonstrated findings by size, in plain sentences, the tests in one note", () => {
    const headlines = [0.1, 0.3, 0.15, 0.25, 0.2, 0.12].map((d, i) => share(`Q${i}`, 0.4, 0.4 + d));
    const blocks = keyFindings(headlines, { lang: "fr", waves: ["2021", "2025"] });
    expect(texts(blocks).map((t) => t.split(" — ")[0])).toEqual(["Q1", "Q3", "Q4", "Q2", "Q5"]);
    expect(texts(blocks)[0]).toBe("Q1 — 70 % en 2025 contre 40 % en 2021, soit 30,0 points de plus.");
    for (const t of texts(blocks)) expect(t).not.toMatch(/khi²|p ajustée|IC 95/);
    const [tests, more] = paragraphs(blocks);
    expect(tests).toContain("Q1 : test du khi², p ajustée = 0,001 ; Q3 : test du khi²");
    expect(more).toBe("Autres changements démontrés, décrits plus bas : Q0.");
  });

  it("says raw and composition-adjusted results in one sentence, and both tests in the note", () => {
    const raw = share("Plus d'un quart", 0.4, 0.71);
    const adjusted = share("Plus d'un quart", 0.4, 0.705);
    const one = withComposition(raw, adjusted, "à composition de 2021");
    const blocks = keyFindings([one, share("B", 0.5, 0.3), share("C", 0.2, 0.3)], {
      lang: "fr",
      waves: ["2021", "2025"],
    });
    expect(texts(blocks)[0]).toBe(
      "Plus d'un quart — 71 % en 2025 contre 40 % en 2021, soit 31,0 points de plus (30,5 points de plus à composition de 2021).",
    );
    expect(paragraphs(blocks)[0]).toContain("(à composition de 2021 : test du khi², p ajustée = 0,001)");
  });

  it("does not headline a raw change that does not hold at equal composition", () => {
    const one = withComposition(share("A", 0.4, 0.6), share("A", 0.4, 0.45, 0.3, -0.02, 0.12), "à composition de 2021");
    expect(one.significant).toBe(false);
    expect(rankFindings([one])).toEqual([]);
  });

  it("says plainly when fewer than three changes are demonstrated, and lists what did not change", () => {
    const headlines = [
      share("Guichet", 0.52, 0.27),
      share("Renoncement", 0.29, 0.37, 0.129, -0.02, 0.18),
      { text: "Obstacles : aucun des 11 choix ne change.", significant: false, subject: "Obstacles" },
    ];
    const blocks = keyFindings(headlines, { lang: "fr", waves: ["2021", "2025"] });
    expect(paragraphs(blocks)[0]).toBe(
      "Un seul changement est démontré entre 2021 et 2025 ; les autres écarts peuvent s'expliquer par le hasard de l'échantillon.",
    );
    expect(texts(blocks)).toEqual(["Guichet — 27 % en 2025 contre 52 % en 2021, soit 25,0 points de moins."]);
    expect(paragraphs(blocks).at(-1)).toBe("Sans changement démontré : Renoncement ; Obstacles.");
    const none = keyFindings(headlines.slice(1), { lang: "nl", waves: ["2021", "2025"] });
    expect(none.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
    expect(paragraphs(none)[0]).toMatch(/^Geen enkele verandering is aangetoond tussen 2021 en 2025/);
  });
});
