import type { Metadata } from "next";
import { getCatalogue, type GlossaryEntry } from "@/lib/content/catalogue";

export const metadata: Metadata = { title: "Słowniczek" };

const collator = new Intl.Collator("pl", { sensitivity: "base" });

/** One entry per word: modules may each explain the same word (e.g. e-dowód) under their own id. */
function groupByWord(entries: GlossaryEntry[]): GlossaryEntry[][] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const key = entry.word.toLocaleLowerCase("pl");
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].sort((a, b) => collator.compare(a[0]!.word, b[0]!.word));
}

export default async function GlossaryPage() {
  const { glossary } = await getCatalogue();
  const words = groupByWord([...glossary.values()]);
  return (
    <>
      <h1>Słowniczek</h1>
      <p className="kc-prose text-xl">Trudne słowa z lekcji, wyjaśnione prostym językiem. Są ułożone według alfabetu.</p>
      <dl className="kc-prose">
        {words.map(([first, ...others]) => (
          <div key={first!.id} id={first!.id} className="mb-5 scroll-mt-4">
            <dt className="text-xl font-bold">
              {others.map((other) => (
                <span key={other.id} id={other.id} />
              ))}
              {first!.word}
            </dt>
            <dd className="m-0">{first!.explanation}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
