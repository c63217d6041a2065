/** @jest-environment node */
import { decodeCsv, detectDelimiter, parseCsv } from "@/lib/club-import/read-csv";
import { problemText, readClubRows } from "@/lib/club-import/rows";

const header = "identyfikator;nazwa klubu;rodzaj miejsca;ulica i numer;kod pocztowy;miejscowość;gmina;powiat;kod TERYT gminy;e-mail kierownika";
const row = (fields: Partial<Record<string, string>> = {}) =>
  [
    fields.id ?? "KRC-1",
    fields.name ?? "Biblioteka w Supraślu",
    fields.kind ?? "Biblioteka publiczna",
    fields.address ?? "ul. Piłsudskiego 1",
    fields.postal ?? "16-030",
    fields.city ?? "Supraśl",
    fields.gmina ?? "Supraśl",
    fields.powiat ?? "białostocki",
    fields.teryt ?? "2002113",
    fields.email ?? "kierownik@supraśl.example.pl".replace("ś", "s"),
  ].join(";");

describe("reading a CSV file", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, and keeps the line numbers", () => {
    const text = 'a;b\r\n"x;1";"powiedz ""tak"""\r\n\r\n"dwie\nlinie";z\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x;1", 'powiedz "tak"'] },
      { line: 4, fields: ["dwie\nlinie", "z"] },
    ]);
  });

  it("finds the delimiter from the header, ignoring quoted ones", () => {
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4;5')).toBe(",");
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter("a\tb")).toBe("\t");
  });

  it("drops a UTF-8 BOM and reads Windows-1250 from Excel", () => {
    expect(decodeCsv(new TextEncoder().encode("\uFEFFgmina;Supraśl"))).toBe("gmina;Supraśl");
    // "Łódź" in Windows-1250: Ł = A3, ó = F3, d, ź = 9F.
    expect(decodeCsv(Uint8Array.from([0xa3, 0xf3, 0x64, 0x9f]))).toBe("Łódź");
  });
});

describe("checking the rows of a club file", () => {
  it("turns a valid row into a club with its voivodeship from the TERYT code", () => {
    const { rows, problems } = readClubRows(`${header}\n${row()}`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ line: 2, externalId: "KRC-1", kind: "LIBRARY", voivodeship: "PODLASKIE", terytCode: "2002113", managerEmail: "kierownik@suprasl.example.pl" }),
    ]);
  });

  it("finds columns by their names in any order and spelling, and accepts short kinds", () => {
    const text = "E-mail kierownika,Kod TERYT,Nazwa,Rodzaj,Adres,Kod pocztowy,Miasto,Gmina,Powiat\nANNA@EXAMPLE.PL,1465011,Dom Kultury Śródmieście,dom kultury,ul. Smolna 9,00-375,Warszawa,Warszawa,Warszawa";
    const { rows, problems } = readClubRows(text);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ kind: "CULTURE_HOUSE", managerEmail: "anna@example.pl", voivodeship: "MAZOWIECKIE", externalId: null });
  });

  it("names the row and the column of every problem, and returns no rows then", () => {
    const text = [header, row(), row({ id: "KRC-2", teryt: "201011", email: "nie-adres" }), row({ id: "KRC-3", name: "Klub 3", kind: "kawiarnia", postal: "16030" })].join("\n");
    const { rows, problems } = readClubRows(text);
    expect(rows).toEqual([]);
    expect(problems.map(problemText)).toEqual([
      expect.stringMatching(/^Wiersz 3, kolumna „kod TERYT gminy”: .*arkusz mógł je usunąć/),
      expect.stringMatching(/^Wiersz 3, kolumna „e-mail kierownika”: Wpisz adres e-mail/),
      expect.stringMatching(/^Wiersz 4, kolumna „rodzaj miejsca”: Nie znamy rodzaju „kawiarnia”/),
      expect.stringMatching(/^Wiersz 4, kolumna „kod pocztowy”: Kod pocztowy ma postać 00-000/),
    ]);
  });

  it("refuses the same club twice in one file", () => {
    const sameId = readClubRows([header, row(), row({ name: "Inna nazwa" })].join("\n"));
    expect(sameId.problems.map(problemText)).toEqual([expect.stringContaining("Wiersz 3, kolumna „identyfikator”: Ten sam identyfikator „KRC-1” jest już w wierszu 2")]);
    const sameName = readClubRows([header, row({ id: "" }), row({ id: "", name: "  biblioteka  w Supraślu " })].join("\n"));
    expect(sameName.problems.map(problemText)).toEqual([expect.stringContaining("Wiersz 3, kolumna „nazwa klubu”: Klub o tej nazwie w tej samej gminie jest już w wierszu 2")]);
    // Told apart by their identifiers, two clubs may share a name.
    expect(readClubRows([header, row(), row({ id: "KRC-2" })].join("\n")).problems).toEqual([]);
  });

  it("explains a missing column, an empty file, extra cells and hostile characters", () => {
    expect(readClubRows("nazwa klubu;gmina\nA;B").problems[0]!.message).toMatch(/brakuje kolumn: „rodzaj miejsca”, „ulica i numer”/);
    expect(readClubRows("").problems[0]!.message).toMatch(/Plik jest pusty/);
    expect(readClubRows(header).problems[0]!.message).toMatch(/tylko wiersz z nazwami kolumn/);
    expect(problemText(readClubRows(`${header}\n${row()};nadmiar`).problems[0]!)).toMatch(/^Wiersz 2: Ten wiersz ma więcej komórek/);
    expect(problemText(readClubRows(`${header}\n${row({ name: "Klub\u0000" })}`).problems[0]!)).toMatch(/^Wiersz 2, kolumna „nazwa klubu”: .*niedozwolone znaki/);
  });

  it("checks a voivodeship column against the code when the file has one", () => {
    const text = `${header};województwo\n${row()};mazowieckie`;
    expect(problemText(readClubRows(text).problems[0]!)).toMatch(/^Wiersz 2, kolumna „województwo”: Kod TERYT 2002113 należy do województwa podlaskie/);
    expect(readClubRows(`${header};Województwo\n${row()};Podlaskie`).problems).toEqual([]);
  });
});
