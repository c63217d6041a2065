import type { PersonalData } from "@/lib/account/export";
import { formatDate, formatDateTime, formatMinutes } from "@/lib/format";
import { findScenario } from "@/components/simulators/registry";
import { statusLabels } from "@/lib/content-reports/review";
import { DataTable } from "./DataTable";

type Tables = PersonalData["tables"];

const yesNo = (value: boolean) => (value ? "tak" : "nie");

/** Lessons given, steps and lessons done, quizzes, time spent, certificates, club sessions. */
const endReasons: Record<string, string> = {
  "sign-out": "wylogowanie",
  idle: "brak ruchu",
  "device-revoked": "komputer odłączony od klubu",
  everywhere: "wylogowanie wszędzie",
};

export function LearningSections({ tables, titles }: { tables: Tables; titles: Map<string, string> }) {
  const title = (slug: string | null) => (slug ? (titles.get(slug) ?? slug) : "—");
  const simulatorTitle = (slug: string) => findScenario(slug)?.title ?? slug;

  // Finished steps are many small rows: one line per lesson reads better (the file has them all).
  const steps = new Map<string, { count: number; last: Date }>();
  for (const step of tables.StepProgress.own) {
    const seen = steps.get(step.lessonSlug);
    steps.set(step.lessonSlug, {
      count: (seen?.count ?? 0) + 1,
      last: seen && seen.last > step.completedAt ? seen.last : step.completedAt,
    });
  }

  return (
    <>
      <DataTable
        id="przydzielone"
        title="Lekcje przydzielone przez edukatora"
        columns={["Zestaw lekcji", "Klub", "Przydzielono", "Termin"]}
        rows={tables.Assignment.received.map((a) => [
          a.pathTitle,
          a.clubName,
          formatDate(a.createdAt),
          a.dueDate ? formatDate(a.dueDate) : "bez terminu",
        ])}
      />
      <DataTable
        id="ukonczone-lekcje"
        title="Ukończone lekcje"
        columns={["Lekcja", "Kiedy", "Z pomocą edukatora"]}
        rows={tables.LessonCompletion.map((c) => [title(c.lessonSlug), formatDate(c.completedAt), yesNo(c.assisted)])}
      />
      <DataTable
        id="kroki"
        title="Ukończone kroki lekcji"
        columns={["Lekcja", "Ukończone kroki", "Ostatni krok"]}
        rows={[...steps].map(([slug, { count, last }]) => [title(slug), String(count), formatDateTime(last)])}
      />
      <DataTable
        id="quizy"
        title="Odpowiedzi w quizach"
        intro={<p>Twoje odpowiedzi na każde pytanie są w pliku do pobrania.</p>}
        columns={["Lekcja", "Kiedy", "Dobre odpowiedzi", "Zaliczony"]}
        rows={tables.QuizAttempt.map((q) => [
          title(q.lessonSlug),
          formatDateTime(q.createdAt),
          `${q.correctCount} z ${q.questionCount}`,
          yesNo(q.passed),
        ])}
      />
      <DataTable
        id="cwiczenia"
        title="Ćwiczenia bez ryzyka"
        intro={<p>Zapisujemy tylko, że ćwiczenie zostało ukończone. Tego, co wpisujesz w ćwiczeniach, nie zapisujemy nigdzie.</p>}
        columns={["Ćwiczenie", "Z lekcji", "Ile razy", "Ostatnio"]}
        rows={tables.PracticeResult.map((p) => [
          simulatorTitle(p.simulatorSlug),
          title(p.lessonSlug),
          String(p.timesCompleted),
          formatDateTime(p.lastCompletedAt),
        ])}
      />
      <DataTable
        id="zgloszenia"
        title="Zgłoszone błędy w lekcjach"
        intro={<p>To, co napisano przez „Coś się nie zgadza? Napisz nam”, i odpowiedź redakcji.</p>}
        columns={["Lekcja", "Kiedy", "Co się nie zgadza", "Stan", "Odpowiedź"]}
        rows={tables.ContentReport.map((r) => [title(r.lessonSlug), formatDateTime(r.createdAt), r.problem, statusLabels[r.status], r.reply ?? "—"])}
      />
      <DataTable
        id="nauka"
        title="Czas nauki"
        intro={<p>Każdy wiersz to jedno posiedzenie przy lekcjach: kiedy się zaczęło i kiedy był ostatni ruch.</p>}
        columns={["Początek", "Ostatnia czynność", "Komputer w klubie", "Ostatnia lekcja"]}
        rows={tables.LearningVisit.map((v) => [
          formatDateTime(v.startedAt),
          formatDateTime(v.lastActivityAt),
          v.clubDeviceName ?? "nie",
          title(v.lastLessonSlug),
        ])}
      />
      <DataTable
        id="komputery-klubu"
        title="Logowania na komputerach klubu"
        intro={<p>Na komputerze klubu wylogowujemy po chwili bez ruchu, żeby następna osoba nie zobaczyła Twoich danych.</p>}
        columns={["Komputer", "Zalogowanie", "Ostatnia czynność", "Koniec"]}
        rows={tables.DeviceSession.map((d) => [
          d.clubDeviceName,
          formatDateTime(d.startedAt),
          formatDateTime(d.lastActivityAt),
          d.endedAt ? `${formatDateTime(d.endedAt)} (${endReasons[d.endReason ?? ""] ?? "zakończone"})` : "trwa",
        ])}
      />
      <DataTable
        id="certyfikaty"
        title="Twoje certyfikaty"
        columns={["Za ukończenie", "Numer", "Kod do sprawdzenia", "Wydany", "Stan"]}
        rows={tables.Certificate.held.map((c) => [
          c.subjectTitle,
          c.number,
          c.verificationCode,
          formatDate(c.issuedAt),
          c.revokedAt ? `unieważniony ${formatDate(c.revokedAt)}` : "ważny",
        ])}
      />
      <DataTable
        id="zajecia"
        title="Obecność na zajęciach w klubie"
        columns={["Dzień", "Temat", "Czas trwania", "Potrzebna pomoc"]}
        rows={tables.ClubSessionAttendance.map((a) => [
          formatDate(a.sessionDate),
          a.sessionTopics,
          formatMinutes(a.sessionDurationMinutes),
          yesNo(a.neededHelp),
        ])}
      />
    </>
  );
}
