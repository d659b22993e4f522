import type { LocalizedText } from "../model/language.ts";

/** One of the 19 communes of the Brussels-Capital Region. */
export interface BrusselsCommune {
  /**
   * Main postcode, the one the project uses to name the commune (`"1030"` for Schaerbeek); also the
   * choice code of question A6 (`c1030`) without its `c`.
   */
  readonly postcode: string;
  /** Every postcode whose main commune this is, main postcode first (Bruxelles-Ville has four). */
  readonly postcodes: readonly string[];
  /** Name in French and in Dutch, as the commune writes it. */
  readonly name: LocalizedText;
}

const commune = (postcodes: readonly string[], fr: string, nl: string): BrusselsCommune => ({
  postcode: postcodes[0]!,
  postcodes,
  name: { fr, nl },
});

/**
 * The 19 communes of the Brussels-Capital Region, by main postcode, with their French and Dutch
 * names — public data. Sources: the Region's list of its communes (be.brussels, « Les 19 communes »
 * / « De 19 gemeenten ») and the postcodes of bpost. A postcode is listed under the commune that
 * holds most of it (a few streets of 1000, 1040 or 1050 lie in a neighbouring commune).
 * The City of Brussels is named « Bruxelles-Ville » / « Brussel-Stad », as in the questionnaire,
 * so that it is not mistaken for the Region.
 */
export const BRUSSELS_COMMUNES: readonly BrusselsCommune[] = [
  commune(["1000", "1020", "1120", "1130"], "Bruxelles-Ville", "Brussel-Stad"),
  commune(["1030"], "Schaerbeek", "Schaarbeek"),
  commune(["1040"], "Etterbeek", "Etterbeek"),
  commune(["1050"], "Ixelles", "Elsene"),
  commune(["1060"], "Saint-Gilles", "Sint-Gillis"),
  commune(["1070"], "Anderlecht", "Anderlecht"),
  commune(["1080"], "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
  commune(["1081"], "Koekelberg", "Koekelberg"),
  commune(["1082"], "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"),
  commune(["1083"], "Ganshoren", "Ganshoren"),
  commune(["1090"], "Jette", "Jette"),
  commune(["1140"], "Evere", "Evere"),
  commune(["1150"], "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"),
  commune(["1160"], "Auderghem", "Oudergem"),
  commune(["1170"], "Watermael-Boitsfort", "Watermaal-Bosvoorde"),
  commune(["1180"], "Uccle", "Ukkel"),
  commune(["1190"], "Forest", "Vorst"),
  commune(["1200"], "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
  commune(["1210"], "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
];

/**
 * The Brussels commune of a postcode (any of its postcodes, spaces ignored), or `undefined` when
 * the postcode is not in the Brussels-Capital Region.
 * @example findBrusselsCommune("1190")?.name // => { fr: "Forest", nl: "Vorst" }
 * @example findBrusselsCommune("1020")?.postcode // => "1000" (Laeken, City of Brussels)
 * @example findBrusselsCommune("9000") // => undefined
 */
export function findBrusselsCommune(postcode: string): BrusselsCommune | undefined {
  const p = postcode.replace(/\s+/g, "");
  return BRUSSELS_COMMUNES.find((c) => c.postcodes.includes(p));
}
