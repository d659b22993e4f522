/**
 * `pnpm gallery`: writes reports/gallery/ (SVG and index.html, committed; PNG 300 dpi and PDF,
 * generated only) from fixed fictional data.
 */
import { join } from "node:path";
import { writeGallery } from "../src/index.ts";

const dir = join(import.meta.dirname, "../../../reports/gallery");
const written = await writeGallery(dir);
console.log(`Galerie : ${written.length} fichiers écrits dans reports/gallery/ (données fictives).`);
