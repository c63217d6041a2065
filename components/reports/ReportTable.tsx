import Link from "next/link";
import { figureKeys, figureWords } from "@/lib/reports/programme/figures";
import type { ReportTable as Table } from "@/lib/reports/programme/report";
import { cellText, type Cell } from "@/lib/reports/programme/suppression";

function Value({ cell }: { cell: Cell }) {
  return <td data-kind={cell.kind}>{cellText(cell)}</td>;
}

/** The area's children, one row each, and the area's own total: exactly what the CSV holds. */
export function ReportTable({ table, caption, hrefOf }: { table: Table; caption: string; hrefOf: (href: { obszar: string; klub?: string }) => string }) {
  return (
    <div className="kc-table-wrap" role="region" aria-labelledby="raport-tabela" tabIndex={0}>
      <table className="kc-table">
        <caption id="raport-tabela">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.childHeader}</th>
            {figureKeys.map((figure) => (
              <th key={figure} scope="col" className="min-w-32">
                {figureWords[figure].header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="min-w-48">
                {row.href ? (
                  <Link prefetch={false} href={hrefOf(row.href)} className="kc-link-block">
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </th>
              {row.cells.map((cell, index) => (
                <Value key={figureKeys[index]} cell={cell} />
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Razem</th>
            {table.total.map((cell, index) => (
              <Value key={figureKeys[index]} cell={cell} />
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
