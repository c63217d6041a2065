// An attacker's view of one column of a programme table: the total's text and its children's
// texts, as on the page or in the CSV. It tries every assignment the texts allow (a „mniej niż 5”
// cell is 0–4, an „ukryte” one 5 or more) whose sum is the total, and returns the indices of
// „mniej niż 5” cells that come out with a single possible value. Assumes children add up to the
// total (the attacker's best case: no one belongs to two clubs).

export function recoverable(totalText: string, childTexts: string[]): number[] {
  const total = /^\d+$/.test(totalText) ? Number(totalText) : null;
  if (total === null) return []; // a hidden total gives no equation to subtract from
  const known = childTexts.reduce((sum, text) => sum + (/^\d+$/.test(text) ? Number(text) : 0), 0);
  const unknown = childTexts.flatMap((text, index) => (/^\d+$/.test(text) ? [] : [{ index, small: text === "mniej niż 5" }]));
  const remainder = total - known;
  const possible = new Map<number, Set<number>>(unknown.filter((cell) => cell.small).map((cell) => [cell.index, new Set<number>()]));
  const values: number[] = [];
  const walk = (position: number, left: number) => {
    if (position === unknown.length) {
      if (left === 0) unknown.forEach((cell, i) => cell.small && possible.get(cell.index)!.add(values[i]!));
      return;
    }
    const cell = unknown[position]!;
    const [low, high] = cell.small ? [0, 4] : [5, left];
    for (let value = low; value <= Math.min(high, left); value++) {
      values[position] = value;
      walk(position + 1, left - value);
    }
  };
  walk(0, remainder);
  return [...possible].filter(([, set]) => set.size === 1).map(([index]) => index);
}
