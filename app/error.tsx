"use client";

import Link from "next/link";
import { useEffect } from "react";
import { ServiceUnavailable } from "@/components/layout/ServiceUnavailable";
import { useDatabaseDown } from "@/components/layout/useDatabaseDown";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = useDatabaseDown();
  useEffect(() => {
    console.error(error);
  }, [error]);

  if (databaseDown) return <ServiceUnavailable retry={() => window.location.reload()} />;
  return (
    <div className="kc-prose">
      <h1>Coś poszło nie tak — spróbuj ponownie</h1>
      <p>To nie Twoja wina. Strona nie wczytała się poprawnie.</p>
      <p>
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-12 items-center rounded-md border-2 border-primary bg-primary px-6 py-2 text-xl font-bold text-on-primary"
        >
          Spróbuj ponownie
        </button>
      </p>
      <p>
        Jeśli to się powtarza, <Link href="/">wróć na stronę główną</Link> albo zapytaj osobę prowadzącą
        zajęcia w klubie.
      </p>
      {error.digest ? <p className="text-muted">Numer zgłoszenia: {error.digest}</p> : null}
    </div>
  );
}
