import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { ownCertificates } from "@/lib/access/certificates";
import { requireActor } from "@/lib/access/guard";
import { groupCode, initials } from "@/lib/certificates/code";
import { subjectId } from "@/lib/certificates/subjects";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate } from "@/lib/format";
import { saveNameChoiceAction } from "./actions";

export const metadata: Metadata = { title: "Moje certyfikaty", robots: { index: false } };

const problems: Record<string, string> = {
  nieznany: "Tego certyfikatu nie ma jeszcze na Twoim koncie. Sprawdź na liście poniżej, które są gotowe.",
  klub: "Certyfikat wydaje klub, a Twoje konto nie należy jeszcze do żadnego klubu. Poproś edukatora o kod dołączenia.",
  wystawca: "Twój klub nie ma jeszcze kierownika, który podpisze certyfikat. Zapytaj o niego na zajęciach.",
  uniewazniony: "Klub unieważnił ten certyfikat, więc nie można go pobrać. Zapytaj w klubie, czy wyda nowy.",
  wybor: "Wybierz jedną z dwóch możliwości i naciśnij „Zapisz”.",
};

type SearchParams = Promise<{ problem?: string; zapisano?: string }>;

export default async function MyCertificatesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/moje-certyfikaty");
  const { problem, zapisano } = await searchParams;
  const { earned, unfinished, others, showsFullName } = await ownCertificates(await getDb(), actor);
  const ready = earned.filter((entry) => !entry.certificate?.revokedAt);
  return (
    <div className="kc-prose">
      <h1>Moje certyfikaty</h1>
      <p>
        Certyfikat dostajesz za cały moduł albo całą ścieżkę nauki: gdy ukończysz każdą lekcję i zaliczysz jej quiz. Możesz go
        pobrać i wydrukować, a w klubie wręczą Ci go na zajęciach.
      </p>
      {problem && problems[problem] ? (
        <Notice kind="warning" title="nie udało się" live>
          <p>{problems[problem]}</p>
        </Notice>
      ) : null}

      <h2>Gotowe certyfikaty</h2>
      {ready.length ? (
        <ul className="list-none p-0">
          {ready.map(({ subject, completedAt, certificate }) => (
            <li key={subjectId(subject)} className="mb-6 rounded-md border-2 border-line p-4" data-certificate={subjectId(subject)}>
              <p className="mb-1 font-bold">Twój certyfikat jest gotowy</p>
              <p className="mb-2 text-2xl font-bold">{subject.title}</p>
              <p className="mb-3">
                {subject.kind === "MODULE" ? "Cały moduł" : "Cała ścieżka nauki"}: {countLabel(subject.lessons.length, ["lekcja", "lekcje", "lekcji"])}.
                Ukończone {formatDate(completedAt)}.
                {certificate ? (
                  <>
                    {" "}
                    Numer {certificate.number}, kod <span className="font-mono">{groupCode(certificate.verificationCode)}</span>.
                  </>
                ) : null}
              </p>
              <div className="flex flex-wrap items-center gap-4">
                <form method="post" action="/moje-certyfikaty/pobierz">
                  <input type="hidden" name="temat" value={subjectId(subject)} />
                  <Button type="submit">
                    Pobierz certyfikat<span className="sr-only"> {subject.title}</span> (PDF)
                  </Button>
                </form>
                {certificate ? (
                  <Link prefetch={false} href={`/certyfikat/${groupCode(certificate.verificationCode)}`} className="inline-flex min-h-11 items-center">
                    Zobacz, co widzi osoba, która go sprawdza<span className="sr-only">: {subject.title}</span>
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nie masz jeszcze gotowego certyfikatu. Ukończ wszystkie lekcje jednego modułu, a pojawi się tutaj.</p>
      )}

      {[...earned.filter((entry) => entry.certificate?.revokedAt).map((entry) => entry.certificate!), ...others].length ? (
        <>
          <h2>Inne certyfikaty</h2>
          <ul>
            {[...earned.filter((entry) => entry.certificate?.revokedAt).map((entry) => entry.certificate!), ...others].map((certificate) => (
              <li key={certificate.id}>
                {certificate.subjectTitle} — numer {certificate.number}, {certificate.club.name}.{" "}
                {certificate.revokedAt ? `Unieważniony ${formatDate(certificate.revokedAt)}. Zapytaj w klubie, dlaczego.` : `Wydany ${formatDate(certificate.issuedAt)}.`}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {unfinished.length ? (
        <>
          <h2>W drodze do certyfikatu</h2>
          <ul>
            {unfinished.map(({ subject, left }) => (
              <li key={subjectId(subject)}>
                {subject.title}: {left === 1 ? "została 1 lekcja" : `zostały ${countLabel(left, ["lekcja", "lekcje", "lekcji"])}`} z{" "}
                {subject.lessons.length}.
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="imie">Twoje imię na stronie sprawdzania</h2>
      <p>
        Każdy, kto ma kod z Twojego certyfikatu, może sprawdzić, czy jest prawdziwy. Zdecyduj, co wtedy zobaczy. Na wydruku
        zawsze jest pełne imię i nazwisko.
      </p>
      {zapisano ? (
        <Notice kind="success" title="zapisano" live>
          <p>Strona sprawdzania pokazuje teraz {showsFullName ? "Twoje pełne imię i nazwisko" : "tylko Twoje inicjały"}.</p>
        </Notice>
      ) : null}
      <form action={saveNameChoiceAction}>
        <ChoiceGroup
          id="imie-wybor"
          legend="Na stronie sprawdzania pokazuj:"
          type="radio"
          name="imie"
          options={[
            { value: "pelne", label: `pełne imię i nazwisko (${actor.displayName})`, checked: showsFullName },
            { value: "inicjaly", label: `tylko inicjały (${initials(actor.displayName)})`, checked: !showsFullName },
          ]}
        />
        <Button type="submit">Zapisz</Button>
      </form>
    </div>
  );
}
