import type { Metadata } from "next";
import { cleanParam } from "@/lib/forms";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { selectClassName } from "@/components/ui/Field";
import { requireClub } from "@/lib/access/guard";
import { assignablePaths } from "@/lib/access/paths";
import { getDb } from "@/lib/db/client";
import { countLabel } from "@/lib/format";
import { cellParts, cellWords, matrixFilterSchema, progressMatrix } from "@/lib/reports/matrix";

export const metadata: Metadata = { title: "Postępy uczestników" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProgressMatrixPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, clubId } = await requireClub("/klub/postepy", "learner.list");
  const query = await searchParams;
  const text = (name: string) => cleanParam(query[name]) ?? undefined; // no NUL or control characters to the database
  const parsed = matrixFilterSchema.safeParse({ grupa: text("grupa"), sciezka: text("sciezka"), sort: text("sort") });
  const filter = parsed.success ? parsed.data : matrixFilterSchema.parse({});
  const db = await getDb();
  const [matrix, groups, paths] = await Promise.all([
    progressMatrix(db, actor, clubId, filter),
    db.group.findMany({ where: { clubId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    assignablePaths(db, actor, clubId),
  ]);
  const params = (extra: Record<string, string>) => new URLSearchParams({ grupa: filter.grupa, sciezka: filter.sciezka, sort: filter.sort, ...extra }).toString();
  const sortLink = (sort: "nazwisko" | "postep", label: string) =>
    filter.sort === sort ? (
      <span aria-current="true" className="font-bold">
        {label} (tak jest teraz)
      </span>
    ) : (
      <Link href={`/klub/postepy?${params({ sort })}`} className="kc-link-block">
        {label}
      </Link>
    );

  return (
    <>
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Postępy uczestników</h1>
      <form method="get" action="/klub/postepy" className="kc-prose">
        <div className="mb-6">
          <label htmlFor="grupa" className="mb-1 block text-xl font-bold">
            Grupa
          </label>
          <select id="grupa" name="grupa" defaultValue={filter.grupa} className={selectClassName}>
            <option value="">Wszyscy uczestnicy klubu</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-6">
          <label htmlFor="sciezka" className="mb-1 block text-xl font-bold">
            Lekcje
          </label>
          <select id="sciezka" name="sciezka" defaultValue={filter.sciezka} className={selectClassName}>
            <option value="">Zadane grupie (albo wszystkie)</option>
            {paths.map((path) => (
              <option key={path.value} value={path.value}>
                {path.own ? "Ścieżka klubu" : "Ścieżka"}: {path.title}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="sort" value={filter.sort} />
        <Button type="submit" variant="secondary">
          Pokaż
        </Button>
      </form>

      <div className="kc-prose mt-8 flex flex-wrap items-center gap-x-6 gap-y-2">
        <span>Kolejność:</span>
        {sortLink("nazwisko", "według imienia i nazwiska")}
        {sortLink("postep", "według postępu")}
      </div>
      <p className="kc-prose">
        <a href={`/klub/postepy/csv?${params({})}`} className="kc-link-block">
          Pobierz tę tabelę jako plik CSV (Excel, LibreOffice)
        </a>
      </p>
      <p className="kc-prose text-muted">
        {Object.values(cellWords)
          .map(({ icon, word }) => `${icon} ${word}`)
          .join(" · ")}
      </p>

      {/* kc-matrix: the header row and the names column stay in place while the table scrolls. */}
      <div className="kc-table-wrap kc-matrix-wrap" tabIndex={0} role="region" aria-labelledby="macierz-podpis">
        <table className="kc-table kc-matrix">
          <caption id="macierz-podpis">
            Postępy: {countLabel(matrix.rows.length, ["osoba", "osoby", "osób"])} × {countLabel(matrix.lessons.length, ["lekcja", "lekcje", "lekcji"])} ({matrix.scope})
          </caption>
          <thead>
            <tr>
              <th scope="col" className="min-w-48">
                Uczestnik
              </th>
              <th scope="col" className="min-w-44">
                Nazwa użytkownika
              </th>
              <th scope="col" className="min-w-36">
                Ukończone lekcje
              </th>
              {matrix.lessons.map((lesson) => (
                <th key={lesson.slug} scope="col" className="min-w-56">
                  {lesson.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.learner.id}>
                <th scope="row">
                  <Link href={`/klub/uczestnicy/${row.learner.id}`} className="kc-link-block">
                    {row.learner.displayName}
                  </Link>
                </th>
                <td className="whitespace-nowrap">{row.learner.username}</td>
                <td className="whitespace-nowrap">
                  {row.done} z {matrix.lessons.length}
                </td>
                {row.cells.map((cell, index) => {
                  const { word, place, date } = cellParts(cell);
                  return (
                    <td key={matrix.lessons[index]!.slug} data-status={cell.status}>
                      <span aria-hidden="true">{cellWords[cell.status].icon} </span>
                      {word}
                      {place ? <>, <span className="whitespace-nowrap">{place}</span></> : null}
                      {date ? <>, <span className="whitespace-nowrap">{date}</span></> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
