/**
 * @monitoring-social/questionnaire — the typed model of the questionnaires of the monitoring social:
 * question kinds, choice lists, skip logic, the worker instrument (2021 and 2025), harmonisation
 * rules, codebook, XLSForm import/export and simulation of fictional responses.
 *
 * @module
 */
export * from "./codebook/index.ts";
export * from "./communes/index.ts";
export * from "./dataEntry/index.ts";
export * from "./harmonisation/index.ts";
export * from "./instruments/index.ts";
export * from "./logic/index.ts";
export * from "./messages/index.ts";
export * from "./model/index.ts";
export * from "./output/index.ts";
export * from "./paperForm/index.ts";
export * from "./simulate/index.ts";
export * from "./xlsform/index.ts";
