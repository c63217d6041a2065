import { render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { Source, Tip, Warning } from "@/components/lesson/Callouts";
import { CheckAddress } from "@/components/lesson/CheckAddress";
import { ExplanationView, OptionView, QuestionView, QuizForm } from "@/components/lesson/Quiz";
import { UNDRAWABLE_SYMBOL } from "@/lib/content/pictograms";
import { Screen, ScreenAddress, ScreenButton, ScreenField, ScreenIcon, ScreenMessage, ScreenText } from "@/components/lesson/Screen";
import { StepBody, StepWords } from "@/components/lesson/Step";
import { StepNavigation } from "@/components/lesson/StepNavigation";
import { Term } from "@/components/lesson/Term";
import type { QuizQuestion } from "@/lib/content/analyse";

const question: QuizQuestion = {
  id: "paczka",
  prompt: "Dostajesz SMS o dopłacie do paczki. Co robisz?",
  options: [
    { value: "a", text: "Płacę", correct: false, explanation: "To oszustwo." },
    { value: "b", text: "Przekazuję na 8080", correct: true, explanation: "Dobrze." },
  ],
};

function QuizExample({ answers }: { answers?: Record<string, string> }) {
  return (
    <QuizForm lessonSlug="x/y">
      <QuestionView number={1} prompt={question.prompt} question={question} answers={answers}>
        {question.options.map((option) => (
          <OptionView key={option.value} question="paczka" value={option.value} answers={answers}>
            {option.text}
            {answers?.paczka === option.value ? (
              <ExplanationView correct={option.correct}>{option.explanation}</ExplanationView>
            ) : null}
          </OptionView>
        ))}
      </QuestionView>
    </QuizForm>
  );
}

describe("Step", () => {
  it("lists the words of the step with their explanations, reachable from a Term", async () => {
    const { container } = render(
      <main>
        <StepBody>
          <p>
            Otwórz <Term id="aplikacja">aplikację</Term>.
          </p>
        </StepBody>
        <StepWords terms={[{ id: "aplikacja", word: "aplikacja", explanation: "Program w telefonie.", file: "x" }]} />
      </main>,
    );
    expect(screen.getByRole("link", { name: "aplikację" })).toHaveAttribute("href", "#slowo-aplikacja");
    expect(container.querySelector("#slowo-aplikacja")).toHaveTextContent("Program w telefonie.");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("offers Wstecz as a link and Dalej as a form that records the step", async () => {
    const { container } = render(<StepNavigation back={{ href: "/a/1" }} done={{ lessonSlug: "a/b", stepId: "drugi" }} />);
    expect(screen.getByRole("link", { name: /Wstecz/ })).toHaveAttribute("href", "/a/1");
    const dalej = screen.getByRole("button", { name: /Dalej/ });
    const form = dalej.closest("form")!;
    expect(form).toHaveAttribute("method", "post");
    expect(form).toHaveAttribute("action", "/api/postep/krok");
    expect(Object.fromEntries(new FormData(form).entries())).toEqual({ lekcja: "a/b", krok: "drugi" });
    expect(await axe(container)).toHaveNoViolations();
  });

  it("remembers a guest's step in the browser when Dalej is pressed", async () => {
    window.localStorage.clear();
    render(
      <StepNavigation
        back={{ href: "/a/1" }}
        done={{ lessonSlug: "a/b", stepId: "drugi", guestResume: { href: "/lekcje/a/b/3", title: "Lekcja B", label: "Krok 3" } }}
      />,
    );
    const form = screen.getByRole("button", { name: /Dalej/ }).closest("form")!;
    // jsdom does not navigate; the submit event is what matters here.
    form.addEventListener("submit", (event) => event.preventDefault(), { once: true });
    form.requestSubmit();
    expect(JSON.parse(window.localStorage.getItem("kc-postepy")!)).toMatchObject({
      v: 1,
      steps: { "a/b": ["drugi"] },
      last: { lesson: "a/b", step: "drugi" },
    });
  });
});

describe("Tip, Warning and Source", () => {
  it("say what they are in words, not only by colour", async () => {
    const { container } = render(
      <main>
        <Tip>Możesz wrócić.</Tip>
        <Warning title="Tak wygląda oszustwo">Nie naciskaj linku.</Warning>
        <Source href="https://incydent.cert.pl">CERT Polska</Source>
      </main>,
    );
    expect(screen.getByRole("complementary", { name: "Wskazówka" })).toHaveTextContent("Możesz wrócić.");
    expect(screen.getByRole("complementary", { name: "Uwaga: Tak wygląda oszustwo" })).toHaveTextContent("Nie naciskaj linku.");
    expect(screen.getByRole("link", { name: /CERT Polska/ })).toHaveAttribute("href", "https://incydent.cert.pl");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("CheckAddress", () => {
  it("teaches the e-mail rule with the traps that beat a weaker one, as a named list", async () => {
    const { container } = render(<main><CheckAddress kind="email" /></main>);
    const box = screen.getByRole("complementary", { name: "Jak sprawdzić adres nadawcy" });
    expect(within(box).getAllByRole("listitem").length).toBeGreaterThanOrEqual(5);
    expect(box).toHaveTextContent("po znaku @");
    expect(box).toHaveTextContent(/„\.gov\.pl” — z\skropką przed „gov”/);
    expect(box).toHaveTextContent("…@mojgov.pl nie jest adresem urzędu");
    expect(box).toHaveTextContent("zus.pl");
    expect(box).toHaveTextContent("Nie dzwoń pod numer podany");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("teaches the web rule: the part before the first single slash ends exactly in .gov.pl", async () => {
    const { container } = render(<main><CheckAddress kind="web" /></main>);
    const box = screen.getByRole("complementary", { name: "Jak sprawdzić adres strony" });
    expect(box).toHaveTextContent("pierwszy pojedynczy ukośnik");
    expect(box).toHaveTextContent("dokładnie na „.gov.pl”");
    expect(box).toHaveTextContent("login.gov.pl.xyz.com to nie jest strona urzędu");
    expect(box).toHaveTextContent(".gov.pl-zwrot.com");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("Screen", () => {
  it("hides the drawing from screen readers and gives its description as text", async () => {
    const { container } = render(
      <main>
        <Screen device="phone" title="Wiadomości" description="Lista SMS-ów. Przycisk „Przekaż” jest zaznaczony.">
          <ScreenAddress>pacjent.gov.pl</ScreenAddress>
          <ScreenMessage from="Nieznany">Dopłać 1,99 zł</ScreenMessage>
          <ScreenText>Tekst</ScreenText>
          <ScreenField label="Numer" value="8080" />
          <ScreenIcon>Aparat</ScreenIcon>
          <ScreenButton highlight>Przekaż</ScreenButton>
        </Screen>
      </main>,
    );
    const figure = screen.getByRole("figure");
    expect(within(figure).getByText(/Lista SMS-ów/)).toBeVisible();
    expect(container.querySelector("[aria-hidden='true']")).toHaveTextContent("Przekaż");
    expect(container.querySelector("[aria-hidden='true']")).toHaveTextContent("tutaj");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("draws icons instead of typing symbols a font may lack: app icons by name, an initial for others, a button's icon", async () => {
    const { container } = render(
      <main>
        <Screen device="computer" title="Pulpit komputera" description="Pulpit z ikoną „Przeglądarka”.">
          <ScreenIcon>Kosz</ScreenIcon>
          <ScreenIcon highlight>Przeglądarka</ScreenIcon>
          <ScreenIcon>mObywatel</ScreenIcon>
          <ScreenButton icon="kosz">Kosz</ScreenButton>
        </Screen>
      </main>,
    );
    const drawing = container.querySelector("[aria-hidden='true']")!;
    // Two app icons and the button's icon are drawn; mObywatel shows its initial; no box is empty.
    expect(drawing.querySelectorAll("svg")).toHaveLength(3);
    const boxes = [...drawing.querySelectorAll(".rounded-xl")];
    expect(boxes).toHaveLength(3);
    for (const box of boxes) expect(box.querySelector("svg") ?? box.textContent?.trim()).toBeTruthy();
    expect(boxes[2]).toHaveTextContent("m");
    // Only our own marker "← tutaj" (an arrow every system font has) may stay a character.
    expect(drawing.textContent?.replace("← tutaj", "")).not.toMatch(UNDRAWABLE_SYMBOL);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("Quiz", () => {
  it("asks each question as a group of radio buttons in a form, with no time limit", async () => {
    const { container } = render(<QuizExample />);
    const group = screen.getByRole("group", { name: /Pytanie 1\. Dostajesz SMS/ });
    expect(within(group).getAllByRole("radio")).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Sprawdź odpowiedzi" })).toBeInTheDocument();
    expect(container.querySelector("form")).toHaveAttribute("action", "/api/postep/quiz");
    expect(container.querySelector("form")).toHaveAttribute("method", "post");
    expect(container.querySelector('input[name="lekcja"]')).toHaveValue("x/y");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("answers a wrong choice kindly, with its explanation, and keeps the choice to change", async () => {
    const { container } = render(<QuizExample answers={{ paczka: "a" }} />);
    expect(screen.getByText(/Tym razem nie\. Nic się nie stało/)).toBeInTheDocument();
    expect(screen.getByText("To oszustwo.")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /Płacę/ })).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("confirms a right choice", () => {
    render(<QuizExample answers={{ paczka: "b" }} />);
    expect(screen.getByText("Dobrze!")).toBeInTheDocument();
    expect(screen.getByText(/Dlaczego dobrze/)).toBeInTheDocument();
  });
});
