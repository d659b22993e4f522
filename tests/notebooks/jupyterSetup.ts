/**
 * What the notebooks need to run, found or installed: a `jupyter` command with nbconvert
 * (Debian's `jupyter-nbconvert` and `python3-nbclient`, installed with apt-get when missing and
 * we are root) and the Deno kernel of the pinned `deno` npm package, registered in a folder of
 * this working copy (`node_modules/.cache/monitoring-notebooks/`) so that nothing depends on the
 * user's home or on another Deno installed on the machine.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * Debian packages installed when no `jupyter` with nbconvert is found (with
 * `--no-install-recommends`: 35 packages, about 4 MiB to download on Debian 12). IPython and
 * ipykernel are not needed to execute a Deno notebook (checked by running nbconvert with both
 * imports blocked); adding `python3-ipykernel` would make it 56 packages, 6.5 MiB.
 */
export const DEBIAN_PACKAGES = ["jupyter-nbconvert", "python3-nbclient"] as const;

/** A failure to prepare the notebooks' tools, with a message that says what to do. */
export class SetupError extends Error {}

function hasNbconvert(jupyter: string): boolean {
  const r = spawnSync(jupyter, ["nbconvert", "--version"], { stdio: "ignore" });
  return r.status === 0;
}

/**
 * The first `jupyter` command that has nbconvert: `$MONITORING_JUPYTER`, then `jupyter` on the
 * PATH, then Debian's `/usr/bin/jupyter` (a pyenv or venv Python first on the PATH usually lacks
 * nbconvert). Undefined when there is none.
 */
export function findJupyter(): string | undefined {
  const candidates = [process.env.MONITORING_JUPYTER, "jupyter", "/usr/bin/jupyter"];
  return candidates.find((j): j is string => Boolean(j) && hasNbconvert(j!));
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.status !== 0) throw new SetupError(`« ${command} ${args.join(" ")} » a échoué (code ${r.status}).`);
}

/**
 * A `jupyter` command able to execute notebooks (`jupyter nbconvert --execute`); installs
 * Debian's packages when none is found and apt-get can be used (Linux, root).
 * @throws {SetupError} when none is found and it cannot be installed: the message says what to install.
 */
export function ensureJupyter(): string {
  let jupyter = findJupyter();
  if (!jupyter && process.platform === "linux" && isRoot() && existsSync("/usr/bin/apt-get")) {
    console.log(`Jupyter (nbconvert) manque : installation des paquets Debian ${DEBIAN_PACKAGES.join(", ")}…`);
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...DEBIAN_PACKAGES]);
    jupyter = findJupyter();
  }
  if (!jupyter) {
    throw new SetupError(
      [
        "Les carnets sont exécutés par « jupyter nbconvert », introuvable ici.",
        `  Debian ou Ubuntu : sudo apt-get install --no-install-recommends ${DEBIAN_PACKAGES.join(" ")}`,
        "  ailleurs : python3 -m pip install nbconvert (ou installez JupyterLab, qui le contient)",
        "  nbconvert installé ailleurs : MONITORING_JUPYTER=/chemin/vers/jupyter npx --yes pnpm@10 run test:notebooks",
      ].join("\n"),
    );
  }
  return jupyter;
}

/** Folders of the notebooks' tools inside the working copy. */
export interface NotebookPaths {
  /** Root of the working copy. */
  readonly root: string;
  /** Everything generated for the notebooks' tools (never committed: under node_modules). */
  readonly cache: string;
  /** Jupyter data folder; holds `kernels/deno/kernel.json`. */
  readonly jupyterData: string;
}

/** The folders of {@link NotebookPaths} for a working copy. */
export function notebookPaths(root: string): NotebookPaths {
  const cache = join(root, "node_modules", ".cache", "monitoring-notebooks");
  return { root, cache, jupyterData: join(cache, "share", "jupyter") };
}

/**
 * The environment of Jupyter and of the kernel: Jupyter's folders and Deno's cache inside the
 * working copy, no update check, no colour codes in outputs, UTC and a neutral locale.
 */
export function notebookEnv(paths: NotebookPaths): NodeJS.ProcessEnv {
  return {
    ...process.env,
    JUPYTER_PATH: paths.jupyterData,
    JUPYTER_DATA_DIR: paths.jupyterData,
    JUPYTER_CONFIG_DIR: join(paths.cache, "jupyter-config"),
    JUPYTER_RUNTIME_DIR: join(paths.cache, "jupyter-runtime"),
    JUPYTER_PLATFORM_DIRS: "1",
    DENO_DIR: join(paths.cache, "deno"),
    DENO_NO_UPDATE_CHECK: "1",
    DENO_NO_PROMPT: "1",
    NO_COLOR: "1",
    TZ: "UTC",
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    PYTHONIOENCODING: "utf-8",
  };
}

/**
 * Registers the Deno kernel of the pinned `deno` npm package under the name `deno`, in the
 * working copy's Jupyter data folder (`deno jupyter --install`, which writes into
 * `$XDG_DATA_HOME/jupyter` on Linux). Returns the Deno version.
 * @throws {SetupError} when the package is missing (run `pnpm install`) or the kernel cannot be registered.
 */
export function ensureDenoKernel(paths: NotebookPaths): string {
  let bin: string;
  try {
    bin = createRequire(join(paths.root, "package.json")).resolve("deno/bin.cjs");
  } catch {
    throw new SetupError("Le paquet npm « deno » manque : lancez d'abord « npx --yes pnpm@10 install ».");
  }
  const env = notebookEnv(paths);
  mkdirSync(paths.cache, { recursive: true });
  const version = spawnSync(process.execPath, [bin, "--version"], { env, encoding: "utf8" });
  if (version.status !== 0)
    throw new SetupError(
      `Deno ne démarre pas (le paquet npm « deno », dépendance optionnelle, n'a peut-être pas de binaire pour cette plateforme : les carnets sont exécutés sous Linux x64) : ${version.stderr || version.error}`,
    );
  const spec = join(paths.jupyterData, "kernels", "deno", "kernel.json");
  // Registered once: pnpm test runs the notebooks and the unit tests (which execute a notebook
  // too) at the same time, and a kernel spec rewritten while a kernel starts could be read half.
  const registered = (() => {
    try {
      const argv = (JSON.parse(readFileSync(spec, "utf8")) as { argv?: string[] }).argv;
      return argv?.[0]?.startsWith(realpathSync(paths.root)) === true && existsSync(argv[0]);
    } catch {
      return false;
    }
  })();
  const install = registered
    ? { status: 0, stderr: "", stdout: "" }
    : spawnSync(process.execPath, [bin, "jupyter", "--install", "--force", "--name", "deno", "--display", "Deno"], {
        env: { ...env, XDG_DATA_HOME: join(paths.cache, "share") },
        encoding: "utf8",
      });
  if (install.status !== 0 || !existsSync(spec)) {
    throw new SetupError(
      `Le noyau Jupyter de Deno n'a pas pu être enregistré dans ${paths.jupyterData} :\n${install.stderr}${install.stdout}`,
    );
  }
  const argv = (JSON.parse(readFileSync(spec, "utf8")) as { argv: string[] }).argv;
  if (!argv[0]?.startsWith(realpathSync(paths.root))) {
    throw new SetupError(`Le noyau enregistré n'utilise pas le Deno du dépôt : ${argv[0]}`);
  }
  return (version.stdout.split("\n")[0] ?? "").trim();
}
