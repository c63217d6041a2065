import { render, screen as view } from "@testing-library/react";
import { axe } from "jest-axe";
import { renderToStaticMarkup } from "react-dom/server";
import { PracticeReview } from "@/components/simulators/PracticeReview";
import { smsOszustwa8080 } from "@/components/simulators/scenarios/sms-oszustwa-8080";
import { answer, hintFor, landing, REAL_DATA, typeRealData, walk, type HintCase, type Step } from "../../helpers/simulator-walk";

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
    const done = walk(smsOszustwa8080, [...decisions, ...report]);
    expect(done.completed).toBe(true);
    expect(landing(done.redirectTo).screen).toBe("koniec");
  });

  test("the summary reviews all five messages: which were right the first time, which after a hint, and why", async () => {
    // The first message judged wrong once, then right; the others right at once.
    const wrongFirst = answer(smsOszustwa8080, { screen: "sms-kurier", choice: "prawdziwa" }, { });
    expect(landing(wrongFirst.redirectTo).params.get("podpowiedz")).toBe("kurier");
    let state = landing(wrongFirst.redirectTo).state;
    for (const step of [{ screen: "sms-kurier", choice: "oszustwo" }, ...decisions.slice(2), ...report]) {
      const result = answer(smsOszustwa8080, step, state);
      state = landing(result.redirectTo).state;
      if (result.completed) expect(landing(result.redirectTo).screen).toBe("koniec");
    }
    const items = smsOszustwa8080.review?.items(state) ?? [];
    expect(items.map((item) => item.firstTime)).toEqual([false, true, true, true, true]);
    expect(items[0]).toMatchObject({ label: "Wiadomość 1 — od: +48 000 000 312", why: expect.stringMatching(/link do dopłaty/) });
    expect(items[3]?.why).toMatch(/^Prawdziwa/);

    const { container } = render(<PracticeReview title={smsOszustwa8080.review?.title ?? ""} items={items} />);
    expect(view.getByRole("heading", { level: 2, name: "Twoje oceny pięciu SMS-ów" })).toBeTruthy();
    expect(view.getAllByRole("listitem")).toHaveLength(5);
    expect(view.getByText("Dobrze po podpowiedzi — za drugim razem.")).toBeTruthy();
    expect(view.getAllByText("Dobrze za pierwszym razem.")).toHaveLength(4);
    expect(await axe(container)).toHaveNoViolations();
  });

  test("a summary opened without the choices reviews nothing", () => {
    expect(smsOszustwa8080.review?.items({})).toEqual([]);
    const { container } = render(<PracticeReview title="x" items={[]} />);
    expect(container.innerHTML).toBe("");
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
