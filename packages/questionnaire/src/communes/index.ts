export * from "./brusselsCommunes.ts";
