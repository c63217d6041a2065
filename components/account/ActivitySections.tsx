import type { PersonalData } from "@/lib/account/export";
import type { AuditAction } from "@/lib/auth/audit";
import { countLabel, formatDate, formatDateTime } from "@/lib/format";
import { roleNames } from "./AccountSections";
import { DataTable } from "./DataTable";

type Tables = PersonalData["tables"];

// Partial on purpose: an action added later shows under its code name rather than breaking this page.
const actionNames: Partial<Record<AuditAction, string>> = {
  "auth.sign-in": "logowanie",
  "auth.sign-in-failed": "nieudana próba logowania",
  "auth.sign-out-everywhere": "wylogowanie na wszystkich urządzeniach",
  "educator.unlock-sign-in": "odblokowanie logowania edukatora",
  "learner.create": "założenie konta w klubie",
  "learner.register": "założenie konta",
  "learner.update": "zmiana imienia lub nazwy użytkownika",
  "learner.reset-pin": "ustawienie nowego PIN-u",
  "learner.print-card": "wydruk karty do logowania",
  "learner.deactivate": "wyłączenie konta",
  "learner.reactivate": "włączenie konta",
  "membership.role-change": "nowa rola w klubie",
  "club.create": "założenie klubu",
  "club.update": "zmiana danych klubu",
  "invitation.create": "wysłanie zaproszenia",
  "invitation.accept": "przyjęcie zaproszenia",
  "auth.sign-out": "wylogowanie",
  "auth.session-ended": "wylogowanie po chwili bez ruchu na komputerze klubu",
  "device.mark": "oznaczenie komputera klubu",
  "device.revoke": "odłączenie komputera klubu",
  "certificate.issue": "wydanie certyfikatu",
  "certificate.print": "wydruk certyfikatów",
  "certificate.revoke": "unieważnienie certyfikatu",
  "club.certificate-settings": "zmiana zasad drukowania certyfikatów",
  "group.create": "założenie grupy",
  "group.rename": "zmiana nazwy grupy",
  "group.add-members": "dodanie osób do grupy",
  "group.remove-member": "usunięcie osoby z grupy",
  "path.create": "utworzenie ścieżki nauki",
  "path.update": "zmiana ścieżki nauki",
  "path.delete": "usunięcie ścieżki nauki",
  "assignment.create": "zadanie ścieżki nauki",
  "assignment.remove": "wycofanie zadanej ścieżki",
  "session.create": "zapisanie zajęć w dzienniku",
  "session.update": "zmiana zajęć w dzienniku",
  "session.delete": "usunięcie zajęć z dziennika",
  "progress.assisted": "oznaczenie lekcji jako zrobionej z pomocą",
};

const SHOWN_EVENTS = 50;

/** The record of actions on the account, and what the person did as club staff. */
export function ActivitySections({ tables, userId }: { tables: Tables; userId: string }) {
  const events = [...tables.AuditEvent].reverse();
  const staffRows = [
    ...tables.Group.map((g) => ["grupa", g.name, formatDate(g.createdAt)]),
    ...tables.LessonPath.map((p) => ["zestaw lekcji", p.title, formatDate(p.createdAt)]),
    ...tables.ClubSession.map((s) => ["prowadzone zajęcia", s.topics, formatDate(s.date)]),
    ...tables.ClubDevice.map((d) => ["komputer klubowy", d.name, formatDate(d.createdAt)]),
    ...tables.Certificate.issued.map((c) => ["wydany certyfikat", c.number, formatDate(c.issuedAt)]),
    ...tables.Certificate.revoked.map((c) => ["unieważniony certyfikat", c.number, c.revokedAt ? formatDate(c.revokedAt) : "—"]),
    ...tables.Assignment.given.map((a) => ["przydzielone lekcje", "zestaw lekcji", formatDate(a.createdAt)]),
    ...tables.Invitation.sent.map((i) => ["wysłane zaproszenie", roleNames[i.role], formatDate(i.createdAt)]),
  ];
  return (
    <>
      <DataTable
        id="dziennik"
        title="Zapis ważnych działań na Twoim koncie"
        intro={
          <p>
            Dla bezpieczeństwa zapisujemy na przykład logowania i zmiany na koncie.{" "}
            {events.length > SHOWN_EVENTS
              ? `Tu widzisz ${SHOWN_EVENTS} najnowszych z ${countLabel(events.length, ["wpisu", "wpisów", "wpisów"])}. Wszystkie są w pliku do pobrania.`
              : null}
          </p>
        }
        columns={["Kiedy", "Co się stało", "Kto"]}
        rows={events.slice(0, SHOWN_EVENTS).map((event) => [
          formatDateTime(event.at),
          actionNames[event.action as AuditAction] ?? event.action,
          event.actorId === userId ? "Ty" : event.actorId ? "pracownik klubu" : "—",
        ])}
      />
      {tables.Invitation.received.length ? (
        <DataTable
          id="zaproszenia"
          title="Zaproszenia na Twój adres e-mail"
          columns={["Wysłane", "Rola", "Przyjęte"]}
          rows={tables.Invitation.received.map((i) => [
            formatDate(i.createdAt),
            roleNames[i.role],
            i.acceptedAt ? formatDate(i.acceptedAt) : "nie",
          ])}
        />
      ) : null}
      {staffRows.length || tables.StepProgress.stepsAssistedCount ? (
        <DataTable
          id="praca-w-klubie"
          title="Twoja praca w klubie"
          intro={
            <p>
              Rzeczy utworzone przez Ciebie jako pracownika klubu. W pliku są tylko ich numery, bez danych innych osób.
              {tables.StepProgress.stepsAssistedCount
                ? ` Twoja pomoc dla uczestników: przy ${countLabel(tables.StepProgress.stepsAssistedCount, ["kroku", "krokach", "krokach"])} lekcji.`
                : null}
            </p>
          }
          columns={["Rodzaj", "Nazwa", "Data"]}
          rows={staffRows}
        />
      ) : null}
    </>
  );
}
