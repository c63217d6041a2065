import type { ReactNode } from "react";

/**
 * One table of the person's data under its own heading. A wide table scrolls inside a region
 * that keyboard users can reach; an empty one says so in words instead of showing headers only.
 */
export function DataTable({
  id,
  title,
  intro,
  columns,
  rows,
  empty = "Nie ma tu żadnych wpisów.",
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  columns: string[];
  rows: ReactNode[][];
  empty?: string;
}) {
  return (
    <section className="mb-10">
      <h2 id={id}>{title}</h2>
      {intro ? <div className="kc-prose">{intro}</div> : null}
      {rows.length ? (
        <div className="kc-table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
          <table className="kc-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((cells, row) => (
                <tr key={row}>
                  {cells.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={column}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}
