// No re-identification: small counts are hidden, and so are enough others that a hidden count
// cannot be worked out by subtraction from its table's total.
//
// Primary suppression: every count below 5 (0 included — "nobody" is also a fact about people)
// is shown as „mniej niż 5”.
// Complementary suppression, per column of one table (a parent's total row and its children):
// the total minus the children shown gives the sum of the hidden ones. A reader knows each
// „mniej niż 5” lies in 0–4 and each complementary cell („ukryte”) is 5 or more. We hide the
// smallest shown children, one by one, until every „mniej niż 5” cell could still be any of
// 0, 1, 2, 3 or 4 given that sum: then subtraction tells nothing about it. A total below 5 is
// itself „mniej niż 5”, and then so is every child, which cannot exceed it. When even hiding
// every child leaves a small one pinned, the total is hidden as well.
// Distinct counts of people (a learner of two clubs counts once in the total) make the total at
// most the children's sum, which only widens the reader's uncertainty; the rule stays safe.
// Limit, said on the page: this protects one table. Two different periods can still be
// subtracted from each other; periods are whole months so at worst a month is exposed, never a day.

export const SMALL = 5;

export type Cell = { kind: "shown"; value: number } | { kind: "small" } | { kind: "hidden" };

export function cellText(cell: Cell): string {
  return cell.kind === "shown" ? String(cell.value) : cell.kind === "small" ? "mniej niż 5" : "ukryte";
}

/**
 * Whether each small hidden cell could still be anything from 0 to 4, given the hidden sum
 * (`remainder`), the other small cells (0–4 each) and the complementary ones (≥ 5 each).
 */
function protects(remainder: number, small: number, complementary: number): boolean {
  if (small === 0) return true;
  // Highest value possible for one small cell: everything else at its minimum.
  const highest = remainder - SMALL * complementary;
  // Lowest: everything else at its maximum; a complementary cell has no maximum.
  const lowest = complementary > 0 ? 0 : remainder - (SMALL - 1) * (small - 1);
  return highest >= SMALL - 1 && lowest <= 0;
}

/**
 * One column: the total and its children's counts → what may be shown. When hiding every child
 * still pins a small one, `whenPinned` says what gives way: the total (a table's own rows keep
 * their „mniej niż 5”), or every child, small ones included, as „ukryte” (the months of a trend:
 * the period's figure above matters more than its split by month).
 */
export function suppressColumn(total: number, children: number[], whenPinned: "hide-total" | "hide-children" = "hide-total"): { total: Cell; children: Cell[] } {
  if (total < SMALL) return { total: { kind: "small" }, children: children.map(() => ({ kind: "small" })) };
  const cells: Cell[] = children.map((value) => (value < SMALL ? { kind: "small" } : { kind: "shown", value }));
  const remainderOf = () => total - cells.reduce((sum, cell) => sum + (cell.kind === "shown" ? cell.value : 0), 0);
  const count = (kind: Cell["kind"]) => cells.filter((cell) => cell.kind === kind).length;
  while (!protects(remainderOf(), count("small"), count("hidden"))) {
    // The smallest child still shown hides next: it costs the reader the least information.
    let pick = -1;
    cells.forEach((cell, index) => {
      if (cell.kind === "shown" && (pick < 0 || cell.value < (cells[pick] as { value: number }).value)) pick = index;
    });
    // Everything is hidden and the total still pins a small cell (say 6 = one „ukryte” ≥ 5 plus
    // one „mniej niż 5”): the total hides too.
    if (pick < 0) {
      return whenPinned === "hide-total" ? { total: { kind: "hidden" }, children: cells } : { total: { kind: "shown", value: total }, children: cells.map(() => ({ kind: "hidden" })) };
    }
    cells[pick] = { kind: "hidden" };
  }
  return { total: { kind: "shown", value: total }, children: cells };
}

/** A cell on its own (no table around it, e.g. one club's report): just the primary rule. */
export function suppressOne(value: number): Cell {
  return value < SMALL ? { kind: "small" } : { kind: "shown", value };
}
