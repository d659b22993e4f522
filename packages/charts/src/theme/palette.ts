/**
 * Okabe & Ito (2008) colour-universal-design palette, safe for the common colour-vision
 * deficiencies. Names are English identifiers; hex values from the original publication.
 */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

/** Neutral grey for "neither agree nor disagree" and for suppressed cells. */
export const NEUTRAL = "#9E9E9E";

/** Colours of the two waves: the earlier wave in blue, the later in orange. */
export const WAVE_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange] as const;

/** Five-point diverging scale for Likert items, disagree → agree. */
export const LIKERT_COLOURS = [
  OKABE_ITO.vermillion,
  OKABE_ITO.orange,
  NEUTRAL,
  OKABE_ITO.skyBlue,
  OKABE_ITO.blue,
] as const;

/**
 * Five-step sequential blues for ordered levels that are not agree/disagree (time-share brackets,
 * frequencies): light to dark, adapted from ColorBrewer "Blues" so that neighbouring steps stay
 * apart under colour-vision deficiencies (CIEDE2000 ≥ 12) and the lightest step still shows on
 * white paper.
 */
export const SEQUENTIAL_COLOURS = ["#cfe1f2", "#7fb2da", "#3d85c6", "#1c5b9b", "#08306b"] as const;

/** Categorical palette for up to seven groups (small multiples, structures). */
export const CATEGORY_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
] as const;

/** Every set of colours the builders draw side by side; the colour-blindness test checks each. */
export const PALETTES_USED_TOGETHER = {
  waves: WAVE_COLOURS,
  likert: LIKERT_COLOURS,
  sequential: SEQUENTIAL_COLOURS,
  categories: CATEGORY_COLOURS,
} as const;
