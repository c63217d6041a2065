import { wideoZLinku } from "@/components/simulators/scenarios/wideo-z-linku";
import { hintFor, landing, REAL_DATA, typeRealData, walk, type HintCase, type Step } from "../../helpers/simulator-walk";

const untilPrompt: Step[] = [
  { screen: "zaproszenie", choice: "link" },
  { screen: "gosc", choice: "gosc" },
  { screen: "imie", choice: "dalej", fields: { imie: "Jan" } },
];
const fromPreview: Step[] = [
  { screen: "podglad", choice: "dolacz" },
  { screen: "poczekalnia", choice: "czekam" },
  { screen: "spotkanie", choice: "rozlacz" },
];

describe("wideo-z-linku", () => {
  test("allowing the camera and microphone straight away reaches the end", () => {
    const result = walk(wideoZLinku, [...untilPrompt, { screen: "pytanie", choice: "zezwol" }, ...fromPreview]);
    expect(result).toMatchObject({ completed: true, redirectTo: "/cwiczenia/wideo-z-linku/koniec" });
  });

  test("blocking by mistake is fixed by the padlock, both permissions and a reload", () => {
    const blocked = walk(wideoZLinku, [...untilPrompt, { screen: "pytanie", choice: "zablokuj" }]);
    expect(landing(blocked.redirectTo).screen).toBe("zablokowane");
    expect(landing(blocked.redirectTo).state).toEqual({ dostep: "zablokowano" });
    const cameraOnly = walk(wideoZLinku, [
      ...untilPrompt,
      { screen: "pytanie", choice: "zablokuj" },
      { screen: "zablokowane", choice: "klodka" },
      { screen: "klodka", choice: "kamera-zezwol" },
    ]);
    expect(landing(cameraOnly.redirectTo).screen).toBe("klodka");
    const fix: Step[] = [
      ...untilPrompt,
      { screen: "pytanie", choice: "zablokuj" },
      { screen: "zablokowane", choice: "klodka" },
      { screen: "klodka", choice: "mikrofon-zezwol" },
      { screen: "klodka", choice: "kamera-zezwol" },
      { screen: "odswiez", choice: "odswiez" },
    ];
    const fixed = walk(wideoZLinku, fix);
    expect(landing(fixed.redirectTo).screen).toBe("podglad");
    expect(landing(fixed.redirectTo).state.dostep).toBe("naprawiono");
    expect(walk(wideoZLinku, [...fix, ...fromPreview]).completed).toBe(true);
  });

  test.each([
    ["zaproszenie", "odpowiedz", "odpowiedz"],
    ["zaproszenie", "usun", "usun"],
    ["zaproszenie", "cos", "inne"],
    ["gosc", "zaloguj", "zaloguj"],
    ["gosc", "pobierz", "pobierz"],
    ["imie", "dalej", "puste", { imie: "" }],
    ["imie", "dalej", "cyfry", { imie: "Jan 12" }],
    ["imie", "dalej", "imie", { imie: "Halina" }],
    ["pytanie", "zamknij", "zamknij"],
    ["zablokowane", "dolacz", "dolacz"],
    ["zablokowane", "odswiez", "odswiez"],
    ["klodka", "kamera-zablokuj", "zablokuj"],
    ["klodka", "mikrofon-zablokuj", "zablokuj"],
    ["klodka", "odswiez", "odswiez"],
    ["odswiez", "dolacz", "dolacz"],
    ["odswiez", "klodka", "klodka"],
    ["podglad", "wylacz", "wylacz"],
    ["poczekalnia", "zamknij", "zamknij"],
    ["poczekalnia", "link", "link"],
    ["spotkanie", "mikrofon", "mikrofon"],
    ["spotkanie", "kamera", "kamera"],
  ] as HintCase[])("on %s, %s gives the hint %s", (...[screen, choice, hint, fields]: HintCase) => {
    expect(hintFor(wideoZLinku, { screen, choice, fields })).toBe(hint);
  });

  test("every screen has a hint for any other tap", () => {
    for (const screen of wideoZLinku.screens) expect(screen.hints.inne).toBeTruthy();
  });

  test.each(Object.entries(REAL_DATA))("a real %s typed as the name is refused and not echoed", (kind, value) => {
    expect(typeRealData(wideoZLinku, "imie", "dalej", "imie", value)).toEqual({ completed: false, warning: kind, echoed: false });
  });
});

describe("words for a phone as well as a computer", () => {
  it("never tells the learner only to click: a video call from a link is mostly joined on a phone", () => {
    // Every string the scenario shows (tasks, „Pokaż mi”, hints, summary), read from its definition.
    const texts: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === "string") texts.push(value);
      else if (value && typeof value === "object" && !("$$typeof" in value)) Object.values(value).forEach(collect);
    };
    collect(wideoZLinku);
    const clickOnly = texts.filter((text) => /\bklik(nij|asz)\b/i.test(text) && !/\b(dotknij|dotykasz)\b/i.test(text));
    expect(texts.length).toBeGreaterThan(20);
    expect(clickOnly).toEqual([]);
  });
});
