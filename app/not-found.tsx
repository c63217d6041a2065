import Link from "next/link";
import { LinkButton } from "@/components/ui/LinkButton";

export default function NotFound() {
  return (
    <div className="kc-prose">
      <h1>Nie ma takiej strony</h1>
      <p>Ta strona nie istnieje albo zmieniła adres. Nic się nie zepsuło.</p>
      <p>Jeśli adres był wpisany ręcznie, sprawdź, czy nie ma w nim literówki.</p>
      <p>
        <LinkButton href="/">Wróć na stronę główną</LinkButton>
      </p>
      <p>
        Możesz też <Link href="/lekcje">przejść do listy lekcji</Link> albo{" "}
        <Link href="/pomoc">poprosić o pomoc</Link>.
      </p>
    </div>
  );
}
