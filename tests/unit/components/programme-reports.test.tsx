import { render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { renderToStaticMarkup } from "react-dom/server";
import { CoordinatorGrantFormExample } from "./coordinator-form-example";
import { PeriodForm } from "@/components/reports/PeriodForm";
import { ReportTable } from "@/components/reports/ReportTable";
import { TrendChart } from "@/components/reports/TrendChart";
import { figureKeys } from "@/lib/reports/programme/figures";
import type { ReportTable as Table, TrendRow } from "@/lib/reports/programme/report";
import type { Cell } from "@/lib/reports/programme/suppression";

const shown = (value: number): Cell => ({ kind: "shown", value });
const small: Cell = { kind: "small" };
const hidden: Cell = { kind: "hidden" };
const row = (first: Cell, second: Cell) => figureKeys.map((_, index) => (index % 2 ? second : first));

const table: Table = {
  childHeader: "Gmina",
  rows: [
    { key: "2002083", name: "gmina Michałowo", href: { obszar: "2002083" }, cells: row(small, small) },
    { key: "2002113", name: "gmina Supraśl", href: { obszar: "2002113" }, cells: row(hidden, shown(12)) },
  ],
  total: row(shown(10), shown(15)),
};

const trend: TrendRow[] = [
  { month: "2026-07", label: "lipiec 2026", inPeriod: true, cells: [shown(12), small, hidden] },
  { month: "2026-08", label: "sierpień 2026", inPeriod: true, cells: [small, shown(7), hidden] },
];

describe("programme report components", () => {
  it("print hidden counts in words, link each area down, and pass axe", async () => {
    const { container } = render(
      <main>
        <ReportTable table={table} caption="powiat białostocki: lipiec 2026 – wrzesień 2026" hrefOf={(href) => `/raporty?obszar=${href.obszar}`} />
      </main>,
    );
    const grid = screen.getByRole("table", { name: /powiat białostocki/ });
    expect(within(grid).getByRole("link", { name: "gmina Supraśl" })).toHaveAttribute("href", "/raporty?obszar=2002113");
    const michalowo = within(grid).getByRole("row", { name: /gmina Michałowo/ });
    expect(within(michalowo).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(figureKeys.map(() => "mniej niż 5"));
    expect(within(grid).getByRole("row", { name: /Razem/ })).toHaveTextContent("10");
    expect(within(grid).getAllByText("ukryte").length).toBeGreaterThan(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("draws the trend with page colours only, names it, describes every month and draws no bar for a hidden count", async () => {
    const { container } = render(
      <main>
        <TrendChart rows={trend} figure="lessonsAlone" id="wykres" />
      </main>,
    );
    const chart = screen.getByRole("img", { name: /Lekcje ukończone samodzielnie w kolejnych miesiącach/ });
    expect(chart.querySelector("desc")).toHaveTextContent("lipiec 2026: 12; sierpień 2026: mniej niż 5");
    expect(chart.querySelectorAll("rect")).toHaveLength(1);
    const markup = renderToStaticMarkup(<TrendChart rows={trend} figure="lessonsAlone" id="wykres" />);
    // currentColor follows the contrast theme; a fixed colour would not.
    expect(markup).not.toMatch(/#[0-9a-f]{3,6}|rgb\(/i);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("chooses the period with a GET form that works without JavaScript, errors tied to their fields", async () => {
    const { container } = render(
      <main>
        <PeriodForm query={{ okres: "wlasny", od: "2026-13", do: "" }} target={{ obszar: "20" }} errors={[{ field: "okres-od", message: "Wybierz miesiąc w postaci rok-miesiąc, na przykład 2026-09." }]} />
      </main>,
    );
    const form = container.querySelector("form")!;
    expect([form.getAttribute("method"), form.getAttribute("action")]).toEqual(["get", "/raporty"]);
    expect(screen.getByLabelText("Pierwszy miesiąc")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Pierwszy miesiąc")).toHaveAccessibleDescription(/Wybierz miesiąc w postaci rok-miesiąc/);
    expect(Object.fromEntries(new FormData(form).entries())).toMatchObject({ obszar: "20", okres: "wlasny" });
    expect(await axe(container)).toHaveNoViolations();
  });

  it("grants a coordinator's area with labelled fields and passes axe", async () => {
    const { container } = render(<CoordinatorGrantFormExample />);
    expect(screen.getByLabelText("Kod TERYT obszaru")).toHaveAccessibleDescription(/2 cyfry dla województwa/);
    expect(screen.getByRole("button", { name: "Nadaj rolę koordynatora" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
