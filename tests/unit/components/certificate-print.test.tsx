import { render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { BulkPrintForm } from "@/components/certificates/BulkPrintForm";
import { CertificatePrintButton } from "@/components/certificates/CertificatePrintButton";

describe("certificate printing", () => {
  it("offers one certificate per learner by default, or all of the list, and passes axe", async () => {
    const { container } = render(
      <main>
        <BulkPrintForm filter={{ grupa: "g1", temat: "", od: "", do: "" }} counts={{ jeden: 3, wszystkie: 8 }} />
      </main>,
    );
    expect(screen.getByLabelText(/Jeden certyfikat na osobę \(3\)/)).toBeChecked();
    expect(screen.getByLabelText(/Wszystkie certyfikaty z listy \(8\)/)).not.toBeChecked();
    const form = container.querySelector("form")!;
    expect(Object.fromEntries(new FormData(form).entries())).toEqual({ grupa: "g1", temat: "", od: "", do: "", zakres: "jeden" });
    expect(await axe(container)).toHaveNoViolations();
  });

  it("prints one person's certificate in a new tab: issued ones by id, ready ones by learner and subject", async () => {
    const { container } = render(
      <main>
        <CertificatePrintButton certificateId={null} learnerId="u1" subject="MODULE:ikp" label="Genowefa Testowa (genowefa.testowa), IKP" />
        <CertificatePrintButton certificateId="c1" learnerId="u1" subject="PATH:urzad" label="Genowefa Testowa (genowefa.testowa), Urząd" />
      </main>,
    );
    const [ready, issued] = [...container.querySelectorAll("form")];
    for (const form of [ready!, issued!]) {
      expect(form).toHaveAttribute("action", "/klub/certyfikaty/druk");
      expect(form).toHaveAttribute("target", "_blank");
    }
    expect(Object.fromEntries(new FormData(ready!).entries())).toEqual({ uczestnik: "u1", temat: "MODULE:ikp" });
    expect(Object.fromEntries(new FormData(issued!).entries())).toEqual({ certyfikat: "c1" });
    expect(screen.getByRole("button", { name: "Wydaj i wydrukuj certyfikat: Genowefa Testowa (genowefa.testowa), IKP" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Wydrukuj certyfikat: Genowefa Testowa (genowefa.testowa), Urząd" })).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });
});
