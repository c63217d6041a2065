/** @jest-environment node */
import { appearanceStylesheet, cssString, stylesheetTag } from "@/lib/appearance";
import type { Actor } from "@/lib/access/policy";

const idle = { idleSeconds: 900, warnSeconds: 60 };
const learner: Actor = { userId: "u1", displayName: "Genowefa Testowa", username: "genowefa.testowa", isAdmin: false, activeClubId: "c", memberships: [{ clubId: "c", clubName: "Klub", role: "LEARNER" }] };
const educator: Actor = { ...learner, displayName: "Marek Nowak", memberships: [{ clubId: "c", clubName: "Klub", role: "EDUCATOR" }] };

function shown(css: string): string[] {
  const rule = css.split("\n").find((line) => line.endsWith("{display:revert}"))!;
  return [...rule.matchAll(/\.(kc-for-[a-z-]+)/g)].map((match) => match[1]!);
}

describe("the per-person stylesheet /wyglad.css", () => {
  it("shows a guest the guest's parts only, and follows the system's contrast when nothing was chosen", () => {
    const css = appearanceStylesheet(null, null, idle);
    expect(shown(css)).toEqual(["kc-for-guest"]);
    expect(css).toContain("--kc-account:0");
    expect(css).toMatch(/@media \(prefers-contrast:more\)\{html:root\{--kc-bg:#ffffff/);
    expect(css).not.toContain("kc-account-name");
  });

  it("shows a learner the account's parts and their name, never staff parts", () => {
    const css = appearanceStylesheet(null, learner, idle);
    expect(shown(css)).toEqual(["kc-for-account", "kc-for-home-session"]);
    expect(css).toContain('.kc-account-name::after{content:"\\28 Genowefa Testowa\\29 "}');
    expect(css).not.toContain("--kc-device-idle");
  });

  it("shows staff their club, and a club computer its own sign-out and inactivity limit", () => {
    expect(shown(appearanceStylesheet(null, educator, idle))).toEqual(["kc-for-account", "kc-for-home-session", "kc-for-staff"]);
    const device = appearanceStylesheet(null, { ...learner, deviceSessionId: "d1" }, idle);
    expect(shown(device)).toEqual(["kc-for-account", "kc-for-club-device"]);
    expect(device).toContain("--kc-device-idle:900;--kc-device-warn:60");
    expect(shown(appearanceStylesheet(null, { ...learner, isAdmin: true }, idle))).toEqual(["kc-for-account", "kc-for-home-session", "kc-for-admin", "kc-for-editor", "kc-for-reports"]);
    // A regional coordinator (a staff account with an area) sees the reports, nothing of an administrator's.
    expect(shown(appearanceStylesheet(null, { ...educator, coordinatorAreas: ["20"] }, idle))).toEqual(["kc-for-account", "kc-for-home-session", "kc-for-staff", "kc-for-reports"]);
  });

  it("applies the chosen look, the text size on screen only", () => {
    const css = appearanceStylesheet({ textSize: 200, contrast: "dark", reducedMotion: true, extraSpacing: true }, null, idle);
    expect(css).toContain("html:root{--kc-bg:#000000");
    expect(css).toContain("@media screen{html:root{font-size:250%}}");
    expect(css).toContain("@media (min-width:128em){html:root .kc-menu-wide{display:block}");
    // On a phone at large text: headings near the body's size, spacing in pixels, and words broken
    // only below 375 px, where the longest ones are wider than the line.
    expect(css).toContain("@media (max-width:40em){html:root{--spacing:5px}");
    expect(css).toContain("html:root h1{font-size:1.0625rem");
    expect(css).toContain("@media (max-width:23.4375em){html:root body{overflow-wrap:anywhere}}");
    expect(css).toContain("line-height:2");
    expect(css).toContain("animation-duration:0.01ms!important");
    expect(css).not.toContain("prefers-contrast");
    const standard = appearanceStylesheet({ textSize: 100, contrast: "standard", reducedMotion: false, extraSpacing: false }, null, idle);
    expect(standard).not.toMatch(/--kc-bg|font-size|line-height|animation/);
  });

  it.each(['Zofia"}body{display:none', "Ala\\\\ma\nkota", "</style><script>", "Żaneta Łęcka"])("escapes a name so it cannot leave its string (%p)", (name) => {
    const value = cssString(name);
    expect(value.slice(1, -1)).toMatch(/^[A-Za-z0-9 \\]*$/);
    expect(value.slice(1, -1)).not.toMatch(/\\$/);
  });

  it("gives the same stylesheet the same validator, and another one another", () => {
    const a = appearanceStylesheet(null, learner, idle);
    expect(stylesheetTag(a)).toBe(stylesheetTag(appearanceStylesheet(null, learner, idle)));
    expect(stylesheetTag(a)).not.toBe(stylesheetTag(appearanceStylesheet(null, educator, idle)));
  });
});
