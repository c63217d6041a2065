import Link from "next/link";

export function Breadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Jesteś tutaj" className="mb-4 text-lg">
      <ol className="m-0 flex flex-wrap items-center gap-x-2 p-0">
        {items.map((item, index) => (
          <li key={item.href} className="m-0 flex list-none items-center gap-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            <Link prefetch={false} href={item.href} className="inline-flex min-h-11 items-center">
              {item.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
