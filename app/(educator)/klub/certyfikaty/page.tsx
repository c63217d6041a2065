import type { Metadata } from "next";
import Link from "next/link";
import { BulkPrintForm } from "@/components/certificates/BulkPrintForm";
import { CertificatePrintButton } from "@/components/certificates/CertificatePrintButton";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { selectClassName, TextField } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { certificateFilterSchema, certificatePermissions, listClubCertificates, noFilter, printSelection, type ClubCertificateRow } from "@/lib/access/certificates";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { certificateSubjects, subjectId } from "@/lib/certificates/subjects";
import { getCatalogue } from "@/lib/content/catalogue";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate } from "@/lib/format";
import { fieldErrors, summary } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";
import { setEducatorsMayPrintAction } from "./actions";

export const metadata: Metadata = { title: "Certyfikaty klubu" };

const problems: Record<string, string> = {
  filtr: "Nie udało się odczytać wybranej listy. Wybierz ją jeszcze raz i naciśnij „Pokaż”.",
  pusto: "Na tej liście nie ma certyfikatów do wydrukowania.",
  nieukonczone: "Uczestnik nie ma już ukończonych wszystkich lekcji tego modułu (doszły nowe), więc nowego certyfikatu nie da się wydać.",
  wystawca: "Klub nie ma kierownika, w którego imieniu wydajemy certyfikaty. Poproś administratora o zaproszenie kierownika.",
};

function State({ row }: { row: ClubCertificateRow }) {
  if (!row.certificate) return <span>○ Gotowy do wydania</span>;
  if (row.certificate.revokedAt) return <span>✕ Unieważniony {formatDate(row.certificate.revokedAt)}</span>;
  return <span>✓ Wydany, nr {row.certificate.number}</span>;
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClubCertificatesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/klub/certyfikaty");
  if (!actor.activeClubId) pageNotFound();
  const clubId = actor.activeClubId;
  const query = await searchParams;
  const text = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  const typed = { grupa: text("grupa"), temat: text("temat"), od: text("od"), do: text("do"), uczestnik: "" };
  const parsed = certificateFilterSchema.safeParse(typed);
  const filter = parsed.success ? parsed.data : noFilter;
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const db = await getDb();
  let permissions;
  let rows: ClubCertificateRow[];
  try {
    permissions = await certificatePermissions(db, actor, clubId);
    rows = await listClubCertificates(db, actor, clubId, filter);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  const [groups, catalogue] = await Promise.all([
    db.group.findMany({ where: { clubId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    getCatalogue(),
  ]);
  const subjects = certificateSubjects(catalogue);
  const printable = rows.filter((row) => !row.certificate?.revokedAt).length;
  const onePerLearner = printSelection(rows, "jeden");
  const problem = text("problem");
  const filterFields = { grupa: filter.grupa, temat: filter.temat, od: filter.od, do: filter.do };

  return (
    <>
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Certyfikaty</h1>
      <p className="kc-prose">
        Uczestnik dostaje certyfikat za cały ukończony moduł albo ścieżkę nauki. Każdy certyfikat ma swój numer i kod, który
        każdy może sprawdzić na stronie <Link href="/certyfikat">Sprawdź certyfikat</Link>. Ponowny wydruk daje ten sam
        certyfikat — z tym samym numerem i kodem.
      </p>
      {problems[problem] ? (
        <Notice kind="warning" title="nie udało się" live>
          <p>{problems[problem]}</p>
        </Notice>
      ) : null}

      <h2>Wybierz, kogo pokazać</h2>
      <form method="get" action="/klub/certyfikaty" noValidate className="kc-prose">
        <ErrorSummary errors={summary(errors)} />
        <div className="mb-6">
          <label htmlFor="grupa" className="mb-1 block text-xl font-bold">
            Grupa
          </label>
          <select id="grupa" name="grupa" defaultValue={filter.grupa} className={selectClassName}>
            <option value="">Wszyscy uczestnicy klubu</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-6">
          <label htmlFor="temat" className="mb-1 block text-xl font-bold">
            Za co
          </label>
          <select id="temat" name="temat" defaultValue={filter.temat} className={selectClassName}>
            <option value="">Wszystkie moduły i ścieżki</option>
            {subjects.map((subject) => (
              <option key={subjectId(subject)} value={subjectId(subject)}>
                {subject.kind === "MODULE" ? "Moduł" : "Ścieżka"}: {subject.title}
              </option>
            ))}
          </select>
        </div>
        {/* min-w-0: a fieldset and a date field are otherwise never narrower than their content at 200 % text. */}
        <fieldset className="mb-6 min-w-0">
          <legend className="mb-2 text-xl font-bold">Ukończone w dniach (można zostawić puste)</legend>
          <TextField id="od" type="date" label="od" defaultValue={typed.od} error={errors.od} className="min-w-0" />
          <TextField id="do" type="date" label="do" defaultValue={typed.do} error={errors.do} className="min-w-0" />
        </fieldset>
        <Button type="submit" variant="secondary">
          Pokaż
        </Button>
      </form>

      <div className="kc-table-wrap mt-10">
        <table className="kc-table">
          <caption>
            {rows.length ? `Certyfikaty na liście: ${rows.length}` : "Na tej liście nie ma jeszcze certyfikatów"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Uczestnik</th>
              <th scope="col">Za co</th>
              <th scope="col">Ukończone</th>
              <th scope="col">Stan</th>
              {permissions.mayPrint ? <th scope="col">Druk (w nowej karcie)</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.learner.id}|${subjectId(row.subject)}`}>
                <th scope="row">
                  {row.learner.displayName}
                  <span className="block font-normal text-muted">{row.learner.username}</span>
                </th>
                <td>{row.subject.title}</td>
                <td>{formatDate(row.completedAt)}</td>
                <td>
                  <State row={row} />
                  {row.certificate ? (
                    <>
                      {" "}
                      <Link href={`/klub/certyfikaty/${row.certificate.id}`} className="inline-flex min-h-11 items-center">
                        Szczegóły<span className="sr-only"> certyfikatu {row.certificate.number}</span>
                      </Link>
                    </>
                  ) : null}
                </td>
                {permissions.mayPrint ? (
                  <td>
                    {row.certificate?.revokedAt ? (
                      "—"
                    ) : (
                      <CertificatePrintButton
                        certificateId={row.certificate?.id ?? null}
                        learnerId={row.learner.id}
                        subject={subjectId(row.subject)}
                        label={`${row.learner.displayName} (${row.learner.username}), ${row.subject.title}`}
                      />
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {permissions.mayPrint && printable ? (
        <section aria-labelledby="drukowanie" className="mt-8">
          <h2 id="drukowanie">Drukowanie</h2>
          <p className="kc-prose">
            Jeden plik PDF, każdy certyfikat na osobnej stronie A4. Unieważnione pomijamy. Drukuje się dobrze także w czerni i bieli.
          </p>
          <h3 id="podglad">Jeden na osobę — to wydrukujemy ({countLabel(onePerLearner.length, ["certyfikat", "certyfikaty", "certyfikatów"])})</h3>
          <ul className="kc-prose" aria-labelledby="podglad">
            {onePerLearner.map((row) => (
              <li key={`${row.learner.id}|${subjectId(row.subject)}`}>
                {row.learner.displayName} ({row.learner.username}): {row.subject.kind === "MODULE" ? "moduł" : "ścieżka"} „{row.subject.title}” —{" "}
                {row.certificate ? `nr ${row.certificate.number}` : "dostanie numer przy druku"}
              </li>
            ))}
          </ul>
          {printable > onePerLearner.length ? (
            <p className="kc-prose">
              Na liście jest {countLabel(printable, ["certyfikat", "certyfikaty", "certyfikatów"])}. Pozostałe obejmują te same lub mniej lekcji —
              wybierz „Wszystkie certyfikaty z listy”, jeśli mają być wydrukowane i ponumerowane także one.
            </p>
          ) : null}
          <BulkPrintForm filter={filterFields} counts={{ jeden: onePerLearner.length, wszystkie: printable }} />
        </section>
      ) : null}
      {!permissions.mayPrint ? (
        <p className="kc-prose mt-8">Certyfikaty drukuje kierownik klubu. Może też pozwolić na to edukatorom.</p>
      ) : null}

      {permissions.mayChangeSettings ? (
        <section aria-labelledby="ustawienia" className="kc-prose mt-10">
          <h2 id="ustawienia">Kto może drukować</h2>
          {text("zapisano") ? (
            <Notice kind="success" title="zapisano" live>
              <p>{permissions.club.educatorsMayPrintCertificates ? "Edukatorzy mogą teraz drukować certyfikaty." : "Certyfikaty drukuje teraz tylko kierownik."}</p>
            </Notice>
          ) : null}
          <form action={setEducatorsMayPrintAction}>
            <div className="mb-6 rounded-md border-2 border-line has-[:checked]:border-primary">
              <label htmlFor="edukatorzy" className="flex min-h-12 cursor-pointer items-center gap-3 p-3">
                <input
                  id="edukatorzy"
                  type="checkbox"
                  name="edukatorzy"
                  value="tak"
                  defaultChecked={permissions.club.educatorsMayPrintCertificates}
                  className="h-7 w-7 shrink-0 accent-[var(--kc-primary)]"
                />
                <span>Edukatorzy klubu też mogą drukować certyfikaty</span>
              </label>
            </div>
            <Button type="submit" variant="secondary">
              Zapisz
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
