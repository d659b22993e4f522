import { findBrusselsCommune, type Language } from "@monitoring-social/questionnaire";
import type { StudyCommune } from "./studyWave.ts";

/**
 * A commune of a study from its postcode: its main postcode and its French and Dutch names
 * (`findBrusselsCommune`); outside the Region, the postcode stands for the name.
 * @example studyCommune("1190").name // => { fr: "Forest", nl: "Vorst" }
 * @example studyCommune("1020").postcode // => "1000"
 */
export function studyCommune(postcode: string): StudyCommune {
  const found = findBrusselsCommune(postcode);
  return found ? { postcode: found.postcode, name: found.name } : { postcode, name: { fr: postcode, nl: postcode } };
}

/**
 * A commune as a sentence names it: its name in the language and its postcode.
 * @example communeText(studyCommune("1080"), "nl") // => "Sint-Jans-Molenbeek (1080)"
 */
export function communeText(commune: StudyCommune, lang: Language): string {
  return commune.name[lang] === commune.postcode ? commune.postcode : `${commune.name[lang]} (${commune.postcode})`;
}
