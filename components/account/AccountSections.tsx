import type { PersonalData } from "@/lib/account/export";
import { formatDate, formatDateTime } from "@/lib/format";
import { preferencesSchema } from "@/lib/preferences";
import { DataTable } from "./DataTable";

type Tables = PersonalData["tables"];

export const roleNames = { LEARNER: "uczestnik", EDUCATOR: "edukator", MANAGER: "kierownik klubu" } as const;

const contrastNames = { standard: "zwykłe", high: "wysoki kontrast", dark: "ciemne tło" } as const;

function describePreferences(value: unknown): string {
  const parsed = preferencesSchema.safeParse(value);
  if (!parsed.success) return "nie zapisano, strona wygląda zwyczajnie";
  const { textSize, contrast, reducedMotion, extraSpacing } = parsed.data;
  return `litery ${textSize}%, kolory: ${contrastNames[contrast]}, mniej ruchu: ${reducedMotion ? "tak" : "nie"}, większe odstępy: ${extraSpacing ? "tak" : "nie"}`;
}

/** The account itself, the clubs and the groups. */
export function AccountSections({ tables }: { tables: Tables }) {
  const user = tables.User;
  const secrets = user.hashesStoredButNotShown;
  const rows: [string, string][] = [
    ["Imię i nazwisko", user.displayName],
    ["Nazwa użytkownika", user.username],
    ["Adres e-mail", user.email ?? "nie podano"],
    ["Konto założone", formatDate(user.createdAt)],
    ["Ostatnio w serwisie", user.lastSeenAt ? formatDateTime(user.lastSeenAt) : "jeszcze nie"],
    ["Konto", user.active ? "aktywne" : "wyłączone"],
    ["Karta do logowania", user.loginCardIssuedAt ? `wydrukowana ${formatDate(user.loginCardIssuedAt)}` : "nie drukowano"],
    ["Na certyfikatach", user.certificateShowsFullName ? "pełne imię i nazwisko" : "same inicjały"],
    ["Wygląd strony", describePreferences(user.preferences)],
  ];
  const hidden = [secrets.pinHash && "PIN-u", secrets.passwordHash && "hasła", secrets.loginCardTokenHash && "kodu z karty do logowania"].filter(
    (item): item is string => Boolean(item),
  );
  return (
    <>
      <section className="mb-10">
        <h2 id="konto">Twoje konto</h2>
        <dl className="kc-prose">
          {rows.map(([label, value]) => (
            <div key={label} className="mb-3">
              <dt className="font-bold">{label}</dt>
              <dd className="m-0">{value}</dd>
            </div>
          ))}
        </dl>
        {hidden.length ? (
          <p className="kc-prose">
            Mamy też zabezpieczony skrót {new Intl.ListFormat("pl", { type: "conjunction" }).format(hidden)}. Nie da się z
            niego odczytać Twojego sekretu, dlatego go tu nie pokazujemy.
          </p>
        ) : null}
      </section>
      <DataTable
        id="kluby"
        title="Twoje kluby"
        columns={["Klub", "Rola", "Od kiedy"]}
        rows={tables.Membership.map((m) => [m.clubName, roleNames[m.role], formatDate(m.createdAt)])}
        empty="Nie należysz do żadnego klubu."
      />
      <DataTable
        id="grupy"
        title="Twoje grupy"
        columns={["Grupa", "Od kiedy"]}
        rows={tables.GroupMember.map((g) => [g.groupName, formatDate(g.addedAt)])}
        empty="Nie należysz do żadnej grupy."
      />
    </>
  );
}
