import { render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { LearnerSignInForm } from "@/components/auth/SignInForms";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

// Usability walk, item 7: a wrong PIN on the card's page showed the error twice, on another page.

describe("the learner's sign-in form after a wrong PIN", () => {
  const message = signInErrorMessage("CredentialsSignin", "card")!;

  it("on the card's page: greets her by name and says the message once, the PIN field pointing at it", async () => {
    const { container } = render(
      <main>
        <LearnerSignInForm csrfToken="t" callbackUrl="/" username="genowefa.testowa" cardHolder="Genowefa Testowa" cardToken="abc" error={message} />
      </main>,
    );
    expect(screen.getByText("Genowefa Testowa")).toBeTruthy();
    expect(screen.getAllByText(message)).toHaveLength(1);
    expect(message).toMatch(/^Ten PIN się nie zgadza/);
    const pin = screen.getByLabelText("PIN (6 cyfr)");
    expect(pin.getAttribute("aria-invalid")).toBe("true");
    expect(pin).toHaveAccessibleDescription(expect.stringContaining(message));
    expect((container.querySelector("input[name=card]") as HTMLInputElement).value).toBe("abc");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("on the generic page: the same single message, and the username kept", () => {
    render(<LearnerSignInForm csrfToken="t" callbackUrl="/" username="jozef.lewandowski" error={signInErrorMessage("CredentialsSignin", "learner")} />);
    expect(screen.getAllByText(/Nazwa użytkownika albo PIN się nie zgadzają/)).toHaveLength(1);
    expect(screen.getByLabelText("Nazwa użytkownika")).toHaveProperty("value", "jozef.lewandowski");
  });

  it("without an error: no summary, and the PIN field is not marked wrong", () => {
    render(<LearnerSignInForm csrfToken="t" callbackUrl="/" username="" cardHolder="Genowefa Testowa" cardToken="abc" error={null} />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByLabelText("PIN (6 cyfr)").getAttribute("aria-invalid")).toBeNull();
  });
});
