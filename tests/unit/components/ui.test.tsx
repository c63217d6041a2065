import { fireEvent, render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { ChoiceGroup, TextField } from "@/components/ui/Field";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { Tile } from "@/components/ui/Tile";

describe("Button", () => {
  it("ignores a second click within a second (shaky hands, double submits)", () => {
    const onClick = jest.fn();
    const now = jest.spyOn(Date, "now");
    render(<Button onClick={onClick}>Zapisz</Button>);
    const button = screen.getByRole("button", { name: "Zapisz" });
    now.mockReturnValue(10_000);
    fireEvent.click(button);
    now.mockReturnValue(10_400);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    now.mockReturnValue(11_200);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(2);
    now.mockRestore();
  });

  it("is a real button (Space and Enter work) that does not submit forms unless asked", async () => {
    const { container } = render(
      <main>
        <Button>Dalej</Button>
        <Button type="submit" variant="secondary">
          Wyślij
        </Button>
        <LinkButton href="/lekcje">Zacznij naukę</LinkButton>
      </main>,
    );
    expect(screen.getByRole("button", { name: "Dalej" })).toHaveAttribute("type", "button");
    expect(screen.getByRole("button", { name: "Wyślij" })).toHaveAttribute("type", "submit");
    expect(screen.getByRole("link", { name: "Zacznij naukę" })).toHaveClass("min-h-12");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("TextField", () => {
  it("has a visible label, a hint and an inline error tied to the input", async () => {
    const { container } = render(
      <main>
        <TextField id="imie" label="Imię i nazwisko" hint="Tak, jak ma być na certyfikacie." error="Wpisz imię i nazwisko." defaultValue="" />
      </main>,
    );
    const input = screen.getByLabelText("Imię i nazwisko");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("Tak, jak ma być na certyfikacie. Błąd: Wpisz imię i nazwisko.");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("keeps what was typed", () => {
    render(<TextField id="login" label="Nazwa użytkownika" defaultValue="zofia.kowalska" />);
    expect(screen.getByLabelText("Nazwa użytkownika")).toHaveValue("zofia.kowalska");
  });
});

describe("ChoiceGroup", () => {
  it("groups radio buttons under a legend, each labelled", async () => {
    const { container } = render(
      <main>
        <ChoiceGroup
          id="kolory"
          legend="Kolory"
          type="radio"
          name="contrast"
          hint="Wybierz jedno."
          options={[
            { value: "standard", label: "Zwykłe", checked: true },
            { value: "dark", label: "Ciemne tło", hint: "Biały tekst na czarnym tle." },
          ]}
        />
      </main>,
    );
    const group = screen.getByRole("group", { name: "Kolory" });
    expect(within(group).getByLabelText("Zwykłe")).toBeChecked();
    expect(within(group).getByLabelText(/Ciemne tło/)).not.toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("ErrorSummary", () => {
  it("takes focus, announces itself and links to each field", async () => {
    const { container } = render(
      <main>
        <ErrorSummary errors={[{ field: "pin", message: "PIN ma 6 cyfr." }]} />
        <TextField id="pin" label="PIN" error="PIN ma 6 cyfr." />
      </main>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("PIN ma 6 cyfr.");
    expect(screen.getByRole("heading", { name: /Popraw, proszę, jedną rzecz/ })).toHaveFocus();
    fireEvent.click(screen.getByRole("link", { name: "PIN ma 6 cyfr." }));
    expect(screen.getByLabelText("PIN")).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows nothing when there is nothing to fix", () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("Notice, Tile, ProgressBar and Breadcrumbs", () => {
  it("say what they are in words and pass axe", async () => {
    const { container } = render(
      <main>
        <Notice kind="success" title="zapisano">
          <p>Ustawienia zapisane.</p>
        </Notice>
        <Tile href="/lekcje/ikp" title="Internetowe Konto Pacjenta" meta="4 lekcje">
          <p>E-recepta i e-skierowanie.</p>
        </Tile>
        <ProgressBar value={3} max={8} label="Krok 3 z 8" />
        <Breadcrumbs items={[{ href: "/lekcje", label: "Lekcje" }]} />
        <table className="kc-table">
          <caption>Postępy grupy</caption>
          <thead>
            <tr>
              <th scope="col">Osoba</th>
              <th scope="col">Lekcje</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Zofia Kowalska</th>
              <td>3 z 4</td>
            </tr>
          </tbody>
        </table>
      </main>,
    );
    expect(screen.getByText("Gotowe: zapisano")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Internetowe Konto Pacjenta" })).toHaveAttribute("href", "/lekcje/ikp");
    expect(screen.getByRole("progressbar", { name: "Postęp w lekcji" })).toHaveAttribute("aria-valuetext", "Krok 3 z 8");
    expect(screen.getByRole("navigation", { name: "Jesteś tutaj" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("FormProblems", () => {
  it("lists what to fix, linked to the fields, and apologises for our own errors", async () => {
    const { FormProblems } = await import("@/components/ui/FormProblems");
    const { container, rerender } = render(
      <main>
        <FormProblems state={{ status: "invalid", errors: { email: "Wpisz adres e-mail." }, values: {} }} fieldIds={{ email: "zaproszenie-email" }} />
        <TextField id="zaproszenie-email" label="Adres e-mail" />
      </main>,
    );
    expect(screen.getByRole("link", { name: "Wpisz adres e-mail." })).toHaveAttribute("href", "#zaproszenie-email");
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <main>
        <FormProblems state={{ status: "failed", errors: {}, values: {}, message: "Coś poszło nie tak — spróbuj ponownie." }} />
      </main>,
    );
    expect(screen.getByText("Coś poszło nie tak — spróbuj ponownie.")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
