import { parseArgs } from "node:util";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import { CliError } from "./io.ts";

/** Parsed command line: the command, its positional arguments and options. */
export interface ParsedArgs {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | undefined>>;
  readonly lang: Language;
  /** Boolean flags given (`--fictional`). */
  readonly flags: Readonly<Record<string, boolean>>;
}

const OPTIONS = {
  lang: { type: "string" },
  instrument: { type: "string" },
  n: { type: "string" },
  seed: { type: "string" },
  out: { type: "string" },
  mapping: { type: "string" },
  format: { type: "string" },
  encoding: { type: "string" },
  delimiter: { type: "string" },
  sheet: { type: "string" },
  commune: { type: "string" },
  year: { type: "string" },
  data: { type: "string" },
  "write-mapping": { type: "string" },
  fictional: { type: "boolean" },
  "include-incomplete": { type: "boolean" },
  "no-raster": { type: "boolean" },
  redraw: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Guesses the language before parsing, so that even a parse error is told in the right language.
 * @example sniffLanguage(["validate", "--lang", "nl", "--colour"]) // => "nl"
 */
export function sniffLanguage(argv: readonly string[]): Language {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return DEFAULT_LANGUAGE;
  const arg = argv[i]!;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/** A command-line parse error in the user's language (Node's `parseArgs` codes), naming the option. */
function parseError(e: unknown, lang: Language): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const option = /'(-{1,2}[^' =]+)/.exec(String((e as Error)?.message ?? ""))?.[1];
  if (option !== undefined && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return tr("option_unknown", lang, { option });
  if (option !== undefined && code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const takesValue = OPTIONS[option.replace(/^-+/, "") as keyof typeof OPTIONS]?.type === "string";
    return tr(takesValue ? "option_missing_value" : "option_no_value", lang, { option });
  }
  return tr("bad_command_line", lang);
}

/**
 * Parses `monitoring <command> [positionals] [--options]`.
 * @throws CliError (exit code 2) on an unknown option or language, in the user's language.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const sniffed = sniffLanguage(argv);
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(parseError(e, sniffed));
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? DEFAULT_LANGUAGE;
  if (!isLanguage(lang)) throw new CliError(tr("bad_language", sniffed, { value: lang }));
  const [command = values.help ? "help" : "help", ...rest] = positionals;
  const options: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "string") options[k] = v;
    else if (typeof v === "boolean") flags[k] = v;
  }
  return { command, positionals: rest, options, lang, flags };
}

/**
 * Reads a positive integer option.
 * @throws CliError when the value is not a positive integer.
 */
export function integerOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n <= 0) {
    throw new CliError(tr("bad_number", args.lang, { option: name, value: raw }));
  }
  return n;
}
