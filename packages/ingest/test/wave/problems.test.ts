import { worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { encodeText, problemMessage, readWave } from "../../src/index.ts";

/** A small codebook CSV of the 2025 worker questionnaire; `rows` are `;`-separated in the header's order. */
const HEADER = "id;A1;A3;A4;A5;A6;B1_pct;B2;B3;B4;C1__commune;C1__cpas;C2__paiement;E1;E2__non_demande;A0";
const OK = "r1;cpas;accueil;10;0,8;c1030;20;hausse;5;30;TRUE;FALSE;TRUE;parfois;TRUE;2025-03-04";

async function problems(...rows: string[]) {
  const wave = await readWave(encodeText([HEADER, ...rows].join("\n"), "utf-8"), {
    instrument: worker2025,
    fictional: false,
    file: "test.csv",
  });
  return { wave, codes: wave.report.problems.map((p) => p.code), first: wave.report.problems[0] };
}

describe("validation problems", () => {
  it("finds nothing in a clean row", async () => {
    const { codes, wave } = await problems(OK);
    expect(codes).toEqual([]);
    expect(wave.table.objects()[0]).toMatchObject({ A5: 0.8, B1_pct: 20, C2__paiement: true, C2__rdv_en_ligne: false });
  });

  it("unknown choice: names file row, column, value; value set to null, row kept", async () => {
    const { codes, first, wave } = await problems(OK.replace("accueil", "stagiaire"));
    // A3 is required: once its unknown value is set aside, it is also a missing required answer.
    expect(codes).toEqual(["unknown_choice", "required_missing"]);
    expect(first).toMatchObject({
      file: "test.csv",
      row: 2,
      column: "A3",
      value: "stagiaire",
      question: "A3",
      severity: "warning",
    });
    expect(problemMessage(first!, "fr")).toBe(
      "Colonne « A3 », ligne 2 : « stagiaire » n'est pas une réponse prévue pour la question A3. Valeur ignorée ; corrigez-la ou ajoutez ce choix au questionnaire.",
    );
    expect(problemMessage(first!, "nl")).toContain("Kolom ‘A3’, rij 2: ‘stagiaire’ is geen voorzien antwoord");
    expect(wave.table.array("A3")).toEqual([null]);
    expect(wave.provenance.rowsAccepted).toBe(1);
  });

  it("out of range and not a number", async () => {
    expect((await problems(OK.replace(";5;30;", ";500;30;"))).codes).toEqual(["out_of_range"]);
    expect((await problems(OK.replace(";5;30;", ";beaucoup;30;"))).codes).toEqual(["not_a_number"]);
    expect((await problems(OK.replace(";5;30;", ";5;30,5;"))).codes).toEqual(["out_of_range"]); // B4 is an integer
    // A4 out of range becomes missing, so B2 (asked when A4 ≥ 2) should not have been answered: both are told.
    expect((await problems(OK.replace(";10;", ";60;"))).codes).toEqual(["out_of_range", "not_asked"]);
  });

  it("a duration where a number of minutes is expected: not converted, the message says what to type", async () => {
    const { codes, first, wave } = await problems(OK.replace(";5;30;", ";5;2h30;"));
    expect(codes).toEqual(["not_a_number"]);
    expect(first).toMatchObject({ row: 2, column: "B4", value: "2h30", params: { minutes: 150, hours: 2.5 } });
    expect(wave.table.array("B4")).toEqual([null]);
    expect(problemMessage(first!, "fr")).toBe(
      "Colonne « B4 », ligne 2 : « 2h30 » n'est pas un nombre (question B4). Valeur ignorée. C'est une durée : tapez un nombre dans l'unité de la question, par exemple 150 si elle demande des minutes, 2,5 si elle demande des heures.",
    );
    expect(problemMessage(first!, "nl")).toContain(
      "bijvoorbeeld 150 als ze naar minuten vraagt, 2,5 als ze naar uren vraagt.",
    );
    const plain = (await problems(OK.replace(";5;30;", ";beaucoup;30;"))).first!;
    expect(problemMessage(plain, "fr")).toMatch(/Valeur ignorée\.$/);
  });

  it("invalid date", async () => {
    expect((await problems(OK.replace("2025-03-04", "31/02/2025"))).codes).toEqual(["invalid_date"]);
  });

  it("answer where skip logic says the question was not asked (C2 without the commune in C1)", async () => {
    const { codes, first, wave } = await problems(OK.replace("TRUE;FALSE;TRUE", "FALSE;TRUE;TRUE"));
    expect(codes).toEqual(["not_asked"]);
    expect(first).toMatchObject({ question: "C2", column: "C2__paiement" });
    expect(wave.table.array("C2__paiement")).toEqual([null]);
  });

  it("required answer missing: reported, row kept", async () => {
    const { codes, wave } = await problems(OK.replace("r1;cpas;", "r1;;"));
    expect(codes).toEqual(["required_missing"]);
    expect(wave.provenance.rowsAccepted).toBe(1);
  });

  it("duplicate id with other answers: the later row is rejected", async () => {
    const { codes, wave } = await problems(OK, OK.replace(";20;", ";25;"));
    expect(codes).toEqual(["duplicate_id"]);
    expect(wave.provenance).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(wave.report.rejected[0]!.row).toBe(3);
  });

  it("a rejected row keeps its cells as read, blank cells beyond the header included", async () => {
    const { wave } = await problems(OK, `${OK.replace("r1;", "r9;")};`);
    expect(wave.report.rejected[0]!.cells).toEqual([...`${OK.replace("r1;", "r9;")};`.split(";")]);
    expect(wave.report.rejected[0]!.cells).toHaveLength(HEADER.split(";").length + 1);
  });

  it("identical duplicate response: the copy is rejected", async () => {
    const { codes, wave } = await problems(OK, OK.replace("r1;", "r9;"));
    expect(codes).toEqual(["duplicate_response"]);
    expect(problemMessage(wave.report.problems[0]!, "fr")).toBe(
      "Ligne 3 : réponses identiques à celles de la ligne 2 (doublon). La ligne est rejetée.",
    );
  });

  it("unmatched column, with a suggestion among the questions no column feeds yet", async () => {
    // B4 (minutes per procedure) has its own column here: the guess is a question the file lacks.
    const wave = await readWave(encodeText(`${HEADER};Renoncement à la démarche (obstacles)\n${OK};souvent`, "utf-8"), {
      instrument: worker2025,
      fictional: false,
      file: "t.csv",
    });
    const p = wave.report.problems.find((x) => x.code === "unmatched_column")!;
    expect(problemMessage(p, "fr")).toBe(
      "Colonne « Renoncement à la démarche (obstacles) » : elle ne correspond à aucune question et sera ignorée. Voulez-vous dire D2 ? Ajoutez-la au fichier de correspondance (--mapping).",
    );
  });

  it("mojibake that betrays a wrong encoding", async () => {
    const wave = await readWave(encodeText(`${HEADER};G1\n${OK};Le guichet Ã©tait fermÃ©`, "utf-8"), {
      instrument: worker2025,
      fictional: false,
    });
    expect(wave.report.problems.map((p) => p.code)).toEqual(["mojibake"]);
    expect(problemMessage(wave.report.problems[0]!, "fr")).toContain("relancez avec --encoding windows-1252");
  });
});
