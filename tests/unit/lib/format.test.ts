/** @jest-environment node */
import { countLabel, formatDate, formatDateTime, formatMinutes } from "@/lib/format";

describe("Polish formatting", () => {
  it.each([
    [1, "1 lekcja"],
    [2, "2 lekcje"],
    [4, "4 lekcje"],
    [5, "5 lekcji"],
    [12, "12 lekcji"],
    [22, "22 lekcje"],
    [25, "25 lekcji"],
  ])("counts %i as %s", (count, label) => {
    expect(countLabel(count, ["lekcja", "lekcje", "lekcji"])).toBe(label);
  });

  it("writes dates as people say them", () => {
    expect(formatDate(new Date("2026-03-31T10:00:00Z"))).toBe("31 marca 2026");
  });

  it("adds the time in Polish time when it matters (the record of a person's data)", () => {
    expect(formatDateTime(new Date("2026-03-31T08:05:00Z"))).toBe("31 marca 2026 o 10:05");
    expect(formatDateTime(new Date("2026-12-01T23:30:00Z"))).toBe("2 grudnia 2026 o 00:30");
  });

  it.each([
    [25, "25 min"],
    [60, "1 godz."],
    [95, "1 godz. 35 min"],
  ])("writes %i minutes as %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
