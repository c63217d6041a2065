/** @jest-environment node */
import { periodQuerySchema, resolvePeriod } from "@/lib/reports/programme/period";

const now = new Date("2026-12-03T12:00:00Z");
const resolve = (query: Record<string, string>) => resolvePeriod(periodQuerySchema.parse(query), now);
const messages = (query: Record<string, string>) => periodQuerySchema.safeParse(query).error?.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);

describe("a report's period", () => {
  it("is whole months in Polish time, midnight to midnight", () => {
    const month = resolve({});
    expect([month.from.toISOString(), month.to.toISOString(), month.label]).toEqual(["2026-11-30T23:00:00.000Z", "2026-12-31T23:00:00.000Z", "grudzień 2026"]);
    // Summer time: midnight in Warsaw is 22:00 UTC.
    const quarter = resolve({ okres: "poprzedni-kwartal" });
    expect([quarter.from.toISOString(), quarter.to.toISOString(), quarter.label]).toEqual(["2026-06-30T22:00:00.000Z", "2026-09-30T22:00:00.000Z", "lipiec 2026 – wrzesień 2026"]);
    expect(resolve({ okres: "poprzedni-miesiac" }).label).toBe("listopad 2026");
    expect(resolve({ okres: "ten-kwartal" }).first).toEqual({ year: 2026, month: 10 });
    expect(resolve({ okres: "rok" }).first).toEqual({ year: 2026, month: 1 });
    expect(resolve({ okres: "wlasny", od: "2025-11", do: "2026-02" }).to.toISOString()).toBe("2026-02-28T23:00:00.000Z");
  });

  it("says in Polish what is wrong with chosen months", () => {
    expect(messages({ okres: "wlasny" })).toEqual(["od: Wybierz pierwszy miesiąc okresu.", "do: Wybierz ostatni miesiąc okresu."]);
    expect(messages({ okres: "wlasny", od: "2026-13", do: "2026-01" })).toEqual(["od: Wybierz miesiąc w postaci rok-miesiąc, na przykład 2026-09."]);
    expect(messages({ okres: "wlasny", od: "2026-05", do: "2026-01" })).toEqual(["do: Ostatni miesiąc nie może być wcześniejszy niż pierwszy. Zamień je miejscami."]);
    expect(messages({ okres: "wlasny", od: "2019-05", do: "2020-01" })).toEqual(["od: Raporty zaczynają się od stycznia 2020 roku."]);
    expect(messages({ okres: "jutro" })).toEqual(["okres: Wybierz okres z listy."]);
    // Months left in the fields do not matter for the other periods.
    expect(periodQuerySchema.safeParse({ okres: "rok", od: "xx" }).success).toBe(true);
  });
});
