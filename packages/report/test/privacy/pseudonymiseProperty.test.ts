import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIban, isNationalNumber, pseudonymise } from "../../src/index.ts";

// Identifiers generated with valid check digits, written in the many ways people write them, inside
// text without any other digit: after pseudonymisation, no digit may be left.
const separator = fc.constantFrom("", " ", ".", "-", "/");
const words = fc.array(
  fc.constantFrom("Mon", "numéro", "est", "le", "voici", "compte", ":", ",", "merci", "zie", "nummer"),
  {
    minLength: 1,
    maxLength: 4,
  },
);
const join = (groups: readonly string[], seps: readonly string[]) =>
  groups.map((g, i) => (i === 0 ? g : `${seps[i - 1]}${g}`)).join("");

const nationalNumber = fc
  .record({
    yy: fc.integer({ min: 0, max: 99 }),
    mm: fc.integer({ min: 1, max: 12 }),
    dd: fc.integer({ min: 1, max: 28 }),
    serial: fc.integer({ min: 1, max: 998 }),
    after2000: fc.boolean(),
    seps: fc.array(separator, { minLength: 4, maxLength: 4 }),
  })
  .map(({ yy, mm, dd, serial, after2000, seps }) => {
    const body = `${String(yy).padStart(2, "0")}${String(mm).padStart(2, "0")}${String(dd).padStart(2, "0")}${String(serial).padStart(3, "0")}`;
    const check = String(97 - (Number(`${after2000 ? "2" : ""}${body}`) % 97)).padStart(2, "0");
    const digits = `${body}${check}`;
    expect(isNationalNumber(digits)).toBe(true);
    return join(
      [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6, 9), digits.slice(9)],
      seps,
    );
  });

const belgianIban = fc
  .record({
    account: fc.integer({ min: 0, max: 9_999_999_999 }),
    upper: fc.boolean(),
    spaced: fc.constantFrom("", " ", "-"),
    afterCountry: fc.constantFrom("", " "),
  })
  .map(({ account, upper, spaced, afterCountry }) => {
    const bban = String(account).padStart(10, "0");
    const national = `${bban}${String(Number(bban) % 97 || 97).padStart(2, "0")}`;
    // ISO 13616 check digits: 98 - (BBAN + "BE00" as digits) mod 97.
    let r = 0;
    for (const d of `${national}111400`) r = (r * 10 + Number(d)) % 97;
    const iban = `BE${String(98 - r).padStart(2, "0")}${national}`;
    expect(isIban(iban)).toBe(true);
    const text = `${iban.slice(0, 2)}${afterCountry}${iban.slice(2, 4)}${spaced}${iban.slice(4, 8)}${spaced}${iban.slice(8, 12)}${spaced}${iban.slice(12)}`;
    return upper ? text : text.toLowerCase();
  });

const belgianPhone = fc
  .record({
    rest: fc.integer({ min: 0, max: 99_999_999 }),
    prefix: fc.constantFrom("04", "+32 4", "0032 4", "+32 (0)4"),
    seps: fc.array(separator, { minLength: 3, maxLength: 3 }),
  })
  .map(({ rest, prefix, seps }) => {
    const d = `7${String(rest).padStart(8, "0")}`.slice(0, 8);
    return `${prefix}${join([d.slice(0, 2), d.slice(2, 4), d.slice(4, 6), d.slice(6)], ["", ...seps])}`;
  });

describe("pseudonymise (generated identifiers)", () => {
  it("leaves no digit of a national number, an IBAN or a phone number, however written", () => {
    fc.assert(
      fc.property(words, fc.oneof(nationalNumber, belgianIban, belgianPhone), words, (before, id, after) => {
        const text = `${before.join(" ")} ${id} ${after.join(" ")}`;
        expect(pseudonymise(text).text, text).not.toMatch(/\d/);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
