import { StatsError } from "../statsError.ts";

/**
 * The two groups of a comparison, sorted (e.g. `["2021", "2025"]`), or the two asked for (e.g. two
 * consecutive waves of a three-wave study; rows of the other groups stay in the design but out of
 * the comparison).
 * @throws StatsError when the column does not hold exactly two groups and none are asked for, or an
 *   asked group is absent.
 */
export function twoGroups(
  groups: readonly (string | null)[],
  by: string,
  wanted?: readonly [string, string],
): [string, string] {
  const keys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  if (wanted) {
    if (wanted[0] === wanted[1] || !wanted.every((g) => keys.includes(g)))
      throw new StatsError("two_groups", { by, groups: keys.join(", ") || "—" });
    return [wanted[0], wanted[1]];
  }
  if (keys.length !== 2) throw new StatsError("two_groups", { by, groups: keys.join(", ") || "—" });
  return [keys[0]!, keys[1]!];
}
