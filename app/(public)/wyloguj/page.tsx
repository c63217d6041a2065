import type { Metadata } from "next";
import { Button } from "@/components/ui/Button";
import { LinkButton } from "@/components/ui/LinkButton";
import { getActor } from "@/lib/auth/actor";
import { csrfTokenOrRedirect } from "@/lib/auth/csrf";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Wyloguj się" };

type SearchParams = Promise<{ wszedzie?: string }>;

export default async function SignOutPage({ searchParams }: { searchParams: SearchParams }) {
  const { wszedzie } = await searchParams;
  const actor = await getActor();
  if (!actor) {
    return (
      <div className="kc-prose">
        <h1>Wylogowanie udane</h1>
        {wszedzie ? <p>Wylogowaliśmy Cię na wszystkich urządzeniach, także na tym.</p> : null}
        <p>Możesz bezpiecznie odejść od komputera.</p>
        <p>
          <LinkButton href="/">Wróć na stronę główną</LinkButton>
        </p>
      </div>
    );
  }
  const csrfToken = await csrfTokenOrRedirect("/wyloguj");
  const onClubDevice = Boolean(actor.deviceSessionId);
  return (
    <div className="kc-prose">
      <h1>{onClubDevice ? "Zakończ i wyloguj" : "Wyloguj się"}</h1>
      <p>
        {onClubDevice
          ? "To komputer klubu. Po wylogowaniu następna osoba zobaczy tylko stronę startową. Twoje postępy są zapisane."
          : "Po wylogowaniu nikt inny na tym urządzeniu nie zobaczy Twoich postępów."}
      </p>
      <form method="post" action="/api/auth/signout">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={onClubDevice ? "/?koniec=wylogowano" : "/wyloguj"} />
        <Button type="submit">{onClubDevice ? "Zakończ i wyloguj" : "Wyloguj się"}</Button>
      </form>

      <h2 className="mt-12">Wyloguj mnie wszędzie</h2>
      <p>
        Konto było otwarte na cudzym telefonie albo Twój telefon zginął? Wylogujemy Cię na wszystkich urządzeniach naraz. Potem zalogujesz
        się jak zwykle.
      </p>
      <form action={signOutEverywhereAction}>
        <Button type="submit" variant="secondary">
          Wyloguj mnie na wszystkich urządzeniach
        </Button>
      </form>
    </div>
  );
}
