"use client";

import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup } from "@/components/ui/Field";

type Filter = Record<string, string>;
type Progress = { ready: number; total: number; remaining: number };

/**
 * Printing a whole list. Without JavaScript the form posts straight to the PDF. With it, the
 * certificates are first issued in batches so the person sees how far it has got ("Przygotowano
 * 40 z 120"), then the same form is sent for the merged PDF, which is quick once all are issued.
 */
export function BulkPrintForm({ filter, counts }: { filter: Filter; counts: { jeden: number; wszystkie: number } }) {
  const form = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function prepare(event: FormEvent<HTMLFormElement>) {
    if (busy) return event.preventDefault();
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      for (;;) {
        const response = await fetch("/klub/certyfikaty/wydaj", {
          method: "POST",
          headers: { "content-type": "application/json" },
          // The filter and the choice made in the form („jeden” or „wszystkie”).
          body: JSON.stringify(Object.fromEntries(new FormData(form.current!).entries())),
        });
        const body = (await response.json().catch(() => null)) as (Progress & { message?: string }) | null;
        if (!response.ok || !body) {
          setProblem(body?.message ?? "Nie udało się przygotować certyfikatów. Spróbuj ponownie za chwilę.");
          return;
        }
        setProgress(body);
        if (body.remaining === 0) break;
      }
      form.current?.submit();
    } catch {
      setProblem("Nie ma połączenia z internetem. Sprawdź połączenie i naciśnij przycisk jeszcze raz.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} method="post" action="/klub/certyfikaty/druk" target="_self" onSubmit={prepare}>
      {Object.entries(filter).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ChoiceGroup
        id="zakres"
        legend="Co wydrukować"
        type="radio"
        name="zakres"
        options={[
          { value: "jeden", label: `Jeden certyfikat na osobę (${counts.jeden})`, hint: "Ten, który obejmuje najwięcej lekcji.", checked: true },
          { value: "wszystkie", label: `Wszystkie certyfikaty z listy (${counts.wszystkie})`, hint: "Także moduły i ścieżki z tymi samymi lekcjami." },
        ]}
      />
      <Button type="submit" disabled={busy}>
        Drukuj wybrane jako jeden PDF
      </Button>
      <p role="status" className="mt-3 min-h-8">
        {progress ? `Przygotowano ${progress.ready} z ${progress.total} certyfikatów.${progress.remaining === 0 ? " Otwieram plik PDF…" : ""}` : ""}
      </p>
      {problem ? (
        <p role="alert" className="font-bold text-error">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
