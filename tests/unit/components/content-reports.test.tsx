import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { axe } from "jest-axe";
import { ReportMistakeForm } from "@/components/content-reports/ReportMistakeForm";
import { reportFields } from "@/lib/content-reports/fields";
import type { FormState } from "@/lib/forms";

const place = { lessonSlug: "internet-i-bezpieczenstwo/oszustwa-sms-8080", stepId: "co-robic", version: "0123456789abcdef" };

describe("ReportMistakeForm", () => {
  it("asks only what is wrong and what the screen shows, says not to type personal data, and passes axe", async () => {
    const { container } = render(
      <main>
        <ReportMistakeForm action={jest.fn()} {...place} />
      </main>,
    );
    const form = container.querySelector("form")!;
    // Exactly these fields: where (hidden) and the two texts. No name, e-mail, phone or PESEL.
    const names = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[name], textarea[name], select[name]")].map((field) => field.name);
    expect(names.sort()).toEqual([...reportFields].sort());
    expect([...form.querySelectorAll("input")].every((input) => input.type === "hidden")).toBe(true);
    expect(form.querySelector<HTMLInputElement>("input[name=wersja]")!.value).toBe(place.version);
    expect(screen.getByText("Nie wpisuj tu imienia, numeru PESEL ani telefonu.")).toBeVisible();
    const problem = screen.getByLabelText("Co się nie zgadza?");
    expect(problem.tagName).toBe("TEXTAREA");
    expect(problem).toHaveAttribute("maxlength", "1000");
    expect(problem).toBeRequired();
    expect(screen.getByLabelText(/Co widzisz zamiast tego na ekranie\?/)).not.toBeRequired();
    expect(screen.getByRole("button", { name: "Wyślij zgłoszenie" })).toHaveAttribute("type", "submit");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("after a refused post shows what to fix, focuses the summary, and keeps what was typed", async () => {
    const action = jest.fn(async (_state: FormState, form: FormData): Promise<FormState> => ({
      status: "invalid",
      errors: { problem: "Napisz, co się nie zgadza — wystarczy jedno zdanie." },
      values: { problem: String(form.get("problem")), ekran: String(form.get("ekran")) },
    }));
    const { container } = render(
      <main>
        <ReportMistakeForm action={action} {...place} />
      </main>,
    );
    fireEvent.change(screen.getByLabelText(/Co widzisz zamiast tego/), { target: { value: "Napis „Zaloguj przez bank”" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Wyślij zgłoszenie" }));
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: /Popraw, proszę/ })).toHaveFocus());
    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]![1];
    expect(Object.fromEntries(sent.entries())).toEqual({ lekcja: place.lessonSlug, krok: place.stepId, wersja: place.version, problem: "", ekran: "Napis „Zaloguj przez bank”" });
    expect(screen.getByLabelText(/Co widzisz zamiast tego/)).toHaveValue("Napis „Zaloguj przez bank”");
    expect(screen.getByLabelText("Co się nie zgadza?")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("link", { name: "Napisz, co się nie zgadza — wystarczy jedno zdanie." })).toHaveAttribute("href", "#problem");
    expect(await axe(container)).toHaveNoViolations();
  });
});
