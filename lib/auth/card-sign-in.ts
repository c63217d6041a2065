import { cleanParam } from "../forms";

export const CARD_SIGN_IN_PATH = "/logowanie/karta";

/** The card's page: her name is read from the card (username + token), only the PIN is asked. */
export function cardSignInHref(username: string, token: string, error?: string): string {
  return `${CARD_SIGN_IN_PATH}?${new URLSearchParams({ u: username, t: token, ...(error ? { error } : {}) })}`;
}

/**
 * next-auth sends every failed sign-in to its error page and then to the generic sign-in page,
 * which knows nothing of the card: a wrong PIN typed on the card's page goes back there instead,
 * with the same error code. `location` is next-auth's redirect; null when it is not an error.
 */
export function cardRetryLocation(form: { username?: unknown; card?: unknown }, location: string): string | null {
  const username = cleanParam(form.username);
  const token = cleanParam(form.card);
  if (!username || !token) return null;
  let url: URL;
  try {
    url = new URL(location, "http://relative.invalid");
  } catch {
    return null;
  }
  const error = url.searchParams.get("error");
  if (!error || !/\/(api\/auth\/error|logowanie)$/.test(url.pathname)) return null;
  return cardSignInHref(username, token, error);
}
