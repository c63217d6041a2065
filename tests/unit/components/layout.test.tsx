import { render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";

function Page() {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id="tresc">
        <h1>Treść</h1>
      </main>
      <SiteFooter />
    </>
  );
}

describe("the page frame", () => {
  it("starts with a skip link to the main content", () => {
    render(<Page />);
    const links = screen.getAllByRole("link");
    expect(links[0]).toHaveTextContent("Przejdź do treści");
    expect(links[0]).toHaveAttribute("href", "#tresc");
  });

  it("names the product and offers the main navigation with help", () => {
    render(<Page />);
    expect(screen.getByRole("link", { name: "Klub Cyfrowy" })).toHaveAttribute("href", "/");
    // One menu in two forms (CSS shows one): a row of links, and the same links behind „Menu”.
    const [wide, compact] = screen.getAllByRole("navigation", { name: "Menu główne" });
    for (const nav of [wide!, compact!]) {
      expect(within(nav).getByRole("link", { name: "Lekcje" })).toHaveAttribute("href", "/lekcje");
      expect(within(nav).getByRole("link", { name: "Potrzebujesz pomocy?" })).toHaveAttribute("href", "/pomoc");
    }
    const details = compact!.closest("details");
    expect(details).not.toBeNull();
    expect(details!.querySelector("summary")).toHaveTextContent("Menu");
    expect(wide!.closest("details")).toBeNull();
  });

  it("links to help, the accessibility statement and the privacy policy in the footer", () => {
    render(<Page />);
    const footer = screen.getByRole("navigation", { name: "Informacje o serwisie" });
    expect(within(footer).getByRole("link", { name: "Pomoc" })).toHaveAttribute("href", "/pomoc");
    expect(within(footer).getByRole("link", { name: "Deklaracja dostępności" })).toHaveAttribute(
      "href",
      "/deklaracja-dostepnosci",
    );
    expect(within(footer).getByRole("link", { name: "Polityka prywatności" })).toHaveAttribute("href", "/prywatnosc");
  });

  it("marks what only some visitors see, for /wyglad.css to show (the HTML is the same for everyone)", () => {
    render(<Page />);
    const audienceOf = (name: RegExp | string) =>
      screen.getAllByRole("link", { name }).map((link) => link.closest("li")?.className.match(/kc-for-[a-z-]+/)?.[0] ?? "everyone");
    expect(audienceOf("Zaloguj się")).toEqual(["kc-for-guest", "kc-for-guest"]);
    expect(audienceOf(/^Wyloguj się ?, zalogowano jako/)).toEqual(["kc-for-home-session", "kc-for-home-session"]);
    expect(audienceOf(/^Zakończ i wyloguj ?, zalogowano jako/)).toEqual(["kc-for-club-device", "kc-for-club-device"]);
    expect(audienceOf("Moje postępy")).toEqual(["kc-for-account", "kc-for-account"]);
    expect(audienceOf("Mój klub")).toEqual(["kc-for-staff", "kc-for-staff"]);
    expect(audienceOf("Kluby")).toEqual(["kc-for-admin", "kc-for-admin"]);
    expect(audienceOf("Redakcja")).toEqual(["kc-for-editor", "kc-for-editor"]);
    expect(audienceOf("Raporty")).toEqual(["kc-for-reports", "kc-for-reports"]);
    expect(audienceOf("Koordynatorzy")).toEqual(["kc-for-admin", "kc-for-admin"]);
    expect(audienceOf("Moje dane")).toEqual(["kc-for-account"]);
    expect(audienceOf("Lekcje")).toEqual(["everyone", "everyone"]);
    // The wrappers carry no display class of their own: /wyglad.css gives them back their natural one.
    for (const item of document.querySelectorAll('[class*="kc-for-"]')) expect(item.className).not.toMatch(/\b(flex|inline-flex|grid|block|hidden)\b/);
  });

  it("has no axe violations", async () => {
    const { container } = render(<Page />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
