import { StatsError } from "../statsError.ts";

/**
 * The two groups of a comparison, sorted (e.g. `["2021", "2025"]`).
 * @throws StatsError when the column does not hold exactly two groups.
 */
export function twoGroups(groups: readonly (string | null)[], by: string): [string, string] {
  const keys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  if (keys.length !== 2) throw new StatsError("two_groups", { by, groups: keys.join(", ") || "—" });
  return [keys[0]!, keys[1]!];
}
