import { act, fireEvent, render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { ReadAloud } from "@/components/lesson/ReadAloud";

// Usability walk, item 7: with no Polish voice the message stood on a line of its own below the
// button and was missed. It is beside the button, describes it, and is announced.

describe("ReadAloud without a Polish voice", () => {
  beforeEach(() => {
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: { getVoices: () => [{ name: "English", lang: "en-US" }], speak: jest.fn(), cancel: jest.fn(), addEventListener: jest.fn() },
    });
  });

  it("says so right next to the button, in a live region the button points at", async () => {
    const { container } = render(
      <main>
        <div id="krok">
          <p>Naciśnij „Dalej”.</p>
        </div>
        <ReadAloud targetId="krok" />
      </main>,
    );
    const button = await screen.findByRole("button", { name: "Przeczytaj na głos" });
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();
    await act(async () => {
      fireEvent.click(button);
    });
    expect(status).toHaveTextContent(/nie ma polskiego głosu/);
    expect(button).toHaveAccessibleDescription(expect.stringMatching(/nie ma polskiego głosu/));
    // Beside the button in the same row (not forced onto a line of its own), and marked as a warning.
    expect(button.nextElementSibling).toBe(status);
    expect(status.className).not.toMatch(/\bw-full\b/);
    expect(status.className).toMatch(/border-warning/);
    expect(window.speechSynthesis.speak).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
  });
});
