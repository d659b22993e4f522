import { differenceCiede2000, parse, type Rgb } from "culori";

/** Colour-vision deficiencies simulated. */
export type Deficiency = "protanopia" | "deuteranopia";

/**
 * Simulation matrices of Machado, Oliveira & Fernandes (2009), "A physiologically-based model for
 * simulation of color vision deficiency", IEEE TVCG 15(6), severity 1.0, applied to linear RGB.
 */
const MACHADO: Record<Deficiency, readonly (readonly number[])[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/**
 * How a colour looks to a person with protanopia or deuteranopia (Machado et al. 2009).
 * @example simulateDeficiency("#E69F00", "deuteranopia") // => an sRGB colour object
 */
export function simulateDeficiency(hex: string, deficiency: Deficiency): Rgb {
  const c = parse(hex) as Rgb;
  const lin = [toLinear(c.r), toLinear(c.g), toLinear(c.b)];
  const m = MACHADO[deficiency];
  const [r, g, b] = m.map((row) => clamp(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!));
  return { mode: "rgb", r: toGamma(r!), g: toGamma(g!), b: toGamma(b!) };
}

const ciede2000 = differenceCiede2000();

/**
 * Smallest CIEDE2000 colour difference between any two colours of a set, as seen with normal
 * vision and with each simulated deficiency.
 * @example minimumDifference(["#0072B2", "#E69F00"]) // => { normal: 6x, protanopia: 5x, deuteranopia: 5x }
 */
export function minimumDifference(colours: readonly string[]): Record<"normal" | Deficiency, number> {
  const worst = (transform: (hex: string) => Rgb) => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        min = Math.min(min, ciede2000(transform(colours[i]!), transform(colours[j]!)));
      }
    }
    return min;
  };
  return {
    normal: worst((h) => parse(h) as Rgb),
    protanopia: worst((h) => simulateDeficiency(h, "protanopia")),
    deuteranopia: worst((h) => simulateDeficiency(h, "deuteranopia")),
  };
}
