import { existsSync } from "node:fs";

/** Environment variable that names the Chromium (or Chrome) executable to use. */
export const CHROMIUM_ENV = "MONITORING_CHROMIUM";

/** Where Chromium or Chrome is usually installed: Debian/Ubuntu, other Linux, macOS, Windows. */
export const CHROMIUM_PATHS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
];

/**
 * The Chromium executable to print with: `MONITORING_CHROMIUM` when set (even if the file is
 * missing: then nothing is found, so that a wrong setting is not silently replaced), else the first
 * of {@link CHROMIUM_PATHS} that exists. `undefined` when there is none.
 * @example findChromium({}) // => "/usr/bin/chromium" on Debian with the chromium package
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const chosen = env[CHROMIUM_ENV];
  if (chosen !== undefined && chosen !== "") return exists(chosen) ? chosen : undefined;
  return CHROMIUM_PATHS.find((p) => exists(p));
}
