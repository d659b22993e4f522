import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";

// The schema files are not in vega-lite's "exports": read them from the installed package folders.
const load = (pkg: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../node_modules/${pkg}/build/vega-lite-schema.json`), "utf8"));
const ajv = () => new Ajv({ strict: false, allowUnionTypes: true, logger: false });

/** Validator of the Vega-Lite JSON schema shipped with the vega-lite the charts use (v6). */
export const validateSpec = ajv().compile(load("vega-lite"));

/** Validator of the Vega-Lite 5 schema: what JupyterLab and VS Code render in notebooks. */
export const validateSpecV5 = ajv().compile(load("vega-lite-v5"));
