export * from "./embeddedFonts.ts";
export * from "./findChromium.ts";
export * from "./printPdf.ts";
