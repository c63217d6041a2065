import { cookies } from "next/headers";
import { redirect } from "next/navigation";

/**
 * next-auth's CSRF token for plain HTML forms (sign-in, sign-out work without JavaScript).
 * When the cookie is missing, next-auth's own sign-in route sets it and sends the person back.
 */
export async function csrfTokenOrRedirect(returnTo: string): Promise<string> {
  const store = await cookies();
  const cookie = store.get("__Host-next-auth.csrf-token") ?? store.get("next-auth.csrf-token");
  const token = cookie?.value.split("|")[0];
  if (!token) redirect(`/api/auth/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return token;
}
