import type { Metadata } from "next";
import Link from "next/link";
import { OperatorValue } from "@/components/help/OperatorValue";
import { formatDate } from "@/lib/format";
import { getOperator } from "@/lib/operator";

export const metadata: Metadata = { title: "Deklaracja dostępności" };

// Structure and ids follow the Minister of Digital Affairs' "Warunki techniczne publikacji oraz
// struktura dokumentu elektronicznego deklaracji dostępności" (version 2.0, 31 July 2024): the
// headings in its order, the fixed sentences of the template, and the a11y-* ids its validator
// and the ministry's monitoring read. Dates are <time datetime="YYYY-MM-DD">.

const act =
  "ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych";

function StatementDate({ id, value, label }: { id: string; value: string | null; label: string }) {
  return (
    <OperatorValue id={id} value={value} label={label}>
      {(iso) => (
        // Noon UTC keeps the calendar day in Warsaw whatever the server's zone.
        <time id={id} dateTime={iso}>
          {formatDate(new Date(`${iso}T12:00:00Z`))} r.
        </time>
      )}
    </OperatorValue>
  );
}

function telHref(phone: string): string {
  return `tel:${phone.startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;
}

// The same for everyone, so prerendered and cacheable; the operator's details (OPERATOR_*) come
// from the environment of the build and, five minutes after start at the latest, of the running app.
export const revalidate = 300;

export default async function AccessibilityStatementPage() {
  const operator = getOperator();

  const operatorName = <OperatorValue value={operator.name} label="pełna nazwa operatora" />;
  const email = (id?: string) => (
    <OperatorValue id={id} value={operator.email} label="adres e-mail">
      {(value) => (
        <a id={id} href={`mailto:${value}`} className="break-all">
          {value}
        </a>
      )}
    </OperatorValue>
  );
  const phone = (id?: string) => (
    <OperatorValue id={id} value={operator.phone} label="numer telefonu">
      {(value) => (
        <a id={id} href={telHref(value)}>
          {value}
        </a>
      )}
    </OperatorValue>
  );
  const address = <OperatorValue value={operator.address} label="adres pocztowy operatora" />;

  return (
    <div className="kc-prose">
      <h1 id="a11y-deklaracja">Deklaracja dostępności</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{operatorName}</span> zobowiązuje się zapewnić dostępność swojej{" "}
        <span id="a11y-zakres">strony internetowej</span> zgodnie z {act}. Deklaracja dostępności dotyczy strony
        internetowej{" "}
        <OperatorValue id="a11y-url" value={operator.siteUrl} label="adres strony internetowej">
          {(url) => (
            <a id="a11y-url" href={url}>
              Klub Cyfrowy ({url.replace(/^https?:\/\//, "").replace(/\/$/, "")})
            </a>
          )}
        </OperatorValue>
        .
      </p>
      <ul>
        <li>
          Data publikacji strony internetowej:{" "}
          <StatementDate id="a11y-data-publikacja" value={operator.statementPublished} label="data publikacji strony" />
        </li>
        <li>
          Data ostatniej istotnej aktualizacji:{" "}
          <StatementDate
            id="a11y-data-aktualizacja"
            value={operator.statementUpdated}
            label="data ostatniej istotnej aktualizacji"
          />
        </li>
      </ul>

      <h2>Stan dostępności cyfrowej</h2>
      <p id="a11y-status">
        Strona internetowa jest częściowo zgodna z {act} z powodu niezgodności lub wyłączeń wymienionych poniżej.
      </p>
      <p>
        Serwis projektujemy według wytycznych WCAG 2.1 i WCAG 2.2 na poziomie AA. Dwa wymagania spełniamy
        na wyższym poziomie AAA:
      </p>
      <ul>
        <li>kontrast tekstu wynosi co najmniej 7:1,</li>
        <li>przyciski i linki mają co najmniej 44 na 44 piksele.</li>
      </ul>

      <h2>Niedostępne treści</h2>
      <h3>Niezgodności</h3>
      <ul>
        <li>
          Serwisu nie sprawdziły jeszcze osoby, które na co dzień używają czytników ekranu. Testy automatyczne nie
          wykrywają wszystkich problemów. Mogą więc istnieć błędy, o których nie wiemy.
        </li>
        <li>
          Rysunki ekranów w lekcjach są uproszczonymi ilustracjami. Nie pokazują wszystkich szczegółów prawdziwej
          aplikacji czy strony. Czytniki ekranu pomijają rysunek. Pod każdym rysunkiem jest opis tekstowy, widoczny
          dla wszystkich.
        </li>
      </ul>
      <h3>Wyłączenia</h3>
      <ul>
        <li>
          Lekcje prowadzą do innych stron: urzędów (na przykład gov.pl i pacjent.gov.pl) oraz firm (na przykład
          pomocy Google i WhatsApp). Te strony nie są częścią Klubu Cyfrowego. Nie tworzymy ich i nie mamy wpływu
          na ich dostępność. Strony urzędów mają własne deklaracje dostępności.
        </li>
      </ul>

      <h2>Przygotowanie deklaracji dostępności</h2>
      <ul>
        <li>
          Data sporządzenia deklaracji:{" "}
          <StatementDate
            id="a11y-data-sporzadzenie"
            value={operator.statementPrepared}
            label="data sporządzenia deklaracji"
          />
        </li>
      </ul>
      <p id="a11y-audytor">
        Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny. Samoocenę
        przeprowadził zespół, który tworzy serwis.
      </p>
      <p>Sprawdziliśmy serwis tak:</p>
      <ul>
        <li>
          automatyczne testy narzędziem axe-core w przeglądarce Chromium, na każdym rodzaju strony, według reguł
          WCAG 2.2 AA,
        </li>
        <li>przejście całej lekcji samą klawiaturą,</li>
        <li>strony lekcji i quizu powiększone do 200% i na ekranie małego telefonu: bez przewijania w bok,</li>
        <li>przejście lekcji przy wyłączonym JavaScripcie.</li>
      </ul>

      <h2>Udogodnienia, ograniczenia i inne informacje</h2>
      <ul>
        <li>Podstawowy tekst ma 20 pikseli. Krój pisma zaprojektowano dla osób słabowidzących.</li>
        <li>
          Na stronie <Link prefetch={false} href="/wyglad">„Wygląd”</Link> zmienisz wielkość liter (100%, 125%, 150%
          albo 200%), kolory (wysoki kontrast albo ciemne tło), ilość ruchu i odstępy.
        </li>
        <li>Każdy krok lekcji to osobny ekran. Nie ma limitów czasu.</li>
        <li>
          Każdy krok lekcji można odsłuchać przyciskiem „Przeczytaj na głos”. Czytanie korzysta z głosu przeglądarki.
          Działa tylko z włączonym JavaScriptem i w przeglądarce, która ma polski głos.
        </li>
        <li>
          Trudne słowa wyjaśnia{" "}
          <Link prefetch={false} href="/slowniczek">
            słowniczek
          </Link>
          .
        </li>
        <li>Każdą lekcję można wydrukować dużą czcionką.</li>
        <li>
          Jak korzystać z serwisu, opisuje strona{" "}
          <Link prefetch={false} href="/pomoc">
            „Pomoc”
          </Link>
          .
        </li>
      </ul>

      <h2>Skróty klawiszowe</h2>
      <p>
        Serwis nie ma własnych skrótów klawiszowych. Działają zwykłe skróty przeglądarki. Pierwsze naciśnięcie
        klawisza Tab pokazuje link „Przejdź do treści”.
      </p>

      <h2>Informacje zwrotne i dane kontaktowe</h2>
      <p>Masz problem z dostępnością tej strony? Zgłoś go. Zgłoszenia przyjmuje:</p>
      <ul>
        <li>
          {/* a11y-kontakt is the 2024 template's id; a11y-osoba the earlier one, still read by older checkers. */}
          <span id="a11y-kontakt">
            <OperatorValue
              id="a11y-osoba"
              value={operator.contactPerson}
              label="osoba lub komórka przyjmująca zgłoszenia"
            />
          </span>
        </li>
        <li>e-mail: {email("a11y-email")}</li>
        <li>telefon: {phone("a11y-telefon")}</li>
      </ul>
      <p>
        Tą samą drogą możesz zażądać dostępności strony albo poprosić o informację w innej formie.
      </p>

      <h2>Obsługa wniosków i skarg związanych z dostępnością</h2>
      <div id="a11y-procedura">
        <p>Każdy ma prawo żądać, aby strona internetowa lub jej element były dostępne cyfrowo.</p>
        <p>
          Możesz też poprosić o informację w innej formie. Na przykład o odczytanie dokumentu albo opis rysunku.
        </p>
        <p>Żądanie musi zawierać:</p>
        <ul>
          <li>Twoje dane kontaktowe,</li>
          <li>adres strony albo opis elementu, który ma być dostępny,</li>
          <li>wybraną formę informacji, jeśli prosisz o inną formę.</li>
        </ul>
        <p>Spełnimy żądanie niezwłocznie, najpóźniej w ciągu 7 dni od jego otrzymania.</p>
        <p>
          Jeśli nie zdążymy, od razu Cię o tym powiadomimy. Podamy powód i nowy termin. Nowy termin nie przekroczy 2
          miesięcy od dnia żądania.
        </p>
        <p>Jeśli zapewnienie dostępności nie będzie możliwe, zaproponujemy inny sposób dostępu do informacji.</p>
        <h3>Skarga</h3>
        <p>Możesz złożyć skargę, gdy:</p>
        <ul>
          <li>odmówimy spełnienia żądania,</li>
          <li>nie dotrzymamy terminu,</li>
          <li>nie zgadzasz się na zaproponowany inny sposób dostępu.</li>
        </ul>
        <p>
          Skargę złóż do operatora serwisu: {operatorName}, {address}, e-mail: {email()}.
        </p>
        <p>
          Po wyczerpaniu tej drogi możesz złożyć wniosek do Rzecznika Praw Obywatelskich. Adres: Biuro Rzecznika
          Praw Obywatelskich, al. Solidarności 77, 00-090 Warszawa.
        </p>
        <p>
          <a className="kc-link-block" href="https://bip.brpo.gov.pl">Strona Rzecznika Praw Obywatelskich (bip.brpo.gov.pl)</a>
        </p>
      </div>

      <h2>Pozostałe informacje</h2>
      <h3>Aplikacje mobilne</h3>
      <p id="a11y-aplikacje">
        Klub Cyfrowy nie ma aplikacji mobilnej. Strona działa w przeglądarce na telefonie i tablecie.
      </p>
      <h3>Dostępność architektoniczna</h3>
      <div id="a11y-architektura">
        <p>Klub Cyfrowy to serwis internetowy. Uczysz się w domu albo w klubie.</p>
        <p>
          Kluby Rozwoju Cyfrowego działają w bibliotekach, domach kultury i na uniwersytetach trzeciego wieku.
          Dostępność budynku opisuje każdy klub. Zapytaj o nią w swoim klubie. Możesz też sprawdzić deklarację
          dostępności instytucji, w której działa klub.
        </p>
      </div>
      <h3>Dostępność komunikacyjno-informacyjna</h3>
      <div id="a11y-komunikacja">
        <p>Z operatorem serwisu skontaktujesz się:</p>
        <ul>
          <li>e-mailem: {email()},</li>
          <li>telefonicznie: {phone()},</li>
          <li>listownie: {address}.</li>
        </ul>
        <p>
          Potrzebujesz innej formy kontaktu? Na przykład tłumacza polskiego języka migowego? Napisz e-mail albo
          zadzwoń.
        </p>
        <p>W klubie pomoże Ci edukator.</p>
      </div>
    </div>
  );
}
