import type { Comparator, Condition } from "../model/condition.ts";

/**
 * Renders skip logic as an XLSForm (ODK XPath) `relevant` expression, in the readable subset that
 * {@link parseRelevant} reads back:
 *
 * - `in` → `${Q} = 'a'`, several codes → `${Q} = 'a' or ${Q} = 'b'` (parenthesised when nested)
 * - `selected` → `selected(${Q}, 'code')`
 * - `compare` → `${Q} >= 2`
 * - `answered` → `${Q} != ''`
 * - `and` / `or` → joined, nested groups in parentheses; `not` → `not(…)`
 *
 * @example toRelevant(when.in("E1", "parfois", "souvent")) // => "${E1} = 'parfois' or ${E1} = 'souvent'"
 */
export function toRelevant(condition: Condition): string {
  const render = (c: Condition, nested: boolean): string => {
    const group = (s: string) => (nested ? `(${s})` : s);
    switch (c.op) {
      case "in":
        return c.values.length === 1
          ? `\${${c.question}} = '${c.values[0]}'`
          : group(c.values.map((v) => `\${${c.question}} = '${v}'`).join(" or "));
      case "selected":
        return `selected(\${${c.question}}, '${c.choice}')`;
      case "compare":
        return `\${${c.question}} ${c.cmp} ${c.value}`;
      case "answered":
        return `\${${c.question}} != ''`;
      case "and":
      case "or":
        return group(c.conditions.map((d) => render(d, true)).join(` ${c.op} `));
      case "not":
        return `not(${render(c.condition, false)})`;
    }
  };
  return render(condition, false);
}

/** Error of {@link parseRelevant}: the expression is outside the supported subset. */
export class RelevantSyntaxError extends Error {
  /** Position (0-based) in the expression where reading stopped. */
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.name = "RelevantSyntaxError";
    this.position = position;
  }
}

type Token =
  | { kind: "ref"; value: string; at: number }
  | { kind: "string"; value: string; at: number }
  | { kind: "number"; value: number; at: number }
  | { kind: "op"; value: Comparator; at: number }
  | { kind: "word"; value: string; at: number }
  | { kind: "punct"; value: "(" | ")" | ","; at: number };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const at = i;
    if (src.startsWith("${", i)) {
      const end = src.indexOf("}", i);
      if (end < 0) throw new RelevantSyntaxError("référence ${…} non fermée", at);
      tokens.push({ kind: "ref", value: src.slice(i + 2, end).trim(), at });
      i = end + 1;
    } else if (ch === "'" || ch === '"') {
      const end = src.indexOf(ch, i + 1);
      if (end < 0) throw new RelevantSyntaxError("texte entre guillemets non fermé", at);
      tokens.push({ kind: "string", value: src.slice(i + 1, end), at });
      i = end + 1;
    } else if (/[0-9.-]/.test(ch) && /^-?(\d+\.?\d*|\.\d+)/.test(src.slice(i))) {
      const m = /^-?(\d+\.?\d*|\.\d+)/.exec(src.slice(i))!;
      tokens.push({ kind: "number", value: Number(m[0]), at });
      i += m[0].length;
    } else if (/[<>=!]/.test(ch)) {
      const two = src.slice(i, i + 2);
      const op = ["<=", ">=", "!="].includes(two) ? two : ch;
      if (!["<", ">", "=", "<=", ">=", "!="].includes(op))
        throw new RelevantSyntaxError(`opérateur « ${op} » inconnu`, at);
      tokens.push({ kind: "op", value: op as Comparator, at });
      i += op.length;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ kind: "punct", value: ch, at });
      i++;
    } else if (/[A-Za-z_-]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
      if (!m) throw new RelevantSyntaxError(`caractère « ${ch} » inattendu`, at);
      tokens.push({ kind: "word", value: m[0], at });
      i += m[0].length;
    } else {
      throw new RelevantSyntaxError(`caractère « ${ch} » inattendu`, at);
    }
  }
  return tokens;
}

/**
 * Reads an XLSForm `relevant` expression of the subset written by {@link toRelevant} back into
 * typed skip logic. An `or` of equalities on one question becomes a single `in`.
 *
 * @throws RelevantSyntaxError for anything outside the subset (with the position).
 * @example parseRelevant("${A4} >= 2") // => { op: "compare", question: "A4", cmp: ">=", value: 2 }
 */
export function parseRelevant(expression: string): Condition {
  const tokens = tokenize(expression);
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (what: string): never => {
    throw new RelevantSyntaxError(what, peek()?.at ?? expression.length);
  };
  const expect = (kind: Token["kind"], value?: string): Token => {
    const t = peek();
    if (!t || t.kind !== kind || (value !== undefined && t.value !== value)) fail(`« ${value ?? kind} » attendu`);
    pos++;
    return t!;
  };
  const isWord = (w: string) => {
    const t = peek();
    return t?.kind === "word" && t.value === w;
  };

  const parseOr = (): Condition => {
    const parts = [parseAnd()];
    while (isWord("or")) {
      pos++;
      parts.push(parseAnd());
    }
    if (parts.length === 1) return parts[0]!;
    const first = parts[0]!;
    if (first.op === "in" && parts.every((p) => p.op === "in" && p.question === first.question && !p.fromGroup)) {
      return { op: "in", question: first.question, values: parts.flatMap((p) => (p.op === "in" ? p.values : [])) };
    }
    return { op: "or", conditions: parts.map(strip) };
  };
  const parseAnd = (): Condition & { fromGroup?: boolean } => {
    const parts = [parseUnary()];
    while (isWord("and")) {
      pos++;
      parts.push(parseUnary());
    }
    return parts.length === 1 ? parts[0]! : { op: "and", conditions: parts.map(strip) };
  };
  const parseUnary = (): Condition & { fromGroup?: boolean } => {
    if (isWord("not")) {
      pos++;
      expect("punct", "(");
      const inner = parseOr();
      expect("punct", ")");
      return { op: "not", condition: strip(inner) };
    }
    if (isWord("selected")) {
      pos++;
      expect("punct", "(");
      const ref = expect("ref");
      expect("punct", ",");
      const code = expect("string");
      expect("punct", ")");
      return { op: "selected", question: String(ref.value), choice: String(code.value) };
    }
    const t = peek();
    if (t?.kind === "punct" && t.value === "(") {
      pos++;
      const inner = parseOr();
      expect("punct", ")");
      // A parenthesised group is kept as written: it is not merged into an enclosing `or`.
      return { ...strip(inner), fromGroup: true } as Condition & { fromGroup: boolean };
    }
    const ref = expect("ref");
    const op = expect("op");
    const rhs = peek();
    if (rhs?.kind === "string") {
      pos++;
      if (op.value === "=" && rhs.value !== "") return { op: "in", question: String(ref.value), values: [rhs.value] };
      if (op.value === "!=" && rhs.value === "") return { op: "answered", question: String(ref.value) };
      return fail("comparaison de texte non prise en charge (utilisez = 'code' ou != '')");
    }
    if (rhs?.kind === "number") {
      pos++;
      return { op: "compare", question: String(ref.value), cmp: op.value as Comparator, value: rhs.value };
    }
    return fail("valeur attendue après l'opérateur");
  };
  const strip = (c: Condition & { fromGroup?: boolean }): Condition => {
    if (!("fromGroup" in c)) return c;
    const { fromGroup: _g, ...rest } = c;
    return rest as Condition;
  };

  const result = parseOr();
  if (pos < tokens.length) fail("fin de l'expression attendue");
  return strip(result);
}
