"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";

type State = "idle" | "speaking" | "paused" | "no-voice";

/** The text a sighted reader sees, without drawings hidden from screen readers. */
export function readableText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? "");
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.getAttribute("aria-hidden") === "true" || node.matches("[data-read-aloud='skip'], script, style")) return;
    const block = /^(P|LI|H[1-6]|DT|DD|FIGCAPTION|DIV|ASIDE|SECTION)$/.test(node.tagName);
    if (block) parts.push(" ");
    node.childNodes.forEach(walk);
    if (block) parts.push(". ");
  };
  walk(root);
  return parts.join("").replace(/\s+/g, " ").replace(/(\.\s*){2,}/g, ". ").replace(/^[.\s]+/, "").trim();
}

function polishVoice(): Promise<SpeechSynthesisVoice | undefined> {
  const synth = window.speechSynthesis;
  const find = () => synth.getVoices().find((voice) => voice.lang.toLowerCase().replace("_", "-").startsWith("pl"));
  const found = find();
  if (found || synth.getVoices().length) return Promise.resolve(found);
  // Voices load in the background; wait briefly for them.
  return new Promise((resolve) => {
    const done = () => resolve(find());
    synth.addEventListener("voiceschanged", done, { once: true });
    setTimeout(done, 1500);
  });
}

/**
 * "Przeczytaj na głos": reads the step in Polish with the browser's speech synthesis, with
 * pause and stop. Without a Polish voice it says so instead of failing silently.
 */
export function ReadAloud({ targetId }: { targetId: string }) {
  const [mounted, setMounted] = useState(false);
  const [state, setState] = useState<State>("idle");
  const utterance = useRef<SpeechSynthesisUtterance | null>(null);
  const statusId = useId();

  useEffect(() => {
    setMounted(true);
    return () => {
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, []);

  // Without JavaScript the button could do nothing, so it is not shown at all.
  if (!mounted) return null;

  async function start() {
    if (!("speechSynthesis" in window)) {
      setState("no-voice");
      return;
    }
    const voice = await polishVoice();
    const target = document.getElementById(targetId);
    if (!voice || !target) {
      setState("no-voice");
      return;
    }
    const speech = new SpeechSynthesisUtterance(readableText(target));
    speech.lang = "pl-PL";
    speech.voice = voice;
    speech.rate = 0.9;
    speech.onend = () => setState("idle");
    speech.onerror = () => setState("idle");
    utterance.current = speech;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(speech);
    setState("speaking");
  }

  function pause() {
    window.speechSynthesis.pause();
    setState("paused");
  }

  function resume() {
    window.speechSynthesis.resume();
    setState("speaking");
  }

  function stop() {
    window.speechSynthesis.cancel();
    setState("idle");
  }

  // The message sits right beside the button (not on a line of its own below it, where it was
  // missed), in a live region that exists before it fills, so it is also read out.
  return (
    <div className="my-4 flex flex-wrap items-center gap-3" data-read-aloud="skip">
      {state === "idle" || state === "no-voice" ? (
        <Button variant="secondary" onClick={start} aria-describedby={state === "no-voice" ? statusId : undefined}>
          Przeczytaj na głos
        </Button>
      ) : null}
      {state === "speaking" ? (
        <Button variant="secondary" onClick={pause}>
          Wstrzymaj czytanie
        </Button>
      ) : null}
      {state === "paused" ? (
        <Button variant="secondary" onClick={resume}>
          Czytaj dalej
        </Button>
      ) : null}
      {state === "speaking" || state === "paused" ? (
        <Button variant="secondary" onClick={stop}>
          Zatrzymaj
        </Button>
      ) : null}
      <p
        id={statusId}
        role="status"
        className={`m-0 min-w-0 flex-1 basis-64 ${state === "no-voice" ? "rounded-md border-l-8 border-warning bg-warning-bg p-3 font-bold" : ""}`}
      >
        {state === "speaking" ? "Czytam na głos." : null}
        {state === "paused" ? "Czytanie wstrzymane." : null}
        {state === "no-voice"
          ? "Ta przeglądarka nie ma polskiego głosu, więc nie przeczyta tekstu. Spróbuj w innej przeglądarce (na przykład Chrome lub Edge) albo poproś o pomoc osobę prowadzącą zajęcia."
          : null}
      </p>
    </div>
  );
}
