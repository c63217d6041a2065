import { encodeState, type SimState } from "./state";

export const SIMULATORS_HREF = "/cwiczenia";

export function simulatorHref(slug: string): string {
  return `${SIMULATORS_HREF}/${slug}`;
}

/** Where a screen's hint or warning stands: the page opens there, not at the top under the menu. */
export const NOTICE_ANCHOR = "podpowiedz";

/** A screen's address with the practice's choices so far, and optionally a hint or a warning. */
export function screenHref(
  slug: string,
  screenId: string,
  state: SimState,
  extra: { podpowiedz?: string; uwaga?: string; pokaz?: boolean } = {},
): string {
  const query = new URLSearchParams();
  if (Object.keys(state).length) query.set("stan", encodeState(state));
  if (extra.podpowiedz) query.set("podpowiedz", extra.podpowiedz);
  if (extra.uwaga) query.set("uwaga", extra.uwaga);
  if (extra.pokaz) query.set("pokaz", "1");
  const search = query.toString();
  const anchor = extra.podpowiedz || extra.uwaga || extra.pokaz ? `#${NOTICE_ANCHOR}` : "";
  return `${simulatorHref(slug)}/${screenId}${search ? `?${search}` : ""}${anchor}`;
}

/** The summary; the choices go along only when the summary reviews them. */
export function summaryHref(slug: string, state: SimState = {}): string {
  const stan = Object.keys(state).length ? `?stan=${encodeState(state)}` : "";
  return `${simulatorHref(slug)}/koniec${stan}`;
}
