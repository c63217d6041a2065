/** @jest-environment node */
import { cellText, suppressColumn, type Cell } from "@/lib/reports/programme/suppression";
import { recoverable } from "../../helpers/recover";

const texts = (cells: Cell[]) => cells.map(cellText);

describe("small counts in a programme table", () => {
  it("shows counts of 5 and more and hides smaller ones as „mniej niż 5”", () => {
    const { total, children } = suppressColumn(30, [10, 20]);
    expect(cellText(total)).toBe("30");
    expect(texts(children)).toEqual(["10", "20"]);
    expect(texts(suppressColumn(4, [1, 3]).children)).toEqual(["mniej niż 5", "mniej niż 5"]);
    expect(cellText(suppressColumn(4, [1, 3]).total)).toBe("mniej niż 5");
  });

  it("hides the next smallest child when one small count could be subtracted from the total", () => {
    const { total, children } = suppressColumn(30, [3, 8, 19]);
    expect(cellText(total)).toBe("30");
    expect(texts(children)).toEqual(["mniej niż 5", "ukryte", "19"]);
  });

  it("hides more when two small counts would be pinned by their sum (4 + 4 = 8, 0 + 0 = 0)", () => {
    expect(texts(suppressColumn(28, [4, 4, 20]).children)).toEqual(["mniej niż 5", "mniej niż 5", "ukryte"]);
    expect(texts(suppressColumn(20, [0, 0, 20]).children)).toEqual(["mniej niż 5", "mniej niż 5", "ukryte"]);
    expect(texts(suppressColumn(40, [2, 3, 15, 20]).children)).toEqual(["mniej niż 5", "mniej niż 5", "ukryte", "20"]);
  });

  it("hides the total when hiding every child is not enough", () => {
    const { total, children } = suppressColumn(6, [1, 5]);
    expect(cellText(total)).toBe("ukryte");
    expect(texts(children)).toEqual(["mniej niż 5", "ukryte"]);
  });

  it("can hide every child instead, keeping the total (a trend's months under the period's figure)", () => {
    const { total, children } = suppressColumn(7, [0, 7, 0], "hide-children");
    expect([cellText(total), ...texts(children)]).toEqual(["7", "ukryte", "ukryte", "ukryte"]);
  });

  it("never leaves a small count recoverable from the total by subtraction (every table up to 4 children of 0–12)", () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 9, 12];
    const tables: number[][] = [[]];
    for (let size = 0; size < 4; size++) {
      for (const table of [...tables]) if (table.length === size) for (const value of values) tables.push([...table, value]);
    }
    for (const children of tables.filter((table) => table.length)) {
      const total = children.reduce((sum, value) => sum + value, 0);
      for (const whenPinned of ["hide-total", "hide-children"] as const) {
        const shown = suppressColumn(total, children, whenPinned);
        expect({ children, leaked: recoverable(cellText(shown.total), texts(shown.children)) }).toEqual({ children, leaked: [] });
      }
    }
  });
});
