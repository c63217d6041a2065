/** @jest-environment node */
import { csvDate, toCsv } from "@/lib/reports/csv";
import { cellText, matrixCsv, type Matrix } from "@/lib/reports/matrix";

describe("CSV for Excel and LibreOffice", () => {
  it("starts with a BOM, separates with ';', ends lines with CRLF and quotes only where needed", () => {
    expect(toCsv(["Imię", "Uwagi"], [["Zażółć Gęślą", 'powiedziała "tak"; potem nie']])).toBe('\uFEFFImię;Uwagi\r\nZażółć Gęślą;"powiedziała ""tak""; potem nie"\r\n');
  });

  it("never lets a cell start a formula", () => {
    expect(toCsv(["a"], [["=HYPERLINK(\"x\")"], ["+48 600"], ["-1"], ["@SUM"]])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n\'+48 600\r\n\'-1\r\n\'@SUM\r\n');
  });

  it("prints dates as YYYY-MM-DD in Polish time", () => {
    expect(csvDate(new Date("2026-05-11T22:30:00Z"))).toBe("2026-05-12");
    expect(csvDate(new Date("2026-01-31T22:30:00Z"))).toBe("2026-01-31");
  });

  it("turns a matrix into the same words the page shows, cell by cell", () => {
    const matrix: Matrix = {
      scope: "wszystkie lekcje",
      lessons: [
        { slug: "a/1", title: "Pierwsza" },
        { slug: "a/2", title: "Druga; z średnikiem" },
      ],
      rows: [
        {
          learner: { id: "u1", displayName: "Anna Nowak", username: "anna.nowak" },
          done: 1,
          cells: [
            { status: "done-assisted", date: new Date("2026-05-12T10:00:00Z"), steps: 5, of: 5 },
            { status: "in-progress", date: new Date("2026-05-13T10:00:00Z"), steps: 2, of: 7, place: { kind: "step", number: 3 } },
          ],
        },
      ],
    };
    expect(matrixCsv(matrix)).toBe(
      '\uFEFFUczestnik;Nazwa użytkownika;Ukończone lekcje;Pierwsza;"Druga; z średnikiem"\r\nAnna Nowak;anna.nowak;1 z 2;Ukończona z pomocą, 2026-05-12;W trakcie, krok 3 z 7, 2026-05-13\r\n',
    );
    expect(cellText({ status: "not-started", date: null, steps: 0, of: 4 })).toBe("Nie rozpoczęta");
  });
});
