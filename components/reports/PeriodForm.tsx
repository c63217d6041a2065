import { Button } from "@/components/ui/Button";
import { selectClassName } from "@/components/ui/Field";
import { periodKinds, type PeriodQuery } from "@/lib/reports/programme/period";

/** Chooses the period by GET: works before any script, and the address can be bookmarked. */
export function PeriodForm({ query, target, errors }: { query: PeriodQuery; target: { obszar: string; klub?: string }; errors: { field: string; message: string }[] }) {
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const month = (field: "od" | "do", label: string) => {
    const id = `okres-${field}`;
    const error = errorOf(id);
    return (
      <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor={id} className="mb-1 block text-xl font-bold">
          {label}
        </label>
        <p id={`${id}-podpowiedz`} className="mb-2 text-muted">
          Tylko gdy wybierasz „{periodKinds.wlasny}”. Rok i miesiąc, na przykład 2026-09.
        </p>
        {error ? (
          <p id={`${id}-blad`} className="mb-2 font-bold text-error">
            <span className="sr-only">Błąd: </span>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          name={field}
          type="month"
          min="2020-01"
          defaultValue={query[field] ?? ""}
          aria-describedby={[`${id}-podpowiedz`, error ? `${id}-blad` : null].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          className="block min-h-12 w-full max-w-[30rem] rounded-md border-2 border-ink bg-page px-3 py-2 text-xl text-ink"
        />
      </div>
    );
  };
  return (
    <form method="get" action="/raporty" className="kc-prose mb-8">
      <input type="hidden" name="obszar" value={target.obszar} />
      {target.klub ? <input type="hidden" name="klub" value={target.klub} /> : null}
      <div className="mb-6">
        <label htmlFor="okres" className="mb-1 block text-xl font-bold">
          Okres
        </label>
        <select id="okres" name="okres" defaultValue={query.okres} className={selectClassName}>
          {Object.entries(periodKinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {month("od", "Pierwszy miesiąc")}
      {month("do", "Ostatni miesiąc")}
      <Button type="submit" variant="secondary">
        Pokaż raport
      </Button>
    </form>
  );
}
