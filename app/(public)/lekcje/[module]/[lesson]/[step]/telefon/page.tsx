import type { Metadata } from "next";
import { headers } from "next/headers";
import { pageNotFound } from "@/lib/not-found";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { QrCode } from "@/components/progress/QrCode";
import { LinkButton } from "@/components/ui/LinkButton";
import { getConfig } from "@/lib/config";
import { lessonFromParams, type StepParams } from "@/lib/content/lesson-page";

export const metadata: Metadata = { title: "Kontynuuj na telefonie", robots: { index: false } };

/** The site's own address: the configured one, or (in the demo) the one the browser used. */
async function siteAddress(): Promise<string> {
  const configured = getConfig().siteUrl;
  if (configured) return configured;
  const host = (await headers()).get("host") ?? `localhost:${getConfig().port}`;
  return `http://${host}`;
}

export default async function ContinueOnPhonePage({ params }: { params: StepParams }) {
  const { lesson, href } = await lessonFromParams(params);
  const number = Number((await params).step);
  const step = lesson.analysis.steps.find((candidate) => candidate.number === number);
  if (!step) pageNotFound();
  const stepHref = `${href}/${step.number}`;
  const address = new URL(stepHref, await siteAddress()).toString();
  return (
    <LessonFrame
      lessonTitle={lesson.meta.title}
      lessonHref={href}
      progress={{ value: step.number, max: lesson.analysis.steps.length, label: `Krok ${step.number} z ${lesson.analysis.steps.length}` }}
    >
      <h1 className="mt-6">Kontynuuj na telefonie</h1>
      <div className="flex flex-wrap items-start gap-8">
        <QrCode value={address} label={`Kod QR z adresem kroku ${step.number}: ${step.title}`} />
        <ol className="kc-prose max-w-xl list-decimal pl-6">
          <li>Weź do ręki telefon.</li>
          <li>Otwórz aparat, tak jak do zrobienia zdjęcia.</li>
          <li>Skieruj aparat na kod obok. Nie musisz robić zdjęcia.</li>
          <li>Na ekranie pojawi się adres strony. Dotknij go.</li>
          <li>
            Otworzy się ten sam krok: <strong>{step.title}</strong>.
          </li>
          <li>
            Jeśli chcesz zapisywać postępy w telefonie, zaloguj się tam kartą albo PIN-em. Przycisk „Zaloguj się” jest
            na górze strony.
          </li>
        </ol>
      </div>
      <p className="kc-prose mt-6">
        Aparat nie widzi kodu? Wpisz ten adres w telefonie: <span className="break-all font-bold">{address}</span>
      </p>
      <p className="mt-6">
        <LinkButton href={stepHref} variant="secondary">
          <span aria-hidden="true">←&nbsp;</span>Wróć do kroku {step.number}
        </LinkButton>
      </p>
    </LessonFrame>
  );
}
