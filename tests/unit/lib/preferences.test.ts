/** @jest-environment node */
import {
  parsePreferences,
  preferencesFromForm,
  safeReturnPath,
  serializePreferences,
} from "@/lib/preferences";

describe("display preferences", () => {
  it("round-trip through the cookie", () => {
    const preferences = { textSize: 150 as const, contrast: "dark" as const, reducedMotion: true, extraSpacing: false };
    expect(parsePreferences(serializePreferences(preferences))).toEqual(preferences);
  });

  it.each(["", "t999.cdark.m0.s0", "t100.cpink.m0.s0", "garbage", "t100.cstandard.m2.s0"])(
    "ignore a cookie that is not ours (%p)",
    (value) => {
      expect(parsePreferences(value)).toBeNull();
    },
  );

  it("read the form: checkboxes only when ticked", () => {
    const form = new FormData();
    form.set("textSize", "200");
    form.set("contrast", "high");
    form.set("extraSpacing", "tak");
    expect(preferencesFromForm(form)).toMatchObject({
      success: true,
      data: { textSize: 200, contrast: "high", reducedMotion: false, extraSpacing: true },
    });
  });

  it("refuse a crafted form politely", () => {
    const form = new FormData();
    form.set("textSize", "300");
    form.set("contrast", "high");
    const result = preferencesFromForm(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Wybierz jedną z wielkości tekstu.");
  });

  it.each([
    ["/lekcje/ikp", "/lekcje/ikp"],
    ["//evil.example.com", "/"],
    ["https://evil.example.com", "/"],
    ["/\\evil.example.com", "/"],
    [undefined, "/"],
  ])("return only to paths on this site (%p → %p)", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });
});
