/** @jest-environment node */
import { twojEPit } from "@/components/simulators/scenarios/twoj-e-pit";
import { answer, expectSafeScreens, hintFor, landing, screenText, walk, type Step } from "../../helpers/simulator-walk";

const happyPath: Step[] = [
  { screen: "start", choice: "otworz" },
  { screen: "zeznanie", choice: "poprawne" },
  { screen: "ulgi", choice: "rehabilitacyjna" },
  { screen: "ulga-kwota", choice: "zapisz", fields: { kwota: "1 200" } },
  { screen: "konto", choice: "konto-1234" },
  { screen: "opp", choice: "przekaz", fields: { krs: "1234567890" } },
  { screen: "wyslij", choice: "wyslij" },
  { screen: "upo", choice: "pobierz-upo" },
  { screen: "upo", choice: "wyloguj" },
];

describe("Twój e-PIT simulator", () => {
  it("reaches the end after checking, adding the relief, the account and 1.5%", () => {
    expect(walk(twojEPit, happyPath)).toEqual({ redirectTo: "/cwiczenia/twoj-e-pit/koniec", completed: true });
  });

  it("carries the choices to the screen before sending, and shows the new refund", () => {
    const beforeSending = landing(walk(twojEPit, happyPath.slice(0, 6)).redirectTo);
    expect(beforeSending.screen).toBe("wyslij");
    expect(beforeSending.state).toEqual({ ulga: "rehabilitacyjna", konto: "1234", opp: "fundacja" });
    const text = screenText(twojEPit, "wyslij", beforeSending.state);
    expect(text).toContain("1 200,00 zł");
    expect(text).toContain("294,00 zł");
    expect(text).toContain("Fundacja Przykładowa");
  });

  it("lets the learner skip the 1.5% and read what happens on 30 April", () => {
    expect(landing(answer(twojEPit, { screen: "opp", choice: "pomin" }).redirectTo)).toMatchObject({ screen: "wyslij", state: { opp: "brak" } });
    expect(landing(answer(twojEPit, { screen: "start", choice: "nic" }).redirectTo).screen).toBe("nic-nie-robie");
    expect(screenText(twojEPit, "nic-nie-robie")).toContain("30 kwietnia");
    expect(landing(answer(twojEPit, { screen: "nic-nie-robie", choice: "wroc" }).redirectTo).screen).toBe("zeznanie");
  });

  it.each<[Step, string]>([
    [{ screen: "start", choice: "wyslij" }, "za-wczesnie"],
    [{ screen: "start", choice: "wyloguj" }, "wyloguj"],
    [{ screen: "nic-nie-robie", choice: "czekam" }, "czekam"],
    [{ screen: "zeznanie", choice: "wyslij" }, "za-wczesnie"],
    [{ screen: "zeznanie", choice: "nie-zgadza" }, "nie-zgadza"],
    [{ screen: "ulgi", choice: "dzieci" }, "dzieci"],
    [{ screen: "ulgi", choice: "termomodernizacyjna" }, "termomodernizacyjna"],
    [{ screen: "ulgi", choice: "brak" }, "brak"],
    [{ screen: "ulga-kwota", choice: "zapisz", fields: { kwota: "" } }, "puste"],
    [{ screen: "ulga-kwota", choice: "zapisz", fields: { kwota: "2000" } }, "kwota"],
    [{ screen: "konto", choice: "konto-5678" }, "inne-konto"],
    [{ screen: "konto", choice: "bez" }, "bez"],
    [{ screen: "opp", choice: "zeszloroczna" }, "zeszloroczna"],
    [{ screen: "opp", choice: "przekaz", fields: { krs: "" } }, "puste"],
    [{ screen: "opp", choice: "przekaz", fields: { krs: "123456789" } }, "krs"],
    [{ screen: "wyslij", choice: "wyloguj" }, "wyloguj"],
    [{ screen: "upo", choice: "cos-innego" }, "inne"],
  ])("a wrong answer on %o gives the hint %s", (step, hint) => {
    expect(hintFor(twojEPit, step)).toBe(hint);
    expect(twojEPit.screens.find((screen) => screen.id === step.screen)?.hints[hint]).toBeTruthy();
  });

  it.each([
    ["ulga-kwota", "kwota", "44051401359", "pesel"],
    ["opp", "krs", "4111 1111 1111 1111", "karta"],
    ["opp", "krs", "44051401359", "pesel"],
  ])("refuses real data typed on %s and keeps it out of the address", (screen, field, value, kind) => {
    const result = answer(twojEPit, { screen, choice: "zapisz", fields: { [field]: value } });
    expect(result.completed).toBe(false);
    expect(landing(result.redirectTo).params.get("uwaga")).toBe(kind);
    expect(result.redirectTo).not.toContain(value.replace(/ /g, ""));
    expect(result.redirectTo).not.toContain(value);
  });

  it("draws every screen with no choices made and shows no real-looking numbers", () => {
    expectSafeScreens(twojEPit);
  });
});
