import type { Metadata } from "next";
import Link from "next/link";
import { LearnerSignInForm } from "@/components/auth/SignInForms";
import { Notice } from "@/components/ui/Notice";
import { readLoginCard } from "@/lib/access/learners";
import { cardSignInHref } from "@/lib/auth/card-sign-in";
import { csrfTokenOrRedirect } from "@/lib/auth/csrf";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { getDb } from "@/lib/db/client";
import { cleanParam } from "@/lib/forms";

export const metadata: Metadata = { title: "Zaloguj się kartą", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the login card's QR code leads: the name is known, only the PIN remains. */
export default async function CardSignInPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  // A NUL or control character (e.g. `?u=%00`) never reaches the database: the card reads as outdated.
  const username = cleanParam(query.u) ?? "";
  const token = cleanParam(query.t) ?? "";
  const errorCode = cleanParam(query.error) ?? undefined;
  const self = cardSignInHref(username, token, errorCode);
  const csrfToken = await csrfTokenOrRedirect(self);
  const card = username && token ? await readLoginCard(await getDb(), username, token) : null;
  return (
    <div className="kc-prose">
      <h1>Zaloguj się kartą</h1>
      {card ? (
        <LearnerSignInForm csrfToken={csrfToken} callbackUrl="/" username={card.username} cardHolder={card.displayName} cardToken={token} error={signInErrorMessage(errorCode, "card")} />
      ) : (
        <Notice kind="warning" title="ta karta już nie działa">
          <p>Ta karta została zastąpiona nową albo jest nieaktualna. Poproś edukatora w klubie o nową kartę.</p>
          <p>
            Możesz też <Link href="/logowanie">zalogować się nazwą użytkownika i PIN-em</Link>.
          </p>
        </Notice>
      )}
    </div>
  );
}
