import { cellText } from "@/lib/reports/programme/suppression";
import { figureWords, trendFigures, type TrendFigure } from "@/lib/reports/programme/figures";
import type { TrendRow } from "@/lib/reports/programme/report";

// Bars drawn on the server: no script, colours from the page's own variables (currentColor and
// --kc-*) so the chart follows every contrast theme. Hidden cells ("mniej niż 5", "ukryte") get
// no bar at all — a bar's height would give the number away — and say so in words under the month.
// The table beside it has the same numbers; the chart is the picture, the table the record.

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 8;
const BOTTOM = 40;

export function TrendChart({ rows, figure, id }: { rows: TrendRow[]; figure: TrendFigure; id: string }) {
  const index = trendFigures.indexOf(figure);
  const values = rows.map((row) => row.cells[index]!);
  const max = Math.max(1, ...values.map((cell) => (cell.kind === "shown" ? cell.value : 0)));
  const slot = (WIDTH - LEFT) / rows.length;
  const barHeight = (value: number) => ((HEIGHT - BOTTOM - 30) * value) / max;
  const title = `${figureWords[figure].header} w kolejnych miesiącach`;
  const description = rows.map((row, i) => `${row.label}: ${cellText(values[i]!)}`).join("; ");
  return (
    <figure className="kc-prose my-8">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-tytul ${id}-opis`} className="block h-auto w-full max-w-[48rem] text-ink" focusable="false">
        <title id={`${id}-tytul`}>{title}</title>
        <desc id={`${id}-opis`}>{description}</desc>
        <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="currentColor" strokeWidth={2} />
        {rows.map((row, i) => {
          const cell = values[i]!;
          const x = LEFT + i * slot + slot * 0.15;
          const width = slot * 0.7;
          const height = cell.kind === "shown" ? barHeight(cell.value) : 0;
          return (
            <g key={row.month}>
              {cell.kind === "shown" ? (
                <>
                  <rect x={x} y={HEIGHT - BOTTOM - height} width={width} height={height} fill="currentColor" fillOpacity={row.inPeriod ? 1 : 0.45} stroke="currentColor" strokeWidth={2} />
                  <text x={x + width / 2} y={HEIGHT - BOTTOM - height - 6} textAnchor="middle" fontSize={18} fill="currentColor">
                    {cell.value}
                  </text>
                </>
              ) : (
                <text x={x + width / 2} y={HEIGHT - BOTTOM - 8} textAnchor="middle" fontSize={16} fill="currentColor">
                  {cell.kind === "small" ? "<5" : "ukr."}
                </text>
              )}
              <text x={x + width / 2} y={HEIGHT - 12} textAnchor="middle" fontSize={16} fill="currentColor">
                {row.month.slice(5)}.{row.month.slice(2, 4)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2">
        {title}. Pełne słupki to miesiące wybranego okresu. Te same liczby są w tabeli obok wykresu.
      </figcaption>
    </figure>
  );
}
