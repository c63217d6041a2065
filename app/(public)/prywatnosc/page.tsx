import type { Metadata } from "next";
import Link from "next/link";
import { OperatorValue } from "@/components/help/OperatorValue";
import { getOperator, type LegalBasisLetter } from "@/lib/operator";

export const metadata: Metadata = { title: "Polityka prywatności" };

const sections = [
  { id: "administrator", title: "Kto odpowiada za Twoje dane" },
  { id: "jakie-dane", title: "Jakie dane mamy" },
  { id: "po-co", title: "Po co nam dane i na jakiej podstawie" },
  { id: "jak-dlugo", title: "Jak długo przechowujemy dane" },
  { id: "kto-widzi", title: "Kto widzi Twoje dane" },
  { id: "prawa", title: "Twoje prawa" },
  { id: "ciasteczka", title: "Ciasteczka (pliki cookies)" },
  { id: "kontakt", title: "Kontakt" },
] as const;

function title(id: (typeof sections)[number]["id"]) {
  return sections.find((section) => section.id === id)!.title;
}

/** What each letter of art. 6 ust. 1 RODO means, in plain words. */
const basisExplained: Record<LegalBasisLetter, string> = {
  a: "Twoja zgoda. Możesz ją cofnąć w każdej chwili.",
  b: "umowa. Dane są potrzebne, aby prowadzić Twoje konto i lekcje.",
  c: "obowiązek prawny, który musimy spełnić.",
  d: "ochrona czyjegoś życia lub zdrowia.",
  e: "zadanie w interesie publicznym. Prowadzimy publiczny program nauki.",
  f: "nasz prawnie uzasadniony interes, na przykład bezpieczeństwo kont.",
};

const letterList = new Intl.ListFormat("pl", { type: "conjunction" });

function telHref(phone: string): string {
  return `tel:${phone.startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;
}

// The same for everyone, so prerendered and cacheable; the operator's details (OPERATOR_*) come
// from the environment of the build and, five minutes after start at the latest, of the running app.
export const revalidate = 300;

export default async function PrivacyPolicyPage() {
  const operator = getOperator();
  const basis = operator.legalBasis;
  // Some rights depend on the legal basis (art. 20 and 21 RODO); until the operator confirms
  // it, every right is listed.
  const has = (...letters: LegalBasisLetter[]) => !basis || letters.some((letter) => basis.includes(letter));

  const operatorName = <OperatorValue value={operator.name} label="pełna nazwa administratora" />;
  const address = <OperatorValue value={operator.address} label="adres pocztowy administratora" />;
  const email = (
    <OperatorValue value={operator.email} label="adres e-mail administratora">
      {(value) => (
        <a href={`mailto:${value}`} className="break-all">
          {value}
        </a>
      )}
    </OperatorValue>
  );

  return (
    <div className="kc-prose">
      <h1>Polityka prywatności</h1>
      <p className="text-xl">Tu wyjaśniamy, jakie dane o Tobie mamy i co z nimi robimy.</p>
      <nav aria-label="Spis treści" className="mb-8">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="inline-flex min-h-11 items-center">
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="administrator">{title("administrator")}</h2>
      <p>
        Administratorem Twoich danych osobowych jest {operatorName}, {address}.
      </p>
      <p>Administrator decyduje, po co i jak używamy danych. Odpowiada też za ich bezpieczeństwo.</p>
      <p>
        Masz pytanie o swoje dane? Napisz do inspektora ochrony danych:{" "}
        <OperatorValue value={operator.dpoEmail} label="adres e-mail inspektora ochrony danych">
          {(value) => (
            <a href={`mailto:${value}`} className="break-all">
              {value}
            </a>
          )}
        </OperatorValue>
        .
      </p>

      <h2 id="jakie-dane">{title("jakie-dane")}</h2>
      <h3>Jeśli uczysz się w klubie</h3>
      <p>Zapisujemy:</p>
      <ul>
        <li>imię i nazwisko albo inną nazwę, którą widzi edukator,</li>
        <li>nazwę użytkownika, którą wpisujesz przy logowaniu,</li>
        <li>zabezpieczony skrót PIN-u (samego PIN-u nie zapisujemy),</li>
        <li>skrót kodu z karty logowania, jeśli edukator ją wydrukuje,</li>
        <li>kluby i grupy, do których należysz,</li>
        <li>lekcje, które przydzielił Ci edukator,</li>
        <li>postęp w lekcjach: ukończone kroki i lekcje,</li>
        <li>odpowiedzi i wyniki quizów,</li>
        <li>czas nauki: kiedy się uczysz i czy na komputerze w klubie,</li>
        <li>obecność na zajęciach w klubie i to, czy potrzebna była pomoc,</li>
        <li>certyfikaty: imię i nazwisko, co ukończono, czas nauki, daty, numer i kod do sprawdzenia,</li>
        <li>ustawienia wyglądu: wielkość liter, kolory, ruch i odstępy.</li>
      </ul>
      <p>Z zabezpieczonego skrótu nie da się odczytać PIN-u.</p>
      <h3>Jeśli pracujesz w klubie</h3>
      <p>Zapisujemy:</p>
      <ul>
        <li>imię i nazwisko,</li>
        <li>służbowy adres e-mail,</li>
        <li>zabezpieczony skrót hasła (samego hasła nie zapisujemy),</li>
        <li>Twoje role w klubach i zajęcia, które prowadzisz.</li>
      </ul>
      <h3>Dla bezpieczeństwa</h3>
      <p>
        Zapisujemy ważne działania na kontach. Na przykład założenie konta albo wydanie certyfikatu. Zapisujemy,
        kto, co i kiedy zrobił. Zapisujemy też datę ostatniej wizyty na koncie.
      </p>
      <h3>Czego nie zbieramy</h3>
      <p>Nie prosimy o numer PESEL, datę urodzenia ani adres zamieszkania.</p>

      <h2 id="po-co">{title("po-co")}</h2>
      <p>Używamy danych, aby:</p>
      <ul>
        <li>prowadzić Twoje konto i lekcje,</li>
        <li>zapamiętać Twój postęp w nauce,</li>
        <li>edukator widział Twoje postępy i mógł Ci pomóc,</li>
        <li>wydawać certyfikaty i pozwolić je sprawdzić,</li>
        <li>chronić konta przed nadużyciami,</li>
        <li>liczyć zbiorcze wyniki programu, bez imion i nazwisk.</li>
      </ul>
      <p>
        Dane przetwarzamy na podstawie art. 6 ust. 1 lit.{" "}
        <OperatorValue
          value={basis ? letterList.format(basis) : null}
          label="litera lub litery podstawy prawnej, na przykład e"
        />{" "}
        RODO. RODO to unijne przepisy o ochronie danych osobowych.
      </p>
      {basis ? (
        <ul>
          {basis.map((letter) => (
            <li key={letter}>
              Litera {letter} to {basisExplained[letter]}
            </li>
          ))}
        </ul>
      ) : null}
      <p>Podanie danych jest dobrowolne. Bez nich nie możemy jednak prowadzić Twojego konta.</p>
      <p>Żadnej decyzji o Tobie nie podejmuje sam komputer. Nie tworzymy Twojego profilu reklamowego.</p>

      <h2 id="jak-dlugo">{title("jak-dlugo")}</h2>
      <ul>
        <li>Przechowujemy dane, dopóki masz konto.</li>
        <li>
          Gdy konto zostanie usunięte, usuwamy Twoje dane: konto, postęp w nauce, odpowiedzi w quizach, obecność na
          zajęciach i zapisy o Twoim koncie.
        </li>
        <li>
          Certyfikat można dalej sprawdzić po jego kodzie. Zostaje jego numer, kod, to, co ukończono, czas nauki, daty
          i klub, który go wydał. Nie pokaże już jednak Twojego imienia i nazwiska. Strona sprawdzania powie tylko, że
          osoba usunęła konto. Dzięki temu nikt nie uzna wydanego certyfikatu za fałszywy.
        </li>
        <li>Zapiszemy tylko, że w klubie usunięto jakieś konto. Bez imienia, nazwiska ani nazwy użytkownika.</li>
      </ul>

      <h2 id="kto-widzi">{title("kto-widzi")}</h2>
      <ul>
        <li>Edukatorzy i kierownik Twojego klubu. Widzą Twoje postępy, aby Ci pomagać.</li>
        <li>Osoby z innych klubów nie widzą Twoich danych.</li>
        <li>Administratorzy serwisu widzą tylko zbiorcze liczby o nauce, bez imion i nazwisk.</li>
        <li>
          Osoba, która zna kod Twojego certyfikatu, może go sprawdzić. Zobaczy Twoje imię i nazwisko albo inicjały —
          wybierasz to na stronie „Moje certyfikaty”.
        </li>
        <li>Firmy, które na nasze zlecenie utrzymują serwery. Działają tylko na nasze polecenie.</li>
      </ul>
      <p>Nie sprzedajemy danych. Nie pokazujemy reklam.</p>

      <h2 id="prawa">{title("prawa")}</h2>
      <p>Masz prawo:</p>
      <ul>
        <li>wiedzieć, jakie dane o Tobie mamy,</li>
        <li>dostać kopię swoich danych,</li>
        <li>poprawić dane, które są błędne,</li>
        <li>żądać usunięcia danych,</li>
        <li>żądać ograniczenia tego, co robimy z danymi,</li>
        {has("e", "f") ? <li>sprzeciwić się używaniu danych,</li> : null}
        {has("a", "b") ? <li>dostać swoje dane w pliku, aby przenieść je gdzie indziej,</li> : null}
        {basis?.includes("a") ? <li>cofnąć zgodę w każdej chwili,</li> : null}
        <li>złożyć skargę do Prezesa Urzędu Ochrony Danych Osobowych.</li>
      </ul>
      <p>
        Swoje dane możesz zobaczyć i pobrać samodzielnie, po zalogowaniu, na stronie{" "}
        <Link prefetch={false} href="/moje-dane">
          „Moje dane”
        </Link>
        . Tam możesz też usunąć swoje konto. Konto pracownika klubu usuwa kierownik klubu albo administrator.
      </p>
      <p>
        Aby skorzystać z pozostałych praw, napisz do nas: {email}. Możesz też poprosić o pomoc edukatora w klubie.
      </p>
      <h3>Skarga do Prezesa Urzędu Ochrony Danych Osobowych</h3>
      <p>
        Uważasz, że źle używamy Twoich danych? Możesz złożyć skargę. Adres: Urząd Ochrony Danych Osobowych, ul.
        Stawki 2, 00-193 Warszawa.
      </p>
      <p>
        <a className="kc-link-block" href="https://uodo.gov.pl">Strona Urzędu Ochrony Danych Osobowych (uodo.gov.pl)</a>
      </p>

      <h2 id="ciasteczka">{title("ciasteczka")}</h2>
      <p>Ciasteczko to mały plik. Strona zapisuje go w Twojej przeglądarce. Używamy tylko tych ciasteczek:</p>
      <dl>
        <div className="mb-4">
          <dt className="font-bold">Ciasteczko logowania</dt>
          <dd className="m-0">Powstaje, gdy się zalogujesz. Dzięki niemu strona wie, że to Ty.</dd>
        </div>
        <div className="mb-4">
          <dt className="font-bold">Ciasteczko „kc-wyglad”</dt>
          <dd className="m-0">
            Zapamiętuje ustawienia ze strony <Link prefetch={false} href="/wyglad">„Wygląd”</Link>: wielkość liter,
            kolory, ruch i odstępy.
          </dd>
        </div>
        <div className="mb-4">
          <dt className="font-bold">Ciasteczko komputera klubowego</dt>
          <dd className="m-0">
            Jest tylko na komputerach w klubie. Dzięki niemu wylogujemy Cię tam szybciej. Tak chronimy Twoje konto
            przed następną osobą przy komputerze.
          </dd>
        </div>
      </dl>
      <p>Te ciasteczka są potrzebne, aby strona działała. Dlatego nie prosimy o zgodę.</p>
      <p>Nie używamy ciasteczek reklamowych ani śledzących.</p>

      <h2 id="kontakt">{title("kontakt")}</h2>
      <ul>
        <li>Administrator: {operatorName}</li>
        <li>Adres: {address}</li>
        <li>E-mail: {email}</li>
        <li>
          Telefon:{" "}
          <OperatorValue value={operator.phone} label="numer telefonu administratora">
            {(value) => <a href={telHref(value)}>{value}</a>}
          </OperatorValue>
        </li>
        <li>
          Inspektor ochrony danych:{" "}
          <OperatorValue value={operator.dpoEmail} label="adres e-mail inspektora ochrony danych">
            {(value) => (
              <a href={`mailto:${value}`} className="break-all">
                {value}
              </a>
            )}
          </OperatorValue>
        </li>
      </ul>
    </div>
  );
}
