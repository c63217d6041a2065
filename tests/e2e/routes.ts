// Every page of the app, one example per route pattern. Later issues add their pages here
// (with the role that may see them) instead of writing their own loops.
import { scenarios } from "../../components/simulators/registry";

export type Role = "guest" | "learner" | "educator" | "manager" | "admin" | "editor" | "coordinator";

export type AppRoute = {
  name: string;
  path: string;
  /** Pages sharing a template: the expensive theme × text-size runs take one per template. */
  template: string;
  role: Role;
  status?: number;
  /** For pages reached through links (e.g. a learner's page): the name of the link to follow, or of each in turn; the first match is followed. */
  follow?: string | RegExp | (string | RegExp)[];
};

/** A session's link in the log is its date, e.g. "12 maja 2026". */
const sessionDate = /^\d{1,2} \p{L}+ \d{4}$/u;

const lesson = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080";

/** Every screen of every practice simulator, plus its start and its end. */
const simulatorRoutes: AppRoute[] = scenarios.flatMap((scenario) => [
  { name: `simulator ${scenario.slug}: start`, path: `/cwiczenia/${scenario.slug}`, template: "simulator-start", role: "guest" as const },
  ...scenario.screens.map((screen) => ({
    name: `simulator ${scenario.slug}: ${screen.id}`,
    path: `/cwiczenia/${scenario.slug}/${screen.id}`,
    template: "simulator",
    role: "guest" as const,
  })),
  { name: `simulator ${scenario.slug}: end`, path: `/cwiczenia/${scenario.slug}/koniec`, template: "simulator-end", role: "guest" as const },
]);

export const routes: AppRoute[] = [
  { name: "home", path: "/", template: "home", role: "guest" },
  { name: "catalogue", path: "/lekcje", template: "catalogue", role: "guest" },
  { name: "module", path: "/lekcje/ikp", template: "module", role: "guest" },
  { name: "lesson", path: lesson, template: "lesson", role: "guest" },
  { name: "step", path: `${lesson}/6`, template: "step", role: "guest" },
  { name: "quiz", path: `${lesson}/quiz`, template: "quiz", role: "guest" },
  { name: "continue on a phone", path: `${lesson}/6/telefon`, template: "text", role: "guest" },
  { name: "quiz feedback", path: `${lesson}/quiz/wynik?paczka=a&jak-zglosic=c`, template: "quiz", role: "guest" },
  { name: "summary", path: `${lesson}/podsumowanie`, template: "summary", role: "guest" },
  { name: "print card", path: `${lesson}/druk`, template: "print", role: "guest" },
  { name: "glossary", path: "/slowniczek", template: "glossary", role: "guest" },
  { name: "display settings", path: "/wyglad?wroc=/lekcje", template: "form", role: "guest" },
  { name: "display settings saved", path: "/wyglad?zapisano=1&wroc=/lekcje", template: "form", role: "guest" },
  { name: "help", path: "/pomoc", template: "text", role: "guest" },
  { name: "accessibility statement", path: "/deklaracja-dostepnosci", template: "text", role: "guest" },
  { name: "privacy policy", path: "/prywatnosc", template: "text", role: "guest" },
  { name: "not found", path: "/nie-ma-takiej-strony", template: "not-found", role: "guest", status: 404 },
  { name: "sign in (learner)", path: "/logowanie", template: "form", role: "guest" },
  { name: "sign in (staff)", path: "/logowanie?rodzaj=pracownik", template: "form", role: "guest" },
  { name: "sign in with an outdated card", path: "/logowanie/karta?u=zofia.kowalska&t=nieaktualna", template: "text", role: "guest" },
  { name: "register", path: "/rejestracja", template: "form", role: "guest" },
  { name: "outdated invitation", path: "/zaproszenie/nieaktualne", template: "text", role: "guest" },
  { name: "signed out", path: "/wyloguj", template: "text", role: "guest" },
  { name: "verify a certificate", path: "/certyfikat", template: "form", role: "guest" },
  { name: "verify: unknown code", path: "/certyfikat/2345-6789-ABCD-EFGH", template: "certificate", role: "guest" },
  { name: "verify: malformed code", path: "/certyfikat/ABC-1", template: "certificate", role: "guest" },
  { name: "home (learner)", path: "/", template: "home", role: "learner" },
  { name: "sign out", path: "/wyloguj", template: "text", role: "learner" },
  { name: "my progress", path: "/moje-postepy", template: "progress", role: "learner" },
  { name: "a step (learner)", path: `${lesson}/2`, template: "step", role: "learner" },
  { name: "help with the club's contact", path: "/pomoc", template: "text", role: "learner" },
  { name: "my data", path: "/moje-dane", template: "table", role: "learner" },
  { name: "my certificates", path: "/moje-certyfikaty", template: "progress", role: "learner" },
  { name: "delete my account", path: "/moje-dane/usun", template: "form", role: "learner" },
  { name: "delete my account (staff are asked to turn to someone else)", path: "/moje-dane/usun", template: "text", role: "educator" },
  { name: "account deleted", path: "/moje-dane/usunieto", template: "text", role: "guest" },
  { name: "club home", path: "/klub", template: "dashboard", role: "educator" },
  { name: "learners", path: "/klub/uczestnicy", template: "table", role: "educator" },
  { name: "add a learner", path: "/klub/uczestnicy/nowy", template: "form", role: "educator" },
  { name: "add several learners", path: "/klub/uczestnicy/kilku", template: "form", role: "educator" },
  { name: "a learner", path: "/klub/uczestnicy", follow: "Zofia Kowalska", template: "form", role: "educator" },
  { name: "educators", path: "/klub/edukatorzy", template: "table", role: "manager" },
  { name: "progress matrix", path: "/klub/postepy", template: "matrix", role: "educator" },
  { name: "groups", path: "/klub/grupy", template: "form", role: "educator" },
  { name: "a group", path: "/klub/grupy", follow: "Wtorki 10:00 — pierwsze kroki", template: "group", role: "educator" },
  { name: "lesson paths", path: "/klub/sciezki", template: "form", role: "educator" },
  { name: "a club's path", path: "/klub/sciezki", follow: "Na zajęcia w klubie", template: "path", role: "educator" },
  { name: "club devices", path: "/klub/urzadzenia", template: "form", role: "educator" },
  { name: "sign out (learner, with sign out everywhere)", path: "/wyloguj", template: "text", role: "learner" },
  { name: "home after a club-device sign-out", path: "/?koniec=czas", template: "home", role: "guest" },
  { name: "club certificates", path: "/klub/certyfikaty", template: "certificates", role: "manager" },
  { name: "club certificates (educator)", path: "/klub/certyfikaty", template: "certificates", role: "educator" },
  { name: "club certificates, filter with a wrong date", path: "/klub/certyfikaty?od=2026-02-30", template: "certificates", role: "manager" },
  { name: "clubs", path: "/admin/kluby", template: "table", role: "admin" },
  { name: "clubs from a file", path: "/admin/kluby/import", template: "form", role: "admin" },
  { name: "editors", path: "/admin/redaktorzy", template: "form", role: "admin" },
  { name: "regional coordinators", path: "/admin/koordynatorzy", template: "form", role: "admin" },
  { name: "programme reports (the country)", path: "/raporty", template: "reports", role: "admin" },
  { name: "programme reports (coordinator of Podlaskie, last quarter)", path: "/raporty?okres=poprzedni-kwartal", template: "reports", role: "coordinator" },
  { name: "programme reports, a month that does not exist", path: "/raporty?okres=wlasny&od=2026-13&do=2026-01", template: "reports", role: "admin" },
  { name: "report a mistake", path: `${lesson}/6/zglos`, template: "form", role: "guest" },
  { name: "report a mistake: thank you", path: `${lesson}/6/zglos/dziekujemy`, template: "text", role: "guest" },
  { name: "editorial review", path: "/redakcja", template: "editorial", role: "editor" },
  { name: "the club's reports of mistakes", path: "/klub/zgloszenia", template: "text", role: "educator" },
  { name: "practice simulators", path: "/cwiczenia", template: "simulators", role: "guest" },
  // The hint, "Pokaż mi" and real-data states of a screen, on the screen template.
  { name: "simulator screen with Pokaż mi", path: "/cwiczenia/logowanie-login-gov/pz-login?pokaz=1", template: "simulator", role: "guest" },
  { name: "simulator screen with a hint", path: "/cwiczenia/logowanie-login-gov/wybor?podpowiedz=e-dowod", template: "simulator", role: "guest" },
  { name: "simulator screen after real data", path: "/cwiczenia/logowanie-login-gov/pz-login?uwaga=pesel", template: "simulator", role: "guest" },
  { name: "simulator end (learner, practice recorded)", path: "/cwiczenia/logowanie-login-gov/koniec", template: "simulator-end", role: "learner" },
  { name: "session log", path: "/klub/zajecia", template: "table", role: "educator" },
  { name: "session log (manager, filtered by educator)", path: "/klub/zajecia?miesiac=&prowadzacy=", template: "table", role: "manager" },
  { name: "new session", path: "/klub/zajecia/nowe", template: "form", role: "educator" },
  { name: "a session", path: "/klub/zajecia", follow: sessionDate, template: "session", role: "educator" },
  { name: "delete a session: are you sure", path: "/klub/zajecia", follow: [sessionDate, "Usuń te zajęcia"], template: "text", role: "manager" },
  ...simulatorRoutes,
];

/** One route per template, for the theme × text-size combinations. */
export const templateRoutes = routes.filter(
  (route, index) => routes.findIndex((other) => other.template === route.template) === index,
);

export const themes = ["standard", "high", "dark"] as const;
export const textSizes = [100, 200] as const;

export function preferencesCookie(theme: (typeof themes)[number], textSize: number) {
  return `t${textSize}.c${theme}.m0.s0`;
}
