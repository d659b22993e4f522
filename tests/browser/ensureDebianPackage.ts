/**
 * The browser checks need programs from Debian packages (Chromium, poppler-utils). When one is
 * missing and we are root on Debian, it is installed with apt-get; otherwise the check stops and
 * says what to install.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Returns `path` once it exists, installing the Debian package `pkg` with apt-get when it is missing
 * and we may (Linux, root, apt-get present).
 * @throws Error with `advice` (what to install) when the program is still missing.
 */
export function ensureDebianPackage(path: string, pkg: string, advice: string): string {
  if (existsSync(path)) return path;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform === "linux" && root && existsSync("/usr/bin/apt-get")) {
    console.log(`${path} manque : installation du paquet Debian ${pkg}…`);
    for (const args of [
      ["update", "-qq"],
      ["install", "-y", "-qq", "--no-install-recommends", pkg],
    ]) {
      const r = spawnSync("apt-get", args, {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} a échoué (code ${r.status}).`);
    }
    if (existsSync(path)) return path;
  }
  throw new Error(advice);
}
