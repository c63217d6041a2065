/** @jest-environment node */
import { podpisZaufany } from "@/components/simulators/scenarios/podpis-zaufany";
import { answer, expectSafeScreens, hintFor, landing, screenText, walk, type Step } from "../../helpers/simulator-walk";

const happyPath: Step[] = [
  { screen: "usluga", choice: "podpisz-lub-sprawdz" },
  { screen: "wybierz-plik", choice: "wniosek" },
  { screen: "podpisz", choice: "podpisz" },
  { screen: "rodzaj", choice: "zaufany" },
  { screen: "logowanie", choice: "zaloguj", fields: { login: "Jan.Przykladowy", haslo: "cwiczenie" } },
  { screen: "kod-sms", choice: "potwierdz", fields: { kod: "735 182" } },
  { screen: "pobierz", choice: "pobierz" },
];

describe("podpis zaufany simulator", () => {
  it("reaches the end: file, Podpisz, podpis zaufany, login, SMS code, Pobierz", () => {
    expect(walk(podpisZaufany, happyPath)).toEqual({ redirectTo: "/cwiczenia/podpis-zaufany/koniec", completed: true });
  });

  it("explains the signed file before it is downloaded, and warns about the SMS code", () => {
    expect(landing(walk(podpisZaufany, happyPath.slice(0, 6)).redirectTo).screen).toBe("pobierz");
    expect(screenText(podpisZaufany, "pobierz")).toContain("wniosek.pdf.xml");
    expect(screenText(podpisZaufany, "kod-sms")).toContain("Nikomu nie podawaj tego kodu");
    expect(screenText(podpisZaufany, "wybierz-plik")).toContain("10 MB");
  });

  it.each<[Step, string]>([
    [{ screen: "usluga", choice: "wyniki" }, "wyniki"],
    [{ screen: "wybierz-plik", choice: "film" }, "za-duzy"],
    [{ screen: "wybierz-plik", choice: "sernik" }, "inny-plik"],
    [{ screen: "podpisz", choice: "sprawdz" }, "sprawdz"],
    [{ screen: "rodzaj", choice: "osobisty" }, "osobisty"],
    [{ screen: "rodzaj", choice: "kwalifikowany" }, "kwalifikowany"],
    [{ screen: "logowanie", choice: "zaloguj", fields: { login: "", haslo: "" } }, "puste"],
    [{ screen: "logowanie", choice: "zaloguj", fields: { login: "jan", haslo: "cwiczenie" } }, "login"],
    [{ screen: "logowanie", choice: "zaloguj", fields: { login: "jan.przykladowy", haslo: "abc" } }, "haslo"],
    [{ screen: "kod-sms", choice: "potwierdz", fields: { kod: "" } }, "puste"],
    [{ screen: "kod-sms", choice: "potwierdz", fields: { kod: "111111" } }, "kod"],
    [{ screen: "pobierz", choice: "zamknij" }, "zamknij"],
    [{ screen: "rodzaj", choice: "cos-innego" }, "inne"],
  ])("a wrong answer on %o gives the hint %s", (step, hint) => {
    expect(hintFor(podpisZaufany, step)).toBe(hint);
    expect(podpisZaufany.screens.find((screen) => screen.id === step.screen)?.hints[hint]).toBeTruthy();
  });

  it.each([
    ["logowanie", { login: "44051401359", haslo: "cwiczenie" }, "pesel", "44051401359"],
    ["logowanie", { login: "jan.przykladowy", haslo: "MojeHaslo!2024" }, "haslo", "MojeHaslo"],
    ["kod-sms", { kod: "4111 1111 1111 1111" }, "karta", "4111"],
  ])("refuses real data typed on %s and keeps it out of the address", (screen, fields, kind, value) => {
    const result = answer(podpisZaufany, { screen, choice: "zaloguj", fields });
    expect(result.completed).toBe(false);
    expect(landing(result.redirectTo).params.get("uwaga")).toBe(kind);
    expect(result.redirectTo).not.toContain(value);
  });

  it("draws every screen with no choices made and shows no real-looking numbers", () => {
    expectSafeScreens(podpisZaufany);
  });
});
