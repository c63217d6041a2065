/** @jest-environment node */
import { polishDayStart } from "@/lib/access/certificates";

describe("the certificate list's date filter counts whole Polish days", () => {
  it.each([
    ["2026-01-15", "2026-01-14T23:00:00.000Z"], // winter, UTC+1
    ["2026-07-15", "2026-07-14T22:00:00.000Z"], // summer, UTC+2
    ["2026-03-29", "2026-03-28T23:00:00.000Z"], // clocks go forward at 2:00 that day
    ["2026-03-30", "2026-03-29T22:00:00.000Z"],
    ["2026-10-25", "2026-10-24T22:00:00.000Z"], // clocks go back at 3:00 that day
    ["2026-10-26", "2026-10-25T23:00:00.000Z"],
  ])("midnight of %s in Poland is %s", (day, instant) => {
    expect(polishDayStart(day).toISOString()).toBe(instant);
  });
});
