"use client";

import jsQR from "jsqr";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";

type State = "idle" | "starting" | "scanning" | "no-camera" | "denied" | "wrong-code";

const messages: Partial<Record<State, string>> = {
  "no-camera": "Ten komputer nie ma kamery albo jest ona zajęta. Wpisz nazwę użytkownika i PIN poniżej.",
  denied:
    "Przeglądarka nie pozwoliła użyć kamery. Naciśnij ikonę kamery przy adresie strony i wybierz „Zezwalaj”. Możesz też wpisać nazwę i PIN poniżej.",
  "wrong-code": "To nie jest karta do logowania Klubu Cyfrowego. Pokaż kamerze kod QR ze swojej karty.",
};

/**
 * On a club computer with a camera: the learner holds their login card up to it and the page opens
 * the card's sign-in address, as a phone would. Only addresses of this site's card sign-in are
 * followed. The username and PIN form below always works as well.
 */
export function CardScanner() {
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<State>("idle");
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);

  useEffect(() => setSupported(Boolean(navigator.mediaDevices?.getUserMedia)), []);
  useEffect(() => () => stop(), []);

  function stop() {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  }

  async function start() {
    setState("starting");
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch (error) {
      setState((error as DOMException).name === "NotAllowedError" ? "denied" : "no-camera");
      return;
    }
    const element = video.current!;
    element.srcObject = stream.current;
    await element.play().catch(() => undefined);
    setState("scanning");
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    const look = () => {
      if (!stream.current) return;
      if (element.videoWidth) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0);
        const code = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        if (code) {
          const target = cardAddress(code.data);
          if (target) {
            stop();
            window.location.assign(target);
            return;
          }
          setState("wrong-code");
        }
      }
      window.setTimeout(look, 250);
    };
    look();
  }

  if (!supported) return null;
  const scanning = state === "scanning" || state === "starting" || state === "wrong-code";
  return (
    <section aria-labelledby="skanuj-karte" className="mb-8 rounded-md border-2 border-primary p-4">
      <h2 id="skanuj-karte" className="mt-0">
        Masz kartę do logowania?
      </h2>
      <p>Pokaż kod QR z karty kamerze tego komputera. Strona sama Cię rozpozna — potem wpiszesz tylko PIN.</p>
      <video ref={video} muted playsInline aria-label="Obraz z kamery" className={scanning ? "mb-4 w-full max-w-md rounded-md border-2 border-ink" : "hidden"} />
      <p role="status" className="font-bold">
        {state === "scanning" ? "Kamera działa. Trzymaj kartę spokojnie przed kamerą." : (messages[state] ?? "")}
      </p>
      {scanning ? (
        <Button
          variant="secondary"
          onClick={() => {
            stop();
            setState("idle");
          }}
        >
          Zakończ skanowanie
        </Button>
      ) : (
        <Button onClick={() => void start()}>Zeskanuj kartę kamerą</Button>
      )}
    </section>
  );
}

/** The card's own sign-in address on this site, as a path; anything else is not followed. */
export function cardAddress(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.origin !== window.location.origin || url.pathname !== "/logowanie/karta") return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
