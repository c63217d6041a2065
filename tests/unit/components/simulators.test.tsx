import { render } from "@testing-library/react";
import { axe } from "jest-axe";
import { SimDevice } from "@/components/simulators/parts";
import { scenarios } from "@/components/simulators/registry";
import { respond } from "@/lib/simulators/engine";
import { findRealData } from "@/lib/simulators/real-data";
import type { Scenario, SimScreen } from "@/lib/simulators/types";

// Every screen of every simulator, drawn on its own: the checks a new simulator must pass
// before any browser runs it.

function draw(scenario: Scenario, screen: SimScreen, showMe: boolean) {
  return render(
    <main>
      <form>
        <SimDevice device={scenario.device} address={scenario.service}>
          {screen.render({ state: {}, showMe })}
        </SimDevice>
      </form>
    </main>,
  );
}

const cases = scenarios.flatMap((scenario) => scenario.screens.map((screen) => [`${scenario.slug}/${screen.id}`, scenario, screen] as const));

describe("the simulators", () => {
  it("are at least seven, with unique names, each ending somewhere and telling what was practised", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(7);
    expect(new Set(scenarios.map((scenario) => scenario.slug)).size).toBe(scenarios.length);
    for (const scenario of scenarios) {
      expect(new Set(scenario.screens.map((screen) => screen.id)).size).toBe(scenario.screens.length);
      expect(scenario.screens[0]?.stage).toBe(0);
      expect(scenario.summary.length).toBeGreaterThan(0);
      expect(scenario.intro.length).toBeGreaterThan(0);
    }
  });
});

describe.each(cases)("%s", (_name, scenario, screen) => {
  it("has a task, a stage, a 'Pokaż mi' text and a hint for any other choice", () => {
    expect(screen.task.length).toBeGreaterThan(10);
    expect(screen.showMe.length).toBeGreaterThan(5);
    expect(scenario.stages[screen.stage]).toBeDefined();
    expect(screen.hints.inne).toBeDefined();
  });

  it("has no axe violations, with and without 'Pokaż mi', and 'Pokaż mi' marks a control", async () => {
    const plain = draw(scenario, screen, false);
    expect(plain.container.textContent).not.toContain("← tutaj");
    expect(await axe(plain.container)).toHaveNoViolations();
    plain.unmount();
    const shown = draw(scenario, screen, true);
    expect(shown.container.textContent).toContain("← tutaj");
    expect(await axe(shown.container)).toHaveNoViolations();
  });

  it("declares every field it draws, so the real-data guard sees everything typed", () => {
    const { container } = draw(scenario, screen, false);
    const drawn = [...container.querySelectorAll("input, textarea, select")].map((input) => input.getAttribute("name"));
    expect(drawn.sort()).toEqual((screen.fields ?? []).map((field) => field.name).sort());
  });

  it("shows no data that looks real: no valid PESEL, card or account number", () => {
    const { container } = draw(scenario, screen, false);
    const shown = [container.textContent ?? "", ...(screen.practiceData ?? []).map((row) => row.value)];
    expect(findRealData([{ name: "tekst", kind: "text" }], { tekst: shown.join(" ") })).toBeNull();
  });

  it("answers every button it draws with a next screen or one of its own hints", () => {
    const { container } = draw(scenario, screen, false);
    const choices = [...container.querySelectorAll("button[name=wybor]")].map((button) => button.getAttribute("value") ?? "");
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of [...new Set(choices), "nieznany-przycisk"]) {
      const outcome = screen.answer({ choice, fields: {}, state: {} });
      if ("hint" in outcome) expect({ choice, hint: outcome.hint in screen.hints }).toEqual({ choice, hint: true });
      else expect({ choice, next: outcome.next === "koniec" || scenario.screens.some((other) => other.id === outcome.next) }).toEqual({ choice, next: true });
      // And through the engine: it never throws, whatever is pressed.
      expect(() => respond(scenario, { screenId: screen.id, encodedState: undefined, choice, fields: {} })).not.toThrow();
    }
  });
});
