import { render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { ClubContact } from "@/components/help/ClubContact";
import { OperatorValue } from "@/components/help/OperatorValue";

const club = {
  name: "Klub Rozwoju Cyfrowego w Gminnej Bibliotece Publicznej w Lipowej",
  phone: "+48 33 812 34 56",
  email: "klub@biblioteka-lipowa.example.pl",
  openingHours: "wtorek i czwartek 10:00–18:00",
  address: "ul. Szkolna 1, 34-324 Lipowa",
};

describe("ClubContact", () => {
  it("shows the club's name, a phone link, an e-mail link, opening hours and the address", async () => {
    const { container } = render(<ClubContact clubContact={club} />);
    expect(screen.getByText(club.name)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: club.phone })).toHaveAttribute("href", "tel:+48338123456");
    expect(screen.getByRole("link", { name: club.email })).toHaveAttribute("href", `mailto:${club.email}`);
    expect(screen.getByText(club.openingHours)).toBeInTheDocument();
    expect(screen.getByText(club.address)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("leaves out what the club has not given, without empty labels", async () => {
    const { container } = render(<ClubContact clubContact={{ name: club.name, phone: null, email: " ", openingHours: null }} />);
    expect(screen.getByText(club.name)).toBeInTheDocument();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(screen.queryByText("Telefon")).not.toBeInTheDocument();
    expect(screen.queryByText("Adres")).not.toBeInTheDocument();
    expect(screen.getByText(/Zapytaj o kontakt edukatora/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("says where the details will appear when no club is known", async () => {
    const { container } = render(<ClubContact />);
    expect(screen.getByText(/Gdy się zalogujesz, zobaczysz tutaj telefon, adres i godziny otwarcia/)).toBeInTheDocument();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("OperatorValue", () => {
  it("shows a value that is set, keeping the id the statement's validator looks for", async () => {
    const { container } = render(
      <p>
        Kontakt: <OperatorValue id="a11y-osoba" value="Koordynator do spraw dostępności" label="osoba kontaktowa" />
      </p>,
    );
    expect(container.querySelector("#a11y-osoba")).toHaveTextContent("Koordynator do spraw dostępności");
    expect(container.querySelector("mark")).toBeNull();
    expect(container).not.toHaveTextContent("do uzupełnienia");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("renders a set value through its children, e.g. as a link", async () => {
    const { container } = render(
      <p>
        E-mail:{" "}
        <OperatorValue value="dostepnosc@example.pl" label="adres e-mail">
          {(value) => <a href={`mailto:${value}`}>{value}</a>}
        </OperatorValue>
      </p>,
    );
    expect(screen.getByRole("link", { name: "dostepnosc@example.pl" })).toHaveAttribute("href", "mailto:dostepnosc@example.pl");
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each([null, undefined, "", "   "])("marks a missing value (%p) as an instruction to the operator", async (value) => {
    const children = jest.fn(() => <a href="mailto:x">x</a>);
    const { container } = render(
      <p>
        E-mail:{" "}
        <OperatorValue id="a11y-email" value={value} label="adres e-mail">
          {children}
        </OperatorValue>
      </p>,
    );
    const mark = container.querySelector("mark");
    expect(mark).toHaveTextContent("[do uzupełnienia przez operatora: adres e-mail]");
    expect(mark).toHaveAttribute("id", "a11y-email");
    expect(mark).toHaveAttribute("data-operator-missing", "adres e-mail");
    expect(children).not.toHaveBeenCalled();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
