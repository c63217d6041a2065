import type { ReactNode } from "react";

export type ClubContactDetails = {
  name: string;
  phone?: string | null;
  email?: string | null;
  openingHours?: string | null;
  address?: string;
};

/** "12 345 67 89" → "tel:123456789"; keeps a leading + for international numbers. */
function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;
}

function filled(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * How to reach the learner's own club. Without a known club (not signed in, or no membership)
 * it says where the details will appear, so the help page never shows an empty box.
 */
export function ClubContact({ clubContact }: { clubContact?: ClubContactDetails | null }) {
  if (!clubContact || !filled(clubContact.name)) {
    return (
      <p className="rounded-md border-2 border-line bg-surface p-4">
        Gdy się zalogujesz, zobaczysz tutaj telefon, adres i godziny otwarcia swojego klubu.
      </p>
    );
  }
  const { name, phone, email, openingHours, address } = clubContact;
  const details: { term: string; detail: ReactNode }[] = [];
  if (filled(phone)) {
    details.push({
      term: "Telefon",
      detail: (
        <a href={telHref(phone)} className="inline-flex min-h-11 items-center">
          {phone.trim()}
        </a>
      ),
    });
  }
  if (filled(email)) {
    details.push({
      term: "E-mail",
      detail: (
        <a href={`mailto:${email.trim()}`} className="inline-flex min-h-11 items-center break-all">
          {email.trim()}
        </a>
      ),
    });
  }
  if (filled(openingHours)) details.push({ term: "Godziny otwarcia", detail: openingHours.trim() });
  if (filled(address)) details.push({ term: "Adres", detail: address.trim() });

  return (
    <div className="rounded-md border-2 border-line bg-surface p-4">
      <p className={details.length ? "mb-3" : "mb-0"}>
        Twój klub: <strong>{name.trim()}</strong>
      </p>
      {details.length ? (
        <dl className="m-0">
          {details.map(({ term, detail }) => (
            <div key={term} className="mb-3 last:mb-0">
              <dt className="font-bold">{term}</dt>
              <dd className="m-0">{detail}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mb-0">Zapytaj o kontakt edukatora na zajęciach.</p>
      )}
    </div>
  );
}
