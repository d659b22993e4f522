import type { Problem } from "../validate/problem.ts";

/** Problems that say the same thing about the same column and value, on different rows. */
export interface ProblemGroup {
  /** The problems, in file order; the first one stands for all. */
  readonly problems: readonly Problem[];
}

/**
 * Groups problems that differ only by their row (same code, column, value, question and
 * parameters), keeping the order of each group's first problem: a value repeated on 154 rows is
 * one line of the report, not 154.
 * @example problemGroups(report.problems).length // => 3
 */
export function problemGroups(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = JSON.stringify([p.code, p.column, p.value, p.question, p.row === null ? "file" : "row", p.params]);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map((list) => ({ problems: list }));
}
