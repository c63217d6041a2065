import { createHash } from "node:crypto";
import { isStaff, type Actor } from "./access/policy";
import { audienceClasses, type Audience } from "./audience";
import type { Preferences } from "./preferences";

// The per-person stylesheet, /wyglad.css. Every page is the same HTML for everyone (so it can be
// prerendered and cached); what differs per person — text size, contrast, spacing, motion, and
// which parts of the header a signed-in person sees — is set here, on the first paint and
// without JavaScript. Selectors start with `html:root`, one step more specific than the
// defaults in globals.css, so they win wherever the stylesheet sits in the page's <head>.

const palettes = {
  high: {
    "--kc-bg": "#ffffff",
    "--kc-surface": "#ffffff",
    "--kc-text": "#000000",
    "--kc-muted": "#000000",
    "--kc-link": "#00008f",
    "--kc-link-visited": "#3d0066",
    "--kc-primary": "#000000",
    "--kc-primary-hover": "#1f1f1f",
    "--kc-on-primary": "#ffffff",
    "--kc-border": "#000000",
    "--kc-success": "#004d1a",
    "--kc-success-bg": "#ffffff",
    "--kc-warning": "#5c1a00",
    "--kc-warning-bg": "#ffffff",
    "--kc-error": "#8a0000",
    "--kc-tip-bg": "#ffffff",
  },
  // Light text on black, yellow links and buttons.
  dark: {
    "--kc-bg": "#000000",
    "--kc-surface": "#121212",
    "--kc-text": "#ffffff",
    "--kc-muted": "#e8e8e8",
    "--kc-link": "#ffff00",
    "--kc-link-visited": "#ffd27f",
    "--kc-primary": "#ffff00",
    "--kc-primary-hover": "#ffff80",
    "--kc-on-primary": "#000000",
    "--kc-border": "#ffffff",
    "--kc-focus": "#00ffff",
    "--kc-focus-text": "#ffffff",
    "--kc-success": "#8cff9e",
    "--kc-success-bg": "#000000",
    "--kc-warning": "#ffc680",
    "--kc-warning-bg": "#000000",
    "--kc-error": "#ff9e9e",
    "--kc-tip-bg": "#000000",
    "color-scheme": "dark",
  },
} as const;

// 20 px is 100 %; rem-based, so the whole layout grows with it.
const rootFontSize = { 100: "125%", 125: "156.25%", 150: "187.5%", 200: "250%" } as const;
// The header's links fit in about one line from this width (SiteHeader.tsx); below it, „Menu”.
// Media queries in em ignore the page's own font size, so each text size has its own width.
const wideMenuFrom = { 100: "64em", 125: "80em", 150: "96em", 200: "128em" } as const;

function block(selector: string, declarations: Record<string, string>): string {
  const body = Object.entries(declarations)
    .map(([property, value]) => `${property}:${value}`)
    .join(";");
  return `${selector}{${body}}`;
}

/** A name as a CSS string: every character outside plain letters and digits escaped, so no name can end the string. */
export function cssString(text: string): string {
  let escaped = "";
  for (const character of text) {
    escaped += /[A-Za-z0-9 ]/.test(character) ? character : `\\${character.codePointAt(0)!.toString(16)} `;
  }
  return `"${escaped}"`;
}

function preferenceRules(preferences: Preferences | null): string[] {
  if (!preferences) {
    // Nothing chosen: follow the system's wish for more contrast.
    return [`@media (prefers-contrast:more){${block("html:root", palettes.high)}}`];
  }
  const rules: string[] = [];
  if (preferences.contrast !== "standard") rules.push(block("html:root", palettes[preferences.contrast]));
  if (preferences.textSize !== 100) {
    // Screen only: the printed step card keeps its own size.
    rules.push(`@media screen{${block("html:root", { "font-size": rootFontSize[preferences.textSize] })}}`);
    rules.push(
      "html:root .kc-menu-wide{display:none}html:root .kc-menu-compact{display:block}",
      `@media (min-width:${wideMenuFrom[preferences.textSize]}){html:root .kc-menu-wide{display:block}html:root .kc-menu-compact{display:none}}`,
    );
  }
  if (preferences.textSize >= 150) {
    // A phone's first screen at large text: headings and the site's name at about the body's
    // size, so a step's heading is on the first screen and the longest Polish words of headings,
    // buttons and legends fit a line whole. Spacing in pixels: rem paddings grew with the text
    // and ate the line.
    rules.push(
      "@media (max-width:40em){" +
        "html:root{--spacing:5px}" +
        "html:root .kc-logo,html:root summary{font-size:1rem}" +
        "html:root h1{font-size:1.0625rem;margin-top:0.75rem}" +
        "html:root h2,html:root h3,html:root legend,html:root .text-xl,html:root .text-2xl{font-size:1rem}" +
        "html:root fieldset{padding-inline:8px}}",
      // Narrower than 375 px the longest words („w wiadomościach”) are wider than the line:
      // breaking them there is the lesser harm than a page that scrolls sideways.
      "@media (max-width:23.4375em){html:root body{overflow-wrap:anywhere}}",
    );
  }
  // WCAG 1.4.12: lines, paragraphs, letters and words further apart.
  if (preferences.extraSpacing) {
    rules.push("html:root body{line-height:2;letter-spacing:0.12em;word-spacing:0.16em}html:root p,html:root li{margin-bottom:2em}");
  }
  if (preferences.reducedMotion) {
    rules.push(
      "html:root *,html:root *::before,html:root *::after{animation-duration:0.01ms!important;transition-duration:0.01ms!important;scroll-behavior:auto!important}",
    );
  }
  return rules;
}

function audiencesOf(actor: Actor | null): Audience[] {
  if (!actor) return ["guest"];
  const audiences: Audience[] = ["account", actor.deviceSessionId ? "clubDevice" : "home"];
  if (isStaff(actor)) audiences.push("staff");
  if (actor.isAdmin) audiences.push("admin");
  if (actor.isEditor || actor.isAdmin) audiences.push("editor");
  if (actor.isAdmin || (actor.coordinatorAreas?.length ?? 0) > 0) audiences.push("reports");
  return audiences;
}

/**
 * Custom properties the page's scripts read (components/session/SessionFeatures.tsx): who is
 * here, decided by the server from the session, never by a cookie a script could write; and the
 * look in force, in words (the browser tests read it).
 */
function stateRules(actor: Actor | null, preferences: Preferences | null, deviceIdle: { idleSeconds: number; warnSeconds: number }): string {
  const state: Record<string, string> = {
    "--kc-account": actor ? "1" : "0",
    "--kc-text-size": String(preferences?.textSize ?? 100),
    "--kc-contrast": preferences?.contrast ?? "system",
    "--kc-spacing": preferences?.extraSpacing ? "wide" : "normal",
    "--kc-motion": preferences?.reducedMotion ? "reduce" : "system",
  };
  if (actor?.deviceSessionId) {
    state["--kc-device-idle"] = String(deviceIdle.idleSeconds);
    state["--kc-device-warn"] = String(deviceIdle.warnSeconds);
  }
  return block("html:root", state);
}

export function appearanceStylesheet(
  preferences: Preferences | null,
  actor: Actor | null,
  deviceIdle: { idleSeconds: number; warnSeconds: number },
): string {
  const shown = audiencesOf(actor).map((audience) => `html:root .${audienceClasses[audience]}`);
  const rules = [stateRules(actor, preferences, deviceIdle), ...preferenceRules(preferences), `${shown.join(",")}{display:revert}`];
  if (actor) rules.push(`html:root .kc-account-name::after{content:${cssString(`(${actor.displayName})`)}}`);
  return `${rules.join("\n")}\n`;
}

/** A strong validator: the same stylesheet gets a 304, so a page view costs a few bytes. */
export function stylesheetTag(css: string): string {
  return `"${createHash("sha256").update(css).digest("base64url").slice(0, 22)}"`;
}
