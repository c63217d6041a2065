/** @jest-environment node */
import { cardRetryLocation, cardSignInHref } from "@/lib/auth/card-sign-in";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

describe("a failed sign-in from the login card's page", () => {
  const card = { username: "genowefa.testowa", card: "Xk3vQ9aPzL2mN8rT" };

  it("goes back to the card's page with the error, not to the generic sign-in page", () => {
    const nextAuthError = "http://localhost:3000/api/auth/error?error=CredentialsSignin&provider=learner";
    expect(cardRetryLocation(card, nextAuthError)).toBe("/logowanie/karta?u=genowefa.testowa&t=Xk3vQ9aPzL2mN8rT&error=CredentialsSignin");
    expect(cardRetryLocation(card, "/logowanie?error=zablokowane:2026-12-03T12:00:00.000Z")).toBe(
      cardSignInHref(card.username, card.card, "zablokowane:2026-12-03T12:00:00.000Z"),
    );
  });

  it("leaves a successful sign-in and forms without a card alone", () => {
    expect(cardRetryLocation(card, "http://localhost:3000/")).toBeNull();
    expect(cardRetryLocation({ username: "genowefa.testowa", card: null }, "/api/auth/error?error=CredentialsSignin")).toBeNull();
    expect(cardRetryLocation({ username: "a\u0000b", card: "x" }, "/api/auth/error?error=CredentialsSignin")).toBeNull();
  });

  it("words a wrong PIN for the card (the name is right), a lock as for any learner", () => {
    expect(signInErrorMessage("CredentialsSignin", "card")).toMatch(/^Ten PIN się nie zgadza\..*edukator w klubie może ustawić nowy/);
    const now = new Date("2026-12-03T11:50:00.000Z");
    expect(signInErrorMessage("zablokowane:2026-12-03T12:00:00.000Z", "card", now)).toMatch(/za 10 min.*edukator w klubie/);
  });
});
