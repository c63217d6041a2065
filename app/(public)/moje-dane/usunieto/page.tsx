import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/LinkButton";

export const metadata: Metadata = { title: "Konto zostało usunięte" };

/** Reached after deleting one's account; the person is already signed out. */
export default function AccountDeletedPage() {
  return (
    <div className="kc-prose">
      <h1>Konto zostało usunięte</h1>
      <p className="text-xl">Usunęliśmy Twoje konto i dane o Twojej nauce. Wylogowaliśmy Cię.</p>
      <p>
        Twoje certyfikaty można dalej sprawdzić po kodzie. Strona sprawdzania nie pokazuje już Twojego imienia i nazwiska.
      </p>
      <p>Dziękujemy za wspólną naukę. Lekcje są dostępne także bez konta.</p>
      <p>
        <LinkButton href="/">Wróć na stronę główną</LinkButton>
      </p>
    </div>
  );
}
