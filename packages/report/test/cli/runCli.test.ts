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
    expect(b.stderr()).toContain("Option invalide");
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
