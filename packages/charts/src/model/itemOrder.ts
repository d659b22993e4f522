/**
 * The order of the items (answers, choices, statements) down a chart.
 * - `value`: largest first — for answers whose order carries no meaning (type of structure,
 *   services, obstacles, statements of a battery). The alt text then says « from the most to the
 *   least frequent ».
 * - `instrument`: the order of the rows, as the questionnaire lists the answers — for ordinal scales
 *   (never → very often, brackets), where sorting by value would break the scale.
 */
export const ItemOrder = { value: "value", instrument: "instrument" } as const;
/** `value` (largest first) or `instrument` (the questionnaire's order). */
export type ItemOrder = (typeof ItemOrder)[keyof typeof ItemOrder];

/**
 * Whether a value is an item order.
 * @example isItemOrder("value") // => true
 * @example isItemOrder("alphabetical") // => false
 */
export function isItemOrder(value: unknown): value is ItemOrder {
  return value === "value" || value === "instrument";
}

/**
 * Items in drawing order: by `value` (largest first; items without a value last, in their own order)
 * or in the `instrument`'s order (the input order). Stable, never mutates the input.
 * @example orderItems([{ v: 0.2 }, { v: 0.5 }, { v: null }], (x) => x.v, "value") // => [{ v: 0.5 }, { v: 0.2 }, { v: null }]
 */
export function orderItems<T>(
  items: readonly T[],
  value: (item: T) => number | null | undefined,
  order: ItemOrder,
): T[] {
  if (order === "instrument") return [...items];
  const keyed = items.map((item, i) => ({ item, i, v: value(item) }));
  keyed.sort((x, y) => {
    const a = typeof x.v === "number" && Number.isFinite(x.v) ? x.v : Number.NEGATIVE_INFINITY;
    const b = typeof y.v === "number" && Number.isFinite(y.v) ? y.v : Number.NEGATIVE_INFINITY;
    return b - a || x.i - y.i;
  });
  return keyed.map((k) => k.item);
}
