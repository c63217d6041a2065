"use client";

import { useEffect } from "react";
import { ServiceUnavailableText } from "@/components/layout/ServiceUnavailable";

/**
 * The last resort, when even the page frame failed: its own <html>, no site styles assumed,
 * large calm Polish text, no technical detail. Most often this is a short database outage.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="pl">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", fontSize: "1.375rem", lineHeight: 1.6, color: "#1a1a1a", background: "#fff" }}>
        <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "2rem 1.25rem" }}>
          <ServiceUnavailableText headingStyle={{ fontSize: "2rem", lineHeight: 1.3 }} />
          <p>
            <button
              type="button"
              onClick={() => window.location.reload()}
              style={{ minHeight: "3rem", padding: "0.5rem 1.5rem", fontSize: "1.25rem", fontWeight: 700, color: "#fff", background: "#0b4f8a", border: "2px solid #0b4f8a", borderRadius: "0.375rem", cursor: "pointer" }}
            >
              Spróbuj ponownie
            </button>
          </p>
          <p>
            Jeśli przerwa się przedłuża, <a href="/">wróć na stronę główną</a> albo zapytaj osobę prowadzącą zajęcia w klubie.
          </p>
        </main>
      </body>
    </html>
  );
}
