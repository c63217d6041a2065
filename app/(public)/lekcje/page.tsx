import type { Metadata } from "next";
import Link from "next/link";
import { getCatalogue, totalMinutes } from "@/lib/content/catalogue";
import { countLabel, formatMinutes } from "@/lib/format";
import { SIMULATORS_HREF } from "@/lib/simulators/urls";

export const metadata: Metadata = { title: "Lekcje" };

export default async function CataloguePage() {
  const { modules } = await getCatalogue();
  return (
    <>
      <h1>Lekcje</h1>
      <p className="kc-prose text-xl">
        Tematy są ułożone po kolei: od pierwszych kroków w internecie do spraw urzędowych. Zacznij od
        pierwszego albo wybierz to, czego potrzebujesz.
      </p>
      <ol className="m-0 grid gap-6 p-0">
        {modules.map((module, index) => (
          <li key={module.slug} className="m-0 list-none rounded-md border-2 border-line p-5">
            <h2 className="mt-0">
              <Link href={`/lekcje/${module.slug}`}>
                {index + 1}. {module.meta.title}
              </Link>
            </h2>
            <p>{module.meta.description}</p>
            <p className="mb-0 text-muted">
              {countLabel(module.lessons.length, ["lekcja", "lekcje", "lekcji"])}, razem około{" "}
              {formatMinutes(totalMinutes(module.lessons))}
            </p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="cwiczenia" className="mt-10 rounded-md border-4 border-dashed border-primary p-5">
        <h2 id="cwiczenia" className="mt-0">
          Ćwiczenia bez ryzyka
        </h2>
        <p>
          Przećwicz logowanie, mObywatel, konto pacjenta, e-PIT i inne usługi na pokazowych stronach. Nic tam nie wyślesz i
          niczego nie zepsujesz.
        </p>
        <p className="mb-0">
          <Link prefetch={false} href={SIMULATORS_HREF} className="kc-link-block inline-flex min-h-11 items-center text-xl font-bold">
            Wszystkie ćwiczenia
          </Link>
        </p>
      </section>
    </>
  );
}
