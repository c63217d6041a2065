import type { Metadata } from "next";
import Link from "next/link";
import { ClubContact } from "@/components/help/ClubContact";
import { audienceClasses } from "@/lib/audience";

export const metadata: Metadata = { title: "Pomoc" };

const topics = [
  { id: "jak-sie-uczyc", title: "Jak uczyć się w Klubie Cyfrowym" },
  { id: "powiekszanie", title: "Jak powiększyć tekst" },
  { id: "czytanie-na-glos", title: "Jak odsłuchać krok lekcji" },
  { id: "trudne-slowa", title: "Trudne słowa" },
  { id: "kogo-zapytac", title: "Kogo poprosić o pomoc" },
  { id: "oszustwa", title: "Oszustwa: co robić" },
  { id: "moje-dane", title: "Twoje dane i konto" },
] as const;

function topic(id: (typeof topics)[number]["id"]) {
  return topics.find((candidate) => candidate.id === id)!.title;
}

function Key({ children }: { children: string }) {
  return <kbd className="rounded border-2 border-line bg-surface px-1.5 font-sans font-bold">{children}</kbd>;
}

// The same page for everyone (prerendered): a signed-in person's own club is one link away,
// on /pomoc/moj-klub.
export default function HelpPage() {
  return (
    <div className="kc-prose">
      <h1>Pomoc</h1>
      <p className="text-xl">Tu znajdziesz odpowiedzi na częste pytania. Wybierz temat.</p>
      <nav aria-label="Tematy pomocy" className="mb-8">
        <ul>
          {topics.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`} className="inline-flex min-h-11 items-center">
                {item.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section>
        <h2 id="jak-sie-uczyc">{topic("jak-sie-uczyc")}</h2>
        <p>Lekcja składa się z kroków. Każdy krok to osobny ekran.</p>
        <ol>
          <li>
            Otwórz <Link prefetch={false} href="/lekcje">listę lekcji</Link>.
          </li>
          <li>Wybierz temat, a potem lekcję.</li>
          <li>Przeczytaj krok. Potem naciśnij przycisk „Dalej”.</li>
          <li>Chcesz wrócić? Naciśnij przycisk „Wstecz”.</li>
          <li>Na końcu lekcji odpowiesz na kilka pytań.</li>
        </ol>
        <h3>Bez pośpiechu</h3>
        <ul>
          <li>Nic tu nie zepsujesz. Ćwiczenia są bezpieczne.</li>
          <li>Nie ma limitu czasu. Czytaj tak długo, jak chcesz.</li>
          <li>Możesz przerwać w każdej chwili. Wrócisz, kiedy zechcesz.</li>
          <li>Pomyłka w pytaniach to nic złego. Możesz spróbować jeszcze raz.</li>
        </ul>
      </section>

      <section>
        <h2 id="powiekszanie">{topic("powiekszanie")}</h2>
        <p>Masz dwa sposoby. Wybierz ten, który jest dla Ciebie wygodniejszy.</p>
        <h3>Ustawienia „Wygląd”</h3>
        <p>
          Otwórz stronę <Link prefetch={false} href="/wyglad">„Wygląd”</Link>. Możesz tam zmienić:
        </p>
        <ul>
          <li>wielkość liter: 100%, 125%, 150% albo 200%,</li>
          <li>kolory: zwykłe, wysoki kontrast albo ciemne tło,</li>
          <li>ruch na ekranie: może go być mniej,</li>
          <li>odstępy: więcej miejsca między wierszami i literami.</li>
        </ul>
        <p>Strona zapamięta Twój wybór na tym urządzeniu.</p>
        <h3>Powiększenie w przeglądarce</h3>
        <h4 className="mt-4 mb-2 text-xl font-bold">Na komputerze</h4>
        <ol>
          <li>
            Przytrzymaj klawisz <Key>Ctrl</Key>.
          </li>
          <li>
            Naciśnij klawisz <Key>+</Key>. Każde naciśnięcie trochę powiększa stronę.
          </li>
          <li>
            Aby pomniejszyć, naciśnij <Key>Ctrl</Key> i <Key>-</Key>.
          </li>
          <li>
            Zwykły rozmiar wróci po naciśnięciu <Key>Ctrl</Key> i <Key>0</Key>.
          </li>
        </ol>
        <p>
          Na komputerze Apple zamiast <Key>Ctrl</Key> naciśnij <Key>Cmd</Key>.
        </p>
        <h4 className="mt-4 mb-2 text-xl font-bold">Na telefonie i tablecie</h4>
        <ol>
          <li>Połóż dwa palce na ekranie.</li>
          <li>Rozsuń palce. Strona się powiększy.</li>
          <li>Zsuń palce, aby pomniejszyć stronę.</li>
        </ol>
      </section>

      <section>
        <h2 id="czytanie-na-glos">{topic("czytanie-na-glos")}</h2>
        <p>Każdy krok lekcji można odsłuchać.</p>
        <ol>
          <li>Otwórz krok lekcji.</li>
          <li>Naciśnij przycisk „Przeczytaj na głos”.</li>
          <li>Komputer albo telefon przeczyta tekst tego kroku.</li>
          <li>Aby przerwać, naciśnij „Wstrzymaj czytanie” albo „Zatrzymaj”.</li>
        </ol>
        <p>Nic nie słychać? Sprawdź, czy dźwięk jest włączony. Możesz też założyć słuchawki.</p>
        <p>
          Niektóre przeglądarki nie mają polskiego głosu. Zobaczysz wtedy komunikat. Spróbuj w innej przeglądarce,
          na przykład Chrome albo Edge.
        </p>
      </section>

      <section>
        <h2 id="trudne-slowa">{topic("trudne-slowa")}</h2>
        <p>Nie rozumiesz jakiegoś słowa? Wyjaśniamy je prostym językiem.</p>
        <ul>
          <li>Pod krokiem lekcji jest ramka „Słowa z tego kroku”.</li>
          <li>
            Wszystkie słowa znajdziesz w{" "}
            <Link prefetch={false} href="/slowniczek">
              słowniczku trudnych słów
            </Link>
            .
          </li>
        </ul>
      </section>

      <section>
        <h2 id="kogo-zapytac">{topic("kogo-zapytac")}</h2>
        <p>Najlepiej zapytaj edukatora w swoim klubie. Edukator prowadzi zajęcia i pomaga uczestnikom.</p>
        <div className={audienceClasses.guest}>
          <ClubContact />
        </div>
        <p className={audienceClasses.account}>
          <Link prefetch={false} href="/pomoc/moj-klub" className="inline-flex min-h-11 items-center">
            Telefon, adres i godziny otwarcia Twojego klubu
          </Link>
        </p>
      </section>

      <section>
        <h2 id="oszustwa">{topic("oszustwa")}</h2>
        <p className="rounded-md border-2 border-warning bg-warning-bg p-4 text-ink">
          <strong>W niebezpieczeństwie dzwoń na numer alarmowy 112.</strong>
        </p>

        <h3>Podejrzany SMS</h3>
        <p>Nie otwieraj linku z wiadomości. Zgłoś SMS na numer 8080.</p>
        <p>Numer 8080 należy do CERT Polska. To zespół, który chroni polski internet przed oszustami.</p>
        <ol>
          <li>Przytrzymaj palec na wiadomości.</li>
          <li>Wybierz „Przekaż”.</li>
          <li>Wpisz numer 8080 i wyślij.</li>
          <li>Usuń wiadomość albo zablokuj nadawcę.</li>
        </ol>
        <p>Przekaż całą wiadomość, razem z linkiem. Nie rób zrzutu ekranu.</p>
        <p>
          Więcej dowiesz się z lekcji{" "}
          <Link prefetch={false} href="/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080">
            „Rozpoznaj fałszywego SMS-a i zgłoś go na 8080”
          </Link>
          .
        </p>

        <h3>Podejrzany e-mail, strona albo sklep</h3>
        <p>
          Zgłoś to na stronie CERT Polska:{" "}
          <a href="https://incydent.cert.pl" className="break-all">
            incydent.cert.pl
          </a>
          .
        </p>
        <p>W aplikacji mObywatel możesz też wybrać usługę „Bezpiecznie w sieci”.</p>

        <h3>Telefon „na wnuczka” albo „na policjanta”</h3>
        <ul>
          <li>Policja nigdy nie prosi o pieniądze.</li>
          <li>Rozłącz się.</li>
          <li>Zadzwoń do bliskiej osoby na numer, który znasz.</li>
          <li>Jeśli grozi Ci niebezpieczeństwo, dzwoń na 112.</li>
        </ul>

        <h3>Telefon z „banku”</h3>
        <p>
          Ktoś z „banku” prosi, aby zainstalować program, na przykład AnyDesk? To zawsze oszustwo. Rozłącz
          się.
        </p>
        <p>Adresy stron banku i urzędów wpisuj samodzielnie. Nie otwieraj linków z wiadomości.</p>
      </section>

      <section>
        <h2 id="moje-dane">{topic("moje-dane")}</h2>
        <p>
          Po zalogowaniu otwórz stronę <Link prefetch={false} href="/moje-dane">„Moje dane”</Link>. Link do niej jest też
          na samym dole każdej strony.
        </p>
        <ul>
          <li>Zobaczysz tam wszystko, co o Tobie zapisaliśmy.</li>
          <li>Możesz pobrać te dane jako plik.</li>
          <li>Możesz usunąć swoje konto. Najpierw wyjaśnimy, co się wtedy stanie.</li>
        </ul>
        <p>
          Więcej przeczytasz w <Link prefetch={false} href="/prywatnosc">polityce prywatności</Link>.
        </p>
      </section>
    </div>
  );
}
