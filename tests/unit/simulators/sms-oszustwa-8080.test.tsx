import { renderToStaticMarkup } from "react-dom/server";
import { smsOszustwa8080 } from "@/components/simulators/scenarios/sms-oszustwa-8080";
import { hintFor, landing, REAL_DATA, typeRealData, walk, type HintCase, type Step } from "../../helpers/simulator-walk";

const decisions: Step[] = [
  { screen: "skrzynka", choice: "kurier" },
  { screen: "sms-kurier", choice: "oszustwo" },
  { screen: "sms-prad", choice: "oszustwo" },
  { screen: "sms-nowy-numer", choice: "oszustwo" },
  { screen: "sms-wnuczka", choice: "prawdziwa" },
  { screen: "sms-przychodnia", choice: "prawdziwa" },
];
const report: Step[] = [
  { screen: "zglos", choice: "przytrzymaj" },
  { screen: "menu", choice: "przekaz" },
  { screen: "odbiorca", choice: "wyslij", fields: { do: "8080" } },
  { screen: "wyslano", choice: "zablokuj" },
  { screen: "wyslano", choice: "usun" },
];

describe("sms-oszustwa-8080", () => {
  test("the decisions are recorded in the state, one per message", () => {
    const judged = walk(smsOszustwa8080, decisions);
    expect(landing(judged.redirectTo).screen).toBe("zglos");
    expect(landing(judged.redirectTo).state).toEqual({ kurier: "oszustwo", prad: "oszustwo", "nowy-numer": "oszustwo", wnuczka: "prawdziwa", przychodnia: "prawdziwa" });
  });

  test("judging all five, forwarding the scam to 8080, blocking and deleting reaches the end", () => {
    expect(walk(smsOszustwa8080, [...decisions, ...report])).toMatchObject({ completed: true, redirectTo: "/cwiczenia/sms-oszustwa-8080/koniec" });
  });

  test.each([
    ["skrzynka", "prad", "kolejnosc"],
    ["sms-kurier", "prawdziwa", "kurier"],
    ["sms-kurier", "link", "link"],
    ["sms-prad", "prawdziwa", "prad"],
    ["sms-nowy-numer", "prawdziwa", "nowy-numer"],
    ["sms-wnuczka", "oszustwo", "wnuczka"],
    ["sms-przychodnia", "oszustwo", "przychodnia"],
    ["zglos", "link", "link"],
    ["zglos", "odpowiedz", "odpowiedz"],
    ["menu", "kopiuj", "kopiuj"],
    ["menu", "usun", "usun"],
    ["odbiorca", "wyslij", "puste", { do: "" }],
    ["odbiorca", "wyslij", "numer", { do: "112" }],
    ["odbiorca", "wyslij", "nadawca", { do: "+48 000 000 312" }],
    ["wyslano", "przekaz", "przekaz"],
    ["wyslano", "cos", "inne"],
  ] as HintCase[])("on %s, %s gives the hint %s", (...[screen, choice, hint, fields]: HintCase) => {
    expect(hintFor(smsOszustwa8080, { screen, choice, fields })).toBe(hint);
  });

  test("each wrong decision names the sign that gives it away, never a score", () => {
    const kurier = smsOszustwa8080.screens.find((screen) => screen.id === "sms-kurier");
    expect(kurier?.hints.kurier).toMatch(/link/);
    for (const screen of smsOszustwa8080.screens) {
      expect(screen.hints.inne).toBeTruthy();
      for (const text of Object.values(screen.hints)) expect(text).not.toMatch(/Błąd|punkt/i);
    }
  });

  test("no text says 8080 is free, and the only real address is where to check: cert.pl", () => {
    const drawn = smsOszustwa8080.screens.map((screen) => renderToStaticMarkup(<>{screen.render({ state: {}, showMe: true })}</>));
    const words = JSON.stringify(smsOszustwa8080) + drawn.join(" ");
    expect(words).not.toMatch(/bezpłat|za darmo|darmow/i);
    const addresses = (words.match(/[a-z-]+\.[a-z]{2,}(?=[/"\s<])/g) ?? []).filter((address) => address !== "cert.pl");
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).toMatch(/\.example$/);
  });

  test.each(Object.entries(REAL_DATA))("a real %s typed as the recipient is refused and not echoed", (kind, value) => {
    expect(typeRealData(smsOszustwa8080, "odbiorca", "wyslij", "do", value)).toEqual({ completed: false, warning: kind, echoed: false });
  });
});
