import { countLabel, formatDate, formatDateTime, formatMinutes } from "@/lib/format";
import type { TimelineEvent } from "@/lib/reports/timeline";

/** Each event in words with an icon that only repeats what the words say. */
function describe(event: TimelineEvent): { icon: string; text: string } {
  switch (event.kind) {
    case "visit":
      return { icon: "•", text: `Nauka przez ${formatMinutes(event.minutes)}${event.onClubDevice ? " na komputerze klubu" : ""}` };
    case "steps":
      return {
        icon: "→",
        text: `${countLabel(event.count, ["krok", "kroki", "kroków"])} w lekcji „${event.lessonTitle}”${event.assisted ? ` (z pomocą: ${event.assisted})` : ""}`,
      };
    case "quiz":
      return { icon: event.passed ? "✓" : "✕", text: `Quiz w lekcji „${event.lessonTitle}”: ${event.correct} z ${event.of} — ${event.passed ? "zaliczony" : "niezaliczony"}` };
    case "completion":
      return { icon: "★", text: `Ukończona lekcja „${event.lessonTitle}”${event.assisted ? " z pomocą" : " samodzielnie"}` };
    case "session":
      return { icon: "▣", text: `Zajęcia w klubie (${formatMinutes(event.minutes)}): ${event.topics}${event.neededHelp ? " — z pomocą edukatora" : ""}` };
    case "practice":
      return { icon: "✎", text: `Ćwiczenie bez ryzyka do lekcji „${event.lessonTitle}”: ukończone ${countLabel(event.times, ["raz", "razy", "razy"])}` };
    case "certificate":
      return { icon: "◆", text: `Certyfikat „${event.title}”, nr ${event.number}${event.revoked ? " (unieważniony)" : ""}` };
  }
}

export function LearnerTimeline({ events }: { events: TimelineEvent[] }) {
  if (!events.length) return <p>Ta osoba jeszcze nie zaczęła nauki.</p>;
  return (
    <ol className="list-none p-0">
      {events.map((event, index) => {
        const { icon, text } = describe(event);
        return (
          <li key={index} className="mb-2 border-l-4 border-line pl-3">
            <span className="block text-muted">{event.kind === "certificate" || event.kind === "session" ? formatDate(event.at) : formatDateTime(event.at)}</span>
            <span aria-hidden="true">{icon} </span>
            {text}
          </li>
        );
      })}
    </ol>
  );
}
