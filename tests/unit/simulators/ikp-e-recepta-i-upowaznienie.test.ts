import { ikpPrescriptionAndAuthorisation as scenario } from "@/components/simulators/scenarios/ikp-e-recepta-i-upowaznienie";
import { isValidPesel } from "@/lib/simulators/real-data";
import { renderToStaticMarkup } from "react-dom/server";
import { answerer, stateOf, type Step } from "../../helpers/simulator-walk";

const BASE = "/cwiczenia/ikp-e-recepta-i-upowaznienie";
const { answer, walk } = answerer(scenario);

const toKinds: Step[] = [
  { screen: "konto", choice: "recepty" },
  { screen: "recepty", choice: "do-realizacji" },
  { screen: "recepta", choice: "dalej", fields: { kod: "4821" } },
  { screen: "zakladki", choice: "uprawnienia" },
  { screen: "uprawnienia", choice: "dodaj" },
  { screen: "osoba", choice: "dalej" },
];

describe("simulator: e-prescription and authorising a family member in IKP", () => {
  it.each([
    ["dokumentacja", "bez-daty"],
    ["informacja", "z-data"],
  ])("reaches the end with the authorisation %s, %s", (kind, end) => {
    const beforeList = walk([...toKinds, { screen: "rodzaj", choice: kind }, { screen: "zapisz", choice: end }]);
    expect(stateOf(beforeList.redirectTo)).toEqual({ rodzaj: kind, koniec: end });
    const result = answer({ screen: "lista", choice: "wyloguj" }, beforeList.redirectTo);
    expect(result).toEqual({ redirectTo: `${BASE}/koniec`, completed: true });
  });

  it.each([
    ["konto", "uprawnienia", "uprawnienia"],
    ["konto", "moje-konto", "moje-konto"],
    ["konto", "skierowania", "skierowania"],
    ["recepty", "zrealizowana", "zrealizowana"],
    ["zakladki", "recepty", "recepty"],
    ["zakladki", "moje-konto", "moje-konto"],
    ["uprawnienia", "udostepnij", "udostepnij"],
    ["osoba", "dzwoniacy", "dzwoniacy"],
    ["osoba", "anuluj", "anuluj"],
    ["rodzaj", "oba", "inne"],
    ["zapisz", "anuluj", "anuluj"],
    ["lista", "cofnij", "cofnij"],
  ])("on %s the choice %s gives the hint %s", (screen, choice, hint) => {
    const result = answer({ screen, choice });
    expect(result).toEqual({ redirectTo: `${BASE}/${screen}?podpowiedz=${hint}#podpowiedz`, completed: false });
  });

  it.each([
    ["", "puste"],
    ["1234", "kod"],
    ["48 21", null],
  ])("the typed code %s gives the hint %s", (kod, hint) => {
    const result = answer({ screen: "recepta", choice: "dalej", fields: { kod } });
    expect(result.redirectTo).toBe(hint ? `${BASE}/recepta?podpowiedz=${hint}#podpowiedz` : `${BASE}/zakladki`);
  });

  it.each([
    ["44051401359", "pesel"],
    ["4111 1111 1111 1111", "karta"],
  ])("refuses real data typed as the code (%s) and drops it", (kod, kind) => {
    const result = answer({ screen: "recepta", choice: "dalej", fields: { kod } });
    expect(result).toEqual({ redirectTo: `${BASE}/recepta?uwaga=${kind}#podpowiedz`, completed: false });
  });

  it("shows Anna's PESEL only as a made-up, invalid number", () => {
    const screen = scenario.screens.find((candidate) => candidate.id === "osoba")!;
    const html = renderToStaticMarkup(screen.render({ state: {}, showMe: false }));
    const shown = html.match(/\d{11}/g) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    for (const number of shown) expect(isValidPesel(number)).toBe(false);
  });

  it("every screen draws with an empty state", () => {
    for (const screen of scenario.screens) {
      expect(renderToStaticMarkup(screen.render({ state: {}, showMe: true }))).toContain("<button");
    }
  });
});
