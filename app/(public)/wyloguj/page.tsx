import type { Metadata } from "next";
import { Button } from "@/components/ui/Button";
import { LinkButton } from "@/components/ui/LinkButton";
import { getActor } from "@/lib/auth/actor";
import { csrfTokenOrRedirect } from "@/lib/auth/csrf";

export const metadata: Metadata = { title: "Wyloguj się" };

export default async function SignOutPage() {
  const actor = await getActor();
  if (!actor) {
    return (
      <div className="kc-prose">
        <h1>Jesteś wylogowany</h1>
        <p>Możesz bezpiecznie odejść od komputera.</p>
        <p>
          <LinkButton href="/">Wróć na stronę główną</LinkButton>
        </p>
      </div>
    );
  }
  const csrfToken = await csrfTokenOrRedirect("/wyloguj");
  return (
    <div className="kc-prose">
      <h1>Wyloguj się</h1>
      <p>Po wylogowaniu nikt inny na tym urządzeniu nie zobaczy Twoich postępów.</p>
      <form method="post" action="/api/auth/signout">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value="/wyloguj" />
        <Button type="submit">Wyloguj się</Button>
      </form>
    </div>
  );
}
