import { render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";

function Page() {
  return (
    <>
      <SkipLink />
      <SiteHeader actor={null} />
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
    expect(within(footer).queryByRole("link", { name: "Moje dane" })).toBeNull();
  });

  it("shows a signed-in person where their own data is", () => {
    render(<SiteFooter signedIn />);
    expect(screen.getByRole("link", { name: "Moje dane" })).toHaveAttribute("href", "/moje-dane");
  });

  it("offers sign-in to guests, and sign-out and the club to staff", () => {
    const { unmount } = render(<SiteHeader actor={null} />);
    const signIn = screen.getAllByRole("link", { name: "Zaloguj się" });
    expect(signIn).toHaveLength(2);
    for (const link of signIn) expect(link).toHaveAttribute("href", "/logowanie");
    expect(screen.queryByRole("link", { name: "Mój klub" })).toBeNull();
    unmount();
    render(
      <SiteHeader
        actor={{ userId: "u", displayName: "Marek Nowak", username: "marek.nowak", isAdmin: false, activeClubId: "c", memberships: [{ clubId: "c", clubName: "Klub", role: "EDUCATOR" }] }}
      />,
    );
    expect(screen.getAllByRole("link", { name: /Wyloguj się.*Marek Nowak/ })).toHaveLength(2);
    const club = screen.getAllByRole("link", { name: "Mój klub" });
    expect(club).toHaveLength(2);
    for (const link of club) expect(link).toHaveAttribute("href", "/klub");
  });

  it("has no axe violations", async () => {
    const { container } = render(<Page />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
