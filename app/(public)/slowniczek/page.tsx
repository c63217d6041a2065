import type { Metadata } from "next";
import { getCatalogue } from "@/lib/content/catalogue";

export const metadata: Metadata = { title: "Słowniczek" };

const collator = new Intl.Collator("pl");

export default async function GlossaryPage() {
  const { glossary } = await getCatalogue();
  const entries = [...glossary.values()].sort((a, b) => collator.compare(a.word, b.word));
  return (
    <>
      <h1>Słowniczek</h1>
      <p className="kc-prose text-xl">Trudne słowa z lekcji, wyjaśnione prostym językiem. Są ułożone według alfabetu.</p>
      <dl className="kc-prose">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="mb-5 scroll-mt-4">
            <dt className="text-xl font-bold">{entry.word}</dt>
            <dd className="m-0">{entry.explanation}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
