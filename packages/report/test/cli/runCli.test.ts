import { describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../../src/index.ts";

/** An in-memory CliIo that records what the command printed and wrote. */
function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    writeFile: (p, d) => files.set(p, d),
    readFile: (p) => {
      const d = files.get(p);
      if (d === undefined) throw new Error(`ENOENT ${p}`);
      return typeof d === "string" ? new TextEncoder().encode(d) : d;
    },
  };
  return { io, out, err, files, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("runCli", () => {
  it("help prints the usage in French by default and in Dutch with --lang nl", async () => {
    const fr = memoryIo();
    expect(await runCli(["help"], fr.io)).toBe(0);
    expect(fr.stdout()).toContain("Utilisation : pnpm monitoring <commande>");
    const nl = memoryIo();
    expect(await runCli(["help", "--lang", "nl"], nl.io)).toBe(0);
    expect(nl.stdout()).toContain("Gebruik: pnpm monitoring <opdracht>");
  });

  it("an unknown command or option exits with 2 and says so in the user's language", async () => {
    const a = memoryIo();
    expect(await runCli(["frobnicate", "--lang", "nl"], a.io)).toBe(2);
    expect(a.stderr()).toContain("Onbekende opdracht ‘frobnicate’");
    const b = memoryIo();
    expect(await runCli(["codebook", "--colour", "red"], b.io)).toBe(2);
    expect(b.stderr()).toBe(
      "Option « --colour » inconnue. Tapez « pnpm monitoring help » pour la liste des options.\n",
    );
    const c = memoryIo();
    expect(await runCli(["codebook", "--lang", "en"], c.io)).toBe(2);
    expect(c.stderr()).toContain("Langue « en » inconnue");
  });

  it("codebook prints the codebook of the chosen instrument and language", async () => {
    const m = memoryIo();
    expect(await runCli(["codebook", "--instrument", "worker@2021", "--lang", "nl"], m.io)).toBe(0);
    expect(m.stdout()).toContain("B1");
    expect(m.stdout()).toContain("covid_safe_ticket");
  });

  it("an unknown instrument lists the known ones", async () => {
    const m = memoryIo();
    expect(await runCli(["codebook", "--instrument", "worker@2019"], m.io)).toBe(2);
    expect(m.stderr()).toContain("worker@2021, worker@2025");
  });

  it("simulate writes the same bytes for the same seed, and labels the data as fictional", async () => {
    const a = memoryIo();
    const b = memoryIo();
    const argv = ["simulate", "--n", "25", "--seed", "7", "--out", "x.csv"];
    expect(await runCli(argv, a.io)).toBe(0);
    expect(await runCli(argv, b.io)).toBe(0);
    const csv = a.files.get("x.csv") as string;
    expect(csv).toBe(b.files.get("x.csv"));
    expect(csv.trim().split("\n")).toHaveLength(26);
    expect(a.stderr()).toContain("données fictives");
  });

  it("simulate rejects a non-numeric --n", async () => {
    const m = memoryIo();
    expect(await runCli(["simulate", "--n", "dix"], m.io)).toBe(2);
    expect(m.stderr()).toContain("L'option --n attend un nombre entier positif, pas « dix »");
  });
});

describe("runCli on errors", () => {
  it("names the option and what it needs, never Node's own text", async () => {
    const missing = memoryIo();
    expect(await runCli(["validate", "x.csv", "--out"], missing.io)).toBe(2);
    expect(missing.stderr()).toBe("L'option --out attend une valeur, par exemple --out rapport/.\n");
    const flag = memoryIo();
    expect(await runCli(["validate", "x.csv", "--fictional=oui", "--lang", "nl"], flag.io)).toBe(2);
    expect(flag.stderr()).toBe("De optie --fictional neemt geen waarde.\n");
  });

  it("turns an unexpected error into a short message in the user's language and exit 2, without a stack trace", async () => {
    const m = memoryIo();
    const io = {
      ...m.io,
      out: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    const debug = process.env.MONITORING_DEBUG;
    delete process.env.MONITORING_DEBUG;
    try {
      expect(await runCli(["help", "--lang", "nl"], io)).toBe(2);
    } finally {
      if (debug !== undefined) process.env.MONITORING_DEBUG = debug;
    }
    expect(m.stderr()).toContain("Onverwachte fout tijdens ‘monitoring help’");
    expect(m.stderr()).not.toContain("Cannot read");
    expect(m.stderr()).not.toMatch(/\n\s+at /);
  });

  it("tells a failed write with the file and the reason (simulate --out)", async () => {
    const m = memoryIo();
    const io = {
      ...m.io,
      writeFile: () => {
        throw Object.assign(new Error("EACCES: permission denied, open 'x.csv'"), { code: "EACCES" });
      },
    };
    expect(await runCli(["simulate", "--n", "3", "--out", "x.csv"], io)).toBe(2);
    expect(m.stderr()).toBe("Impossible d'écrire « x.csv » (accès refusé). Vérifiez le dossier de sortie (--out).\n");
  });
});
