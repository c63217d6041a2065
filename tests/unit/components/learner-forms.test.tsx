import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { LearnerBatchForm } from "@/components/club/LearnerBatchForm";
import { NewLearnerForm } from "@/components/club/LearnerForms";
import type { FormState } from "@/lib/forms";

const groups = [{ id: "g1", name: "Wtorki 10:00" }];
const question = "Jest już Genowefa Testowa (genowefa.testowa). To inna osoba? Jeśli tak, zaznacz „To inna osoba — dodaj” i wyślij formularz jeszcze raz.";

async function submit(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("NewLearnerForm", () => {
  it("asks whether a namesake is another person, sends the confirmation with the form, and passes axe", async () => {
    const action = jest.fn(async (_state: FormState<unknown>, form: FormData): Promise<FormState<never>> =>
      form.get("potwierdzam") === "tak"
        ? { status: "failed", errors: {}, values: {}, message: "Coś poszło nie tak — spróbuj ponownie." }
        : { status: "invalid", errors: { potwierdzam: question }, values: { displayName: String(form.get("displayName")), username: "", groupId: "" } },
    );
    const { container } = render(
      <main>
        <NewLearnerForm action={action} groups={groups} />
      </main>,
    );
    expect(screen.queryByLabelText("To inna osoba — dodaj")).toBeNull();
    fireEvent.change(screen.getByLabelText("Imię i nazwisko"), { target: { value: "Genowefa Testowa" } });
    await submit("Dodaj uczestnika");
    await waitFor(() => expect(screen.getByRole("heading", { name: /Popraw, proszę/ })).toHaveFocus());
    expect(screen.getByRole("link", { name: question })).toHaveAttribute("href", "#potwierdzam-0");
    const box = screen.getByLabelText("To inna osoba — dodaj");
    expect(box).toHaveAttribute("type", "checkbox");
    expect(box).not.toBeChecked();
    expect(screen.getByLabelText("Imię i nazwisko")).toHaveValue("Genowefa Testowa");
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(box);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the button ignores a second click within a second
    await submit("Dodaj uczestnika");
    expect(action).toHaveBeenCalledTimes(2);
    expect(action.mock.calls[1]![1].get("potwierdzam")).toBe("tak");
  });

  it("opens the new learner's card in a new tab, so the PIN stays on the page", async () => {
    const action = jest.fn(async (): Promise<FormState<{ id: string; displayName: string; username: string; pin: string }>> => ({
      status: "done",
      errors: {},
      values: {},
      result: { id: "u1", displayName: "Genowefa Testowa", username: "genowefa.testowa", pin: "402913" },
    }));
    const { container } = render(
      <main>
        <NewLearnerForm action={action} groups={[]} />
      </main>,
    );
    fireEvent.change(screen.getByLabelText("Imię i nazwisko"), { target: { value: "Genowefa Testowa" } });
    await submit("Dodaj uczestnika");
    const print = await screen.findByRole("button", { name: "Wydrukuj kartę do logowania" });
    const form = print.closest("form")!;
    expect(form).toHaveAttribute("action", "/klub/karty");
    expect(form).toHaveAttribute("method", "post");
    expect(form).toHaveAttribute("target", "_blank");
    expect(form.querySelector<HTMLInputElement>("input[name=learnerId]")!.value).toBe("u1");
    expect(screen.getByText("402913")).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("LearnerBatchForm", () => {
  it("sends the names with its one-off key, asks about namesakes with a box to tick, and passes axe", async () => {
    const action = jest.fn(async (_state: FormState<unknown>, form: FormData): Promise<FormState<never>> => ({
      status: "invalid",
      errors: { potwierdzam: "Jan Nowy jest na liście 2 razy. To różne osoby? Jeśli tak, zaznacz „To różne osoby — dodaj wszystkich” i wyślij formularz jeszcze raz." },
      values: { imiona: String(form.get("imiona")), klucz: String(form.get("klucz")), groupId: "", potwierdzam: "" },
    }));
    const { container } = render(
      <main>
        <LearnerBatchForm action={action} groups={groups} formKey="klucz-formularza-123456" max={30} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
    const names = screen.getByLabelText("Imiona i nazwiska");
    expect(names.tagName).toBe("TEXTAREA");
    fireEvent.change(names, { target: { value: "Jan Nowy\nJan Nowy" } });
    await submit("Dodaj uczestników");
    await waitFor(() => expect(screen.getByRole("heading", { name: /Popraw, proszę/ })).toHaveFocus());
    expect(Object.fromEntries(action.mock.calls[0]![1].entries())).toMatchObject({ imiona: "Jan Nowy\nJan Nowy", klucz: "klucz-formularza-123456", groupId: "" });
    expect(screen.getByLabelText("To różne osoby — dodaj wszystkich")).not.toBeChecked();
    expect(screen.getByLabelText("Imiona i nazwiska")).toHaveValue("Jan Nowy\nJan Nowy");
    // The same key goes back with the confirmation: still one form, created once.
    expect(container.querySelector<HTMLInputElement>("input[name=klucz]")!.value).toBe("klucz-formularza-123456");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows the PINs once with one print button for all the cards, opening in a new tab", async () => {
    const learners = [
      { id: "u1", displayName: "Anna Nowak", username: "anna.nowak", pin: "402913" },
      { id: "u2", displayName: "Jan Nowy", username: "jan.nowy", pin: "817204" },
    ];
    const action = jest.fn(async (): Promise<FormState<{ learners: typeof learners }>> => ({ status: "done", errors: {}, values: {}, result: { learners } }));
    const { container } = render(
      <main>
        <LearnerBatchForm action={action} groups={[]} formKey="klucz-formularza-123456" max={30} />
      </main>,
    );
    fireEvent.change(screen.getByLabelText("Imiona i nazwiska"), { target: { value: "Anna Nowak\nJan Nowy" } });
    await submit("Dodaj uczestników");
    const table = await screen.findByRole("table", { name: "Nowe konta i ich PIN-y" });
    expect(within(table).getAllByRole("row").map((row) => row.textContent)).toEqual(["Imię i nazwiskoNazwa użytkownikaPIN", "Anna Nowakanna.nowak402913", "Jan Nowyjan.nowy817204"]);
    expect(screen.getByText(/nie zobaczysz ich\s+ponownie/)).toBeVisible();
    const form = screen.getByRole("button", { name: "Wydrukuj karty do logowania (2)" }).closest("form")!;
    expect(form).toHaveAttribute("target", "_blank");
    expect([...form.querySelectorAll<HTMLInputElement>("input[name=learnerId]")].map((input) => input.value)).toEqual(["u1", "u2"]);
    expect(await axe(container)).toHaveNoViolations();
  });
});
