"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { idleImport, type ImportFormState } from "@/lib/club-import/form-state";
import type { ImportProgress } from "@/lib/club-import/import";

type ImportAction = (state: ImportFormState, form: FormData) => Promise<ImportFormState>;

const phaseWords: Record<ImportProgress["phase"], string> = {
  checking: "Sprawdzono wiersze pliku",
  writing: "Zapisano kluby",
  inviting: "Przygotowano zaproszenia dla kierowników",
};

function progressLabel(progress: ImportProgress): string {
  return progress.phase === "checking"
    ? `${phaseWords.checking}: ${progress.total}.`
    : `${phaseWords[progress.phase]}: ${progress.done} z ${progress.total}.`;
}

/**
 * Without JavaScript the file goes to a server action and the next page is the result. With it,
 * the file is streamed to the import so a large file shows how far it has got.
 */
export function ClubImportForm({ action, uploadUrl }: { action: ImportAction; uploadUrl: string }) {
  const [actionState, formAction, actionPending] = useActionState(action, idleImport);
  const [streamState, setStreamState] = useState<ImportFormState | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [sending, setSending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const state = streamState ?? actionState;
  const pending = sending || actionPending;

  const problemsKey = state.status === "failed" ? `${state.message ?? ""}|${state.problems.join("|")}` : "";
  useEffect(() => {
    if (problemsKey) heading.current?.focus();
  }, [problemsKey]);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    setSending(true);
    setStreamState(null);
    setProgress(null);
    try {
      const response = await fetch(uploadUrl, { method: "POST", body });
      if (!response.ok || !response.body) {
        setStreamState({ status: "failed", problems: [], more: 0, message: (await response.text()) || "Nie udało się wysłać pliku. Spróbuj ponownie." });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as { progress?: ImportProgress; done?: string; refused?: ImportFormState };
          if (message.progress) setProgress(message.progress);
          if (message.refused) setStreamState(message.refused);
          if (message.done) {
            window.location.assign(message.done);
            return;
          }
        }
      }
    } catch {
      setStreamState({ status: "failed", problems: [], more: 0, message: "Połączenie z serwerem się przerwało. Sprawdź na liście importów niżej, czy plik został zapisany, a jeśli nie — wyślij go jeszcze raz." });
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      {state.status === "failed" ? (
        <div className="mb-8 rounded-md border-4 border-error p-4" role="alert" aria-labelledby="problemy-importu">
          <h2 id="problemy-importu" ref={heading} tabIndex={-1} className="mt-0 text-2xl">
            {state.problems.length ? "Nie zapisaliśmy żadnego klubu: popraw, proszę, plik" : "Nie zapisaliśmy żadnego klubu"}
          </h2>
          {state.message ? <p>{state.message}</p> : null}
          {state.problems.length ? (
            <>
              <p>Popraw w arkuszu to, co jest niżej, zapisz plik jeszcze raz jako CSV i wyślij go ponownie.</p>
              <ul className="kc-prose">
                {state.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              {state.more ? <p>…i jeszcze {state.more} innych problemów. Popraw najpierw te powyżej.</p> : null}
            </>
          ) : null}
        </div>
      ) : null}
      <form action={formAction} onSubmit={send} encType="multipart/form-data" noValidate>
        <div className="mb-6">
          <label htmlFor="plik" className="mb-1 block text-xl font-bold">
            Plik CSV z klubami
          </label>
          <p id="plik-podpowiedz" className="mb-2">
            Plik w układzie wzoru, najwyżej 1 MB (około 5 000 klubów).
          </p>
          <input id="plik" name="plik" type="file" accept=".csv,text/csv" required aria-describedby="plik-podpowiedz" className="block min-h-12 text-xl" />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Trwa zapisywanie…" : "Dodaj kluby z pliku"}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {sending ? (
          progress && progress.phase !== "checking" ? (
            <ProgressBar value={progress.done} max={progress.total} label={progressLabel(progress)} name="Postęp importu" />
          ) : (
            <p>{progress ? progressLabel(progress) : "Wysyłamy plik i sprawdzamy każdy wiersz…"}</p>
          )
        ) : null}
        {!sending && actionPending ? <Notice kind="info">Sprawdzamy plik i zapisujemy kluby. To może potrwać do minuty.</Notice> : null}
      </div>
    </>
  );
}
