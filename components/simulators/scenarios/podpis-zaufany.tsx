import { oneRightChoice } from "@/lib/simulators/choices";
import type { Scenario } from "@/lib/simulators/types";
import { SimButton, SimHeading, SimPanel, SimText } from "../parts";
import { profilZaufanyLoginScreen, smsCodeScreen } from "./profil-zaufany-steps";

// Signing a file with podpis zaufany on gov.pl: choose the file, "Podpisz", log in with the
// profil zaufany, confirm with the SMS code, download the signed file.

const SMS_CODE = "735182";

const files = [
  { value: "wniosek", name: "wniosek.pdf", size: "1 MB" },
  { value: "sernik", name: "przepis-na-sernik.docx", size: "1 MB" },
  { value: "film", name: "film-z-wakacji.mp4", size: "850 MB" },
] as const;

const signatures = [
  { value: "zaufany", label: "Podpis zaufany" },
  { value: "osobisty", label: "Podpis osobisty (e-dowód)" },
  { value: "kwalifikowany", label: "Podpis kwalifikowany" },
] as const;

const chosenFile = "wniosek.pdf";
const signedFile = `${chosenFile}.xml`;

export const podpisZaufany: Scenario = {
  slug: "podpis-zaufany",
  title: "Podpisz dokument podpisem zaufanym",
  service: "gov.pl — podpis zaufany",
  device: "computer",
  lessonSlug: "podpis-elektroniczny/podpis-zaufany",
  description: "Podpisz wniosek przez internet profilem zaufanym i pobierz podpisany plik.",
  intro: [
    "Wybierzesz plik z komputera Jana. Plik może mieć najwyżej 10 MB.",
    "Klikniesz „Podpisz” i wybierzesz podpis zaufany.",
    "Zalogujesz się profilem zaufanym i przepiszesz kod z SMS-a.",
    "Pobierzesz podpisany plik i dowiesz się, który plik dać kolejnej osobie.",
  ],
  summary: [
    "Na stronie usługi klikasz „Podpisz lub sprawdź dokument”.",
    "Wybierasz właściwy plik. Plik może mieć najwyżej 10 MB.",
    "Klikasz „Podpisz” i wybierasz podpis zaufany.",
    "Logujesz się profilem zaufanym i przepisujesz kod z SMS-a. Tego kodu nikomu nie podajesz.",
    `Pobierasz podpisany plik: PDF z podpisem w środku albo plik .xml, na przykład „${signedFile}”.`,
    "Gdy ktoś ma podpisać dokument po Tobie, dajesz mu plik .xml.",
    "Podpis zaufany działa wobec urzędów jak podpis odręczny. Podpisuj tylko to, co rozumiesz.",
  ],
  stages: ["Plik", "Rodzaj podpisu", "Logowanie", "Pobranie"],
  screens: [
    {
      id: "usluga",
      stage: 0,
      task: "Jesteś na stronie usługi do podpisywania na gov.pl. Kliknij „Podpisz lub sprawdź dokument”.",
      showMe: "Kliknij przycisk „Podpisz lub sprawdź dokument”.",
      hints: {
        wyniki: "Jesteś już na właściwej stronie. Nie musisz wracać. Kliknij „Podpisz lub sprawdź dokument”.",
        inne: "Kliknij „Podpisz lub sprawdź dokument”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Podpisz dokument elektronicznie – wykorzystaj podpis zaufany</SimHeading>
          <SimText>Podpiszesz tu plik przez internet. Sprawdzisz też podpis pod dokumentem, który do Ciebie przyszedł.</SimText>
          <SimText muted>Do podpisu potrzebujesz profilu zaufanego.</SimText>
          <SimButton value="podpisz-lub-sprawdz" highlight={showMe}>
            Podpisz lub sprawdź dokument
          </SimButton>
          <SimButton value="wyniki" variant="plain">
            Wróć do wyników wyszukiwania
          </SimButton>
        </>
      ),
      answer: ({ choice }) =>
        choice === "podpisz-lub-sprawdz" ? { next: "wybierz-plik" } : { hint: choice === "wyniki" ? "wyniki" : "inne" },
    },
    {
      id: "wybierz-plik",
      stage: 0,
      task: `Jan chce podpisać wniosek do urzędu. W okienku z plikami jego komputera wybierz „${chosenFile}”.`,
      showMe: `Kliknij plik „${chosenFile}”. To pierwszy plik na liście.`,
      hints: {
        "za-duzy": `Ten plik ma 850 MB. Usługa przyjmuje pliki do 10 MB. Wybierz „${chosenFile}” — ma 1 MB.`,
        "inny-plik": `To przepis na sernik, nie wniosek. Podpisuj tylko ten dokument, który chcesz wysłać. Wybierz „${chosenFile}”.`,
        inne: `Wybierz plik „${chosenFile}”.`,
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Dodaj plik do podpisu</SimHeading>
          <SimText muted>Plik do 10 MB. Na przykład PDF, DOCX, JPG albo XML.</SimText>
          <SimPanel title="Wybierz plik — folder „Dokumenty” na komputerze Jana" tone="prompt">
            {files.map((file) => (
              <SimButton key={file.value} value={file.value} variant="secondary" highlight={showMe && file.value === "wniosek"}>
                {file.name} — {file.size}
              </SimButton>
            ))}
          </SimPanel>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "wniosek") return { next: "podpisz" };
        if (choice === "film") return { hint: "za-duzy" };
        return { hint: choice === "sernik" ? "inny-plik" : "inne" };
      },
    },
    {
      id: "podpisz",
      stage: 1,
      task: "Przeczytaj jeszcze raz dokument. To właściwy plik? Kliknij „Podpisz”.",
      showMe: "Kliknij przycisk „Podpisz” pod nazwą pliku.",
      hints: {
        sprawdz: "„Sprawdź podpis” pokazuje, kto podpisał dokument, który do Ciebie przyszedł. Wniosek Jana nie ma jeszcze podpisu. Kliknij „Podpisz”.",
        inne: "Kliknij „Podpisz”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Wybrany plik</SimHeading>
          <SimPanel title={`${chosenFile} — 1 MB`}>
            <SimText>Wniosek do urzędu gminy. Wnioskodawca: Jan Przykładowy, ul. Ćwiczebna 1, Warszawa.</SimText>
          </SimPanel>
          <SimText muted>Podpis zaufany działa wobec urzędów jak podpis odręczny.</SimText>
          <div className="flex flex-wrap gap-x-3">
            <SimButton value="podpisz" highlight={showMe}>
              Podpisz
            </SimButton>
            <SimButton value="sprawdz" variant="secondary">
              Sprawdź podpis
            </SimButton>
          </div>
        </>
      ),
      answer: oneRightChoice("podpisz", "rodzaj", ["sprawdz"]),
    },
    {
      id: "rodzaj",
      stage: 1,
      task: "Jan ma profil zaufany. Wybierz „Podpis zaufany”.",
      showMe: "Kliknij „Podpis zaufany”. To pierwszy przycisk na liście.",
      hints: {
        osobisty: "Do podpisu osobistego potrzebny jest e-dowód z certyfikatem i 6-cyfrowy PIN2. Jan ich nie ma. Wybierz „Podpis zaufany”.",
        kwalifikowany: "Podpis kwalifikowany jest płatny i kupuje się go w specjalnej firmie. Jan go nie ma. Wybierz „Podpis zaufany”.",
        inne: "Wybierz „Podpis zaufany”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Jak chcesz podpisać dokument?</SimHeading>
          {signatures.map((signature) => (
            <SimButton key={signature.value} value={signature.value} variant="secondary" highlight={showMe && signature.value === "zaufany"}>
              {signature.label}
            </SimButton>
          ))}
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "zaufany") return { next: "logowanie" };
        return { hint: choice === "osobisty" || choice === "kwalifikowany" ? choice : "inne" };
      },
    },
    profilZaufanyLoginScreen({ id: "logowanie", stage: 2, next: "kod-sms", press: "kliknij", purpose: `Logujesz się, żeby podpisać: ${chosenFile}` }),
    smsCodeScreen({
      id: "kod-sms",
      stage: 2,
      next: "pobierz",
      press: "kliknij",
      code: SMS_CODE,
      smsFor: `Podpisanie dokumentu: ${chosenFile}.`,
      heading: "Potwierdź podpis",
      task: "Tego kodu nigdy nikomu nie podawaj.",
      children: <SimText>Ktoś dzwoni i prosi o ten kod? To oszust. Rozłącz się.</SimText>,
    }),
    {
      id: "pobierz",
      stage: 3,
      task: "Dokument jest podpisany. Zapisz podpisany plik na komputerze: kliknij „Pobierz”.",
      showMe: "Kliknij przycisk „Pobierz” pod nazwą podpisanego pliku.",
      hints: {
        zamknij: "Podpisany plik nie jest jeszcze zapisany na komputerze. Najpierw kliknij „Pobierz”.",
        inne: "Kliknij „Pobierz”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Dokument został podpisany</SimHeading>
          <SimPanel title={signedFile}>
            <SimText>Podpisany plik może mieć jedną z dwóch postaci:</SimText>
            <ul className="my-1 list-disc pl-6 text-lg">
              <li>plik PDF z podpisem w środku,</li>
              <li>plik .xml, na przykład „{signedFile}”.</li>
            </ul>
            <SimText>Ma podpisać jeszcze ktoś? Daj tej osobie plik .xml.</SimText>
          </SimPanel>
          <div className="flex flex-wrap gap-x-3">
            <SimButton value="pobierz" highlight={showMe}>
              Pobierz
            </SimButton>
            <SimButton value="zamknij" variant="secondary">
              Zamknij
            </SimButton>
          </div>
        </>
      ),
      answer: oneRightChoice("pobierz", "koniec", ["zamknij"]),
    },
  ],
};
