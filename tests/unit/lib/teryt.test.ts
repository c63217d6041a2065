/** @jest-environment node */
import { clubFormSchema } from "@/lib/access/clubs";
import { areaCodeSchema, areaContains, clubAreaCode, gminaCodeSchema, terytProblem } from "@/lib/areas/teryt";

const club = {
  name: "Klub w Supraślu",
  kind: "LIBRARY",
  addressLine: "ul. Piłsudskiego 1",
  postalCode: "16-030",
  city: "Supraśl",
  gmina: "Supraśl",
  powiat: "białostocki",
  voivodeship: "PODLASKIE",
  terytCode: "2002113",
};

const messageOf = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("TERYT codes", () => {
  it("accepts voivodeship, powiat and gmina codes and says what is wrong with the others", () => {
    expect(["20", "2002", "2002113", "1465011", "0201011"].map(terytProblem)).toEqual([null, null, null, null, null]);
    expect(terytProblem("2")).toBe("format");
    expect(terytProblem("20021")).toBe("format");
    expect(terytProblem("20 02")).toBe("format");
    expect(terytProblem("21")).toBe("voivodeship");
    expect(terytProblem("34")).toBe("voivodeship");
    expect(terytProblem("2000")).toBe("powiat");
    expect(terytProblem("2002003")).toBe("gmina");
    expect(terytProblem("2002116")).toBe("kind");
  });

  it("nests areas by prefix: the country holds all, a voivodeship its powiats and gminas", () => {
    expect(areaContains("", "2002113")).toBe(true);
    expect(areaContains("20", "2002113")).toBe(true);
    expect(areaContains("2002", "2002113")).toBe(true);
    expect(areaContains("2003", "2002113")).toBe(false);
    expect(areaContains("2002113", "20")).toBe(false);
  });

  it("gives a club without a code its voivodeship, so it still counts there", () => {
    expect(clubAreaCode({ terytCode: null, voivodeship: "PODLASKIE" })).toBe("20");
    expect(clubAreaCode({ terytCode: "2002113", voivodeship: "PODLASKIE" })).toBe("2002113");
  });

  it("wants 7 digits for a gmina and 2, 4 or 7 for an area, with a Polish message", () => {
    expect(gminaCodeSchema.safeParse("20").success).toBe(false);
    expect(gminaCodeSchema.safeParse(" 2002113 ").data).toBe("2002113");
    expect(messageOf(gminaCodeSchema.safeParse("200211"))).toEqual([": Kod TERYT gminy ma 7 cyfr, na przykład 2002113. Znajdziesz go w rejestrze TERYT na stronie GUS."]);
    expect(areaCodeSchema.safeParse("20").success).toBe(true);
    expect(messageOf(areaCodeSchema.safeParse("123"))?.[0]).toMatch(/2 cyfry \(województwo\), 4 cyfry \(powiat\) albo 7 cyfr \(gmina\)/);
  });
});

describe("a new club's TERYT code", () => {
  it("is required", () => {
    const result = clubFormSchema.safeParse({ ...club, terytCode: "" });
    expect(result.success).toBe(false);
    expect(messageOf(result)?.[0]).toMatch(/^terytCode: Kod TERYT gminy ma 7 cyfr/);
  });

  it("must belong to the voivodeship chosen", () => {
    const result = clubFormSchema.safeParse({ ...club, voivodeship: "MAZOWIECKIE" });
    expect(messageOf(result)).toEqual(["terytCode: Ten kod TERYT należy do województwa podlaskie, a wybrane jest inne. Sprawdź kod albo województwo."]);
    expect(clubFormSchema.safeParse(club).success).toBe(true);
  });
});
