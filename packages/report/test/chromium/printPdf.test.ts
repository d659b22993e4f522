import { describe, expect, it } from "vitest";
import { FIXED_PDF_DATE, fixPdfDates } from "../../src/index.ts";

describe("fixPdfDates", () => {
  it("writes the fixed date over Chromium's creation and modification dates, byte for byte in place", () => {
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261201082304+00'00')\n/ModDate (D:20261201082304+00'00')>>\nendobj\n",
    );
    const fixed = new TextDecoder("latin1").decode(fixPdfDates(pdf, FIXED_PDF_DATE));
    expect(fixed).toContain("/CreationDate (D:20250101000000+00'00')");
    expect(fixed).toContain("/ModDate (D:20250101000000+00'00')");
    expect(fixed.length).toBe(pdf.length);
    expect(fixed.replace(/D:\d{14}/g, "")).toBe(new TextDecoder("latin1").decode(pdf).replace(/D:\d{14}/g, ""));
  });
  it("leaves binary bytes as they are", () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
    expect(fixPdfDates(pdf, FIXED_PDF_DATE)).toEqual(pdf);
  });
});
