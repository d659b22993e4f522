import { describe, expect, it } from "vitest";
import { CHROMIUM_PATHS, findChromium } from "../../src/index.ts";

describe("findChromium", () => {
  it("takes the first usual place that exists", () => {
    const there = new Set(["/usr/bin/google-chrome"]);
    expect(findChromium({}, (p) => there.has(p))).toBe("/usr/bin/google-chrome");
    expect(findChromium({}, () => false)).toBeUndefined();
    expect(CHROMIUM_PATHS[0]).toBe("/usr/bin/chromium");
  });
  it("follows MONITORING_CHROMIUM, and finds nothing when it names a missing file", () => {
    const there = new Set(["/opt/chrome/chrome", "/usr/bin/chromium"]);
    const exists = (p: string) => there.has(p);
    expect(findChromium({ MONITORING_CHROMIUM: "/opt/chrome/chrome" }, exists)).toBe("/opt/chrome/chrome");
    expect(findChromium({ MONITORING_CHROMIUM: "/nope/chrome" }, exists)).toBeUndefined();
  });
});
