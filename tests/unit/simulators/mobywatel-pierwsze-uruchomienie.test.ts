import { mobywatelFirstRun as scenario } from "@/components/simulators/scenarios/mobywatel-pierwsze-uruchomienie";
import { renderToStaticMarkup } from "react-dom/server";
import { answerer, stateOf, type Step } from "../../helpers/simulator-walk";

const { answer, walk } = answerer(scenario);

const PASSWORD = "Ćwiczenie1!";
const toPassword: Step[] = [
  { screen: "start", choice: "dalej" },
  { screen: "regulamin", choice: "akceptuje" },
];
const password = (haslo: string, powtorz = haslo): Step => ({ screen: "haslo", choice: "dalej", fields: { haslo, powtorz } });

describe("simulator: first run of mObywatel", () => {
  it.each(["profil-zaufany", "bank", "e-dowod"])("reaches the end with identity confirmed by %s, with or without a fingerprint", (method) => {
    for (const biometrics of ["wlacz", "nie-teraz"]) {
      const result = walk([
        ...toPassword,
        password(PASSWORD),
        { screen: "pierwszy-dokument", choice: "dodaj" },
        { screen: "wybierz-dokument", choice: "mdowod" },
        { screen: "tozsamosc", choice: method },
        { screen: "dane", choice: "potwierdzam" },
        { screen: "biometria", choice: biometrics },
        { screen: "mdowod", choice: "wroc" },
      ]);
      expect(result).toEqual({ redirectTo: "/cwiczenia/mobywatel-pierwsze-uruchomienie/koniec", completed: true });
    }
  });

  it("carries only choices in the address, never the password", () => {
    const afterPassword = walk([...toPassword, password(PASSWORD)]);
    expect(afterPassword.redirectTo).toBe("/cwiczenia/mobywatel-pierwsze-uruchomienie/pierwszy-dokument");
    const afterMethod = answer({ screen: "tozsamosc", choice: "bank" });
    expect(stateOf(afterMethod.redirectTo)).toEqual({ sposob: "bank" });
  });

  it.each([
    ["start", "link", "link"],
    ["regulamin", "nie-akceptuje", "nie-akceptuje"],
    ["wybierz-dokument", "inny-dokument", "inny-dokument"],
    ["dane", "anuluj", "anuluj"],
    ["pierwszy-dokument", "cos", "inne"],
    ["tozsamosc", undefined, "inne"],
    ["biometria", undefined, "inne"],
  ])("on %s the choice %s gives the hint %s", (screen, choice, hint) => {
    const result = answer({ screen, choice });
    expect(result.completed).toBe(false);
    expect(result.redirectTo).toBe(`/cwiczenia/mobywatel-pierwsze-uruchomienie/${screen}?podpowiedz=${hint}#podpowiedz`);
  });

  it.each([
    ["", "", "puste"],
    ["kot12", "kot12", "brak-8-wielka-znak"],
    ["anna1955", "anna1955", "brak-wielka-znak"],
    ["Krótkie1!", "Krótkie1!", null],
    ["Abc1!", "Abc1!", "brak-8"],
    ["zielonyparasol", "zielonyparasol", "brak-wielka-cyfra-znak"],
    ["ZIELONY-PARASOL", "ZIELONY-PARASOL", "brak-cyfra"],
    ["Zielony48Parasol", "Zielony48Parasol", "brak-znak"],
    [PASSWORD, "Ćwiczenie2!", "rozne"],
  ])("the password %s (repeated as %s) gives the hint %s", (haslo, powtorz, hint) => {
    const result = answer(password(haslo, powtorz));
    if (hint === null) expect(result.redirectTo).toBe("/cwiczenia/mobywatel-pierwsze-uruchomienie/pierwszy-dokument");
    else expect(result.redirectTo).toBe(`/cwiczenia/mobywatel-pierwsze-uruchomienie/haslo?podpowiedz=${hint}#podpowiedz`);
    expect(result.redirectTo).not.toContain(haslo || "@@");
  });

  it("names every missing rule in words", () => {
    const hints = scenario.screens.find((screen) => screen.id === "haslo")!.hints;
    expect(hints["brak-8-wielka-cyfra-znak"]).toBe(
      "Hasło musi mieć jeszcze: co najmniej 8 znaków, wielką literę, cyfrę i znak specjalny (na przykład ! albo ?). Popraw je i wpisz w oba pola. Możesz przepisać przykład z ramki.",
    );
    expect(hints["brak-cyfra"]).toContain("Hasło musi mieć jeszcze: cyfrę.");
  });

  it.each([
    ["44051401359", "pesel"],
    ["Haslo 4111 1111 1111 1111!", "karta"],
  ])("refuses real data typed as the password (%s) and drops it", (value, kind) => {
    const result = answer(password(value));
    expect(result.redirectTo).toBe(`/cwiczenia/mobywatel-pierwsze-uruchomienie/haslo?uwaga=${kind}#podpowiedz`);
    expect(result.redirectTo).not.toContain(value.replace(/\D/g, "").slice(0, 6));
  });

  it("every screen draws with an empty state", () => {
    for (const screen of scenario.screens) expect(renderToStaticMarkup(screen.render({ state: {}, showMe: true }))).toContain("<button");
  });
});
