import type { ReviewItem } from "@/lib/simulators/types";

/**
 * The summary's look back: each decision, whether it was right the first time or after a hint,
 * and why. Said in words, never as a score or by colour alone.
 */
export function PracticeReview({ title, items }: { title: string; items: ReviewItem[] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="przeglad">
      <h2 id="przeglad">{title}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.label} className="mb-3">
            <p className="mb-1 font-bold">{item.label}</p>
            <p className="mb-1">{item.firstTime ? "Dobrze za pierwszym razem." : "Dobrze po podpowiedzi — za drugim razem."}</p>
            <p className="m-0">{item.why}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
