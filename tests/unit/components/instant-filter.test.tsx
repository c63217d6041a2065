import { fireEvent, render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { ChoiceGroup, TextField } from "@/components/ui/Field";
import { InstantFilter } from "@/components/ui/InstantFilter";
import { nameMatches } from "@/lib/name-search";

// The add-to-group checklist's filter by name (usability walk, item 7).

describe("nameMatches", () => {
  it.each([
    ["geno", true],
    ["GENOWEFA test", true],
    ["testowa genowefa", true],
    ["lukasz", false],
    ["genowefa.testowa2", true],
    ["", true],
  ])("„%s” in Genowefa Testowa (genowefa.testowa2): %s", (query, expected) => {
    expect(nameMatches(query, "Genowefa Testowa", "genowefa.testowa2")).toBe(expected);
  });

  it("finds Polish letters typed without them", () => {
    expect(nameMatches("lukasz zolc", "Łukasz Żółć")).toBe(true);
    expect(nameMatches("Łuk", "Łukasz Żółć")).toBe(true);
  });
});

describe("InstantFilter", () => {
  const people = [
    { value: "1", label: "Genowefa Testowa", hint: "genowefa.testowa" },
    { value: "2", label: "Łukasz Żółć", hint: "lukasz.zolc" },
    { value: "3", label: "Genowefa Testowa", hint: "genowefa.testowa2" },
  ];

  it("hides the names that do not match as she types, and says how many match", async () => {
    const { container } = render(
      <main>
        <form role="search" aria-label="Szukaj osób do dodania">
          <TextField id="szukaj" type="search" label="Szukaj po imieniu" />
          <p id="szukaj-wynik" role="status" />
          <InstantFilter inputId="szukaj" listId="dodaj" statusId="szukaj-wynik" />
        </form>
        <ChoiceGroup id="dodaj" legend="Zaznacz osoby" type="checkbox" name="learnerId" options={people.map((person) => ({ ...person, search: `${person.label} ${person.hint}` }))} />
      </main>,
    );
    fireEvent.input(screen.getByLabelText("Szukaj po imieniu"), { target: { value: "lukasz" } });
    expect(screen.getByRole("checkbox", { name: /Łukasz/ })).toBeVisible();
    expect(screen.queryAllByRole("checkbox", { name: /Genowefa/ })).toHaveLength(0);
    expect(screen.getByRole("status")).toHaveTextContent("Pasuje: 1 z 3.");
    fireEvent.input(screen.getByLabelText("Szukaj po imieniu"), { target: { value: "testowa2" } });
    expect(screen.getAllByRole("checkbox")).toHaveLength(1);
    fireEvent.input(screen.getByLabelText("Szukaj po imieniu"), { target: { value: "" } });
    expect(screen.getAllByRole("checkbox")).toHaveLength(3);
    expect(screen.getByRole("status")).toHaveTextContent("");
    expect(await axe(container)).toHaveNoViolations();
  });
});
