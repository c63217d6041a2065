import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/account/DeleteAccountForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { accountSecretKind } from "@/lib/account/delete";
import { requireActor } from "@/lib/access/guard";
import { can } from "@/lib/access/policy";
import { getDb } from "@/lib/db/client";
import { deleteAccountAction } from "./actions";

export const metadata: Metadata = { title: "Usuń konto" };

export default async function DeleteAccountPage() {
  const actor = await requireActor("/moje-dane/usun");
  const breadcrumbs = <Breadcrumbs items={[{ href: "/moje-dane", label: "Moje dane" }]} />;

  // Staff and administrators: someone else removes them, so nobody's club is left without its people.
  if (!can(actor, "self.delete", { kind: "user", userId: actor.userId })) {
    return (
      <div className="kc-prose">
        {breadcrumbs}
        <h1>Usunięcie konta pracownika</h1>
        <p className="text-xl">Tu nie da się samodzielnie usunąć konta, bo pracujesz w klubie.</p>
        <p>
          Klub nie może niespodziewanie stracić edukatora ani kierownika. Dlatego konto pracownika usuwa ktoś inny. Poproś
          o to kierownika swojego klubu. Jeśli to Ty jesteś kierownikiem albo administratorem, napisz do administratora
          serwisu — adres jest w{" "}
          <Link prefetch={false} href="/prywatnosc#kontakt">
            polityce prywatności
          </Link>
          .
        </p>
        <p>Swoje dane możesz zobaczyć i pobrać w każdej chwili.</p>
        <p>
          <LinkButton href="/moje-dane">Wróć do moich danych</LinkButton>
        </p>
      </div>
    );
  }

  const secret = await accountSecretKind(await getDb(), actor.userId);
  return (
    <div className="kc-prose">
      {breadcrumbs}
      <h1>Usuń moje konto</h1>
      <p className="text-xl">Zastanów się spokojnie. Usuniętego konta nie da się przywrócić.</p>
      <h2>Co usuniemy</h2>
      <ul>
        <li>Twoje konto: imię i nazwisko, nazwę użytkownika i PIN,</li>
        <li>Twój postęp: ukończone kroki i lekcje, odpowiedzi w quizach, czas nauki,</li>
        <li>przynależność do klubu i grup oraz lekcje przydzielone przez edukatora,</li>
        <li>obecność na zajęciach,</li>
        <li>zapisy o logowaniu i o zmianach na Twoim koncie.</li>
      </ul>
      <h2>Co stanie się z certyfikatami</h2>
      <p>
        Wydane certyfikaty zostają. Ich numer i kod do sprawdzenia dalej działają, więc papierowy certyfikat, który masz,
        wciąż można sprawdzić. Na stronie sprawdzania nie będzie już jednak Twojego imienia i nazwiska. Będzie tam tylko napis:
        „osoba usunęła konto”.
      </p>
      <Notice kind="warning" title="przed usunięciem">
        <p>
          Chcesz zachować kopię swoich danych? Najpierw{" "}
          <Link prefetch={false} href="/moje-dane">
            pobierz plik z moimi danymi
          </Link>
          .
        </p>
        <p>Po usunięciu nie zalogujesz się już tym PIN-em. Jeśli zechcesz wrócić, załóż nowe konto.</p>
      </Notice>
      <h2>Potwierdź</h2>
      <DeleteAccountForm action={deleteAccountAction} secret={secret} />
    </div>
  );
}
