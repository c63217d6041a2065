import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { CardScanner } from "@/components/auth/CardScanner";
import { LearnerSignInForm, StaffSignInForm } from "@/components/auth/SignInForms";
import { Notice } from "@/components/ui/Notice";
import { currentClubDevice } from "@/lib/devices/current";
import { getActor } from "@/lib/auth/actor";
import { csrfTokenOrRedirect } from "@/lib/auth/csrf";
import { LAST_LOGIN_COOKIE, readRememberedLogin } from "@/lib/auth/sign-in";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { getConfig } from "@/lib/config";
import { returnPathFrom } from "@/lib/safe-path";

export const metadata: Metadata = { title: "Zaloguj się" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const remembered = readRememberedLogin((await cookies()).get(LAST_LOGIN_COOKIE)?.value);
  // After a failed attempt next-auth returns here without our query: show the same form again.
  const staff = query.rodzaj === "pracownik" || (Boolean(query.error) && remembered?.kind === "staff");
  // A full address (next-auth sends one) counts only when it is this site's (NEXTAUTH_URL); then its path is kept.
  const home = staff ? "/klub" : "/";
  const config = getConfig();
  const requested = Array.isArray(query.callbackUrl) ? query.callbackUrl[0] : query.callbackUrl;
  const callbackUrl = requested ? returnPathFrom(requested, config.siteUrl ?? `http://localhost:${config.port}`, home) : home;
  if (await getActor()) redirect(callbackUrl);
  const self = `/logowanie?${new URLSearchParams({ ...(staff ? { rodzaj: "pracownik" } : {}), callbackUrl })}`;
  const csrfToken = await csrfTokenOrRedirect(self);
  const typed = remembered && remembered.kind === (staff ? "staff" : "learner") ? remembered.value : "";
  const error = signInErrorMessage(typeof query.error === "string" ? query.error : undefined, staff ? "staff" : "learner");
  const username = typeof query.uzytkownik === "string" ? query.uzytkownik : typed;
  const device = await currentClubDevice();

  return (
    <div className="kc-prose">
      <h1>Zaloguj się</h1>
      <nav aria-label="Sposób logowania" className="mb-8">
        <ul className="m-0 flex flex-wrap gap-3 p-0">
          <li className="m-0 list-none">
            <Link
              prefetch={false}
              href={`/logowanie?callbackUrl=${encodeURIComponent(staff ? "/" : callbackUrl)}`}
              aria-current={staff ? undefined : "page"}
              className="inline-flex min-h-12 items-center rounded-md border-2 border-primary px-4 font-bold aria-[current=page]:bg-primary aria-[current=page]:text-on-primary"
            >
              Mam kartę albo PIN
            </Link>
          </li>
          <li className="m-0 list-none">
            <Link
              prefetch={false}
              href="/logowanie?rodzaj=pracownik"
              aria-current={staff ? "page" : undefined}
              className="inline-flex min-h-12 items-center rounded-md border-2 border-primary px-4 font-bold aria-[current=page]:bg-primary aria-[current=page]:text-on-primary"
            >
              Pracownik klubu
            </Link>
          </li>
        </ul>
      </nav>
      {device ? (
        <Notice kind="info" title="to komputer klubu">
          <p>
            Po zakończeniu naciśnij „Zakończ i wyloguj”. Gdy nikt nie będzie korzystał z komputera przez chwilę, wylogujemy
            Cię sami — Twoje postępy zostaną zapisane.
          </p>
        </Notice>
      ) : null}
      {device && !staff ? <CardScanner /> : null}
      {staff ? (
        <StaffSignInForm csrfToken={csrfToken} callbackUrl={callbackUrl} email={typed} error={error} />
      ) : (
        <LearnerSignInForm csrfToken={csrfToken} callbackUrl={callbackUrl} username={username} error={error} />
      )}
      {staff ? null : (
        <p>
          Nie masz jeszcze konta? <Link href="/rejestracja">Załóż konto samodzielnie</Link> albo poproś edukatora w
          klubie.
        </p>
      )}
    </div>
  );
}
