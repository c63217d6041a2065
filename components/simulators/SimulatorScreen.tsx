import Link from "next/link";
import { answerScreen } from "@/app/(public)/cwiczenia/actions";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { realDataMessages, type RealDataKind } from "@/lib/simulators/real-data";
import { encodeState, type SimState } from "@/lib/simulators/state";
import type { Scenario, SimScreen } from "@/lib/simulators/types";
import { NOTICE_ANCHOR, screenHref, simulatorHref } from "@/lib/simulators/urls";
import { FocusNotice } from "./FocusNotice";
import { PracticeBand, SimDevice } from "./parts";
import { RealDataGuard } from "./RealDataGuard";

const linkClass = "kc-link-block inline-flex min-h-11 items-center text-xl";

/** One practice screen: the task in our words, any hint, then the drawn service to act on. */
export function SimulatorScreen({
  scenario,
  screen,
  state,
  hint,
  warning,
  showMe,
  lessonHref,
}: {
  scenario: Scenario;
  screen: SimScreen;
  state: SimState;
  hint?: string;
  warning?: RealDataKind;
  showMe: boolean;
  lessonHref?: string;
}) {
  const stage = screen.stage + 1;
  const stages = scenario.stages.length;
  const hintText = hint ? (screen.hints[hint] ?? screen.hints.inne) : undefined;
  const here = screenHref(scenario.slug, screen.id, state);
  return (
    <article data-simulator={scenario.slug} data-screen={screen.id}>
      <FocusNotice id={NOTICE_ANCHOR} notice={[warning, hintText, showMe ? "pokaz" : ""].filter(Boolean).join("|")} />
      <PracticeBand />
      <p className="mb-1 text-lg">Ćwiczenie: {scenario.service}</p>
      <h1 className="mt-0">{scenario.title}</h1>
      <ProgressBar
        value={stage}
        max={stages}
        label={`Etap ${stage} z ${stages}: ${scenario.stages[screen.stage]}`}
        name="Postęp w ćwiczeniu"
      />
      {warning ? (
        <Notice kind="warning" title={realDataMessages[warning].title} live id={NOTICE_ANCHOR}>
          <p>{realDataMessages[warning].text}</p>
          <p>Usunęliśmy wpisane dane. Nic nie zostało wysłane ani zapisane. Wpisz dane z ramki „Dane do ćwiczenia”.</p>
        </Notice>
      ) : null}
      {hintText ? (
        <Notice kind="info" title="Podpowiedź" live id={warning ? undefined : NOTICE_ANCHOR}>
          <p>{hintText}</p>
        </Notice>
      ) : null}
      {showMe ? (
        <Notice kind="info" title="Pokaż mi" live id={warning || hintText ? undefined : NOTICE_ANCHOR}>
          <p>{screen.showMe}</p>
          <p>Na pokazowej stronie to miejsce ma przerywaną ramkę i napis „← tutaj”.</p>
        </Notice>
      ) : null}
      <section aria-labelledby="zadanie" className="my-6">
        <h2 id="zadanie" className="mt-0">
          Twoje zadanie
        </h2>
        <p>{screen.task}</p>
        {screen.practiceData?.length ? (
          <div className="my-4 max-w-[38rem] rounded-md border-2 border-ink bg-surface p-4">
            <p className="mb-2 font-bold">Dane do ćwiczenia (zmyślone)</p>
            <dl className="m-0">
              {screen.practiceData.map((row) => (
                <div key={row.label} className="mb-1">
                  <dt className="inline font-bold">{row.label}: </dt>
                  <dd className="m-0 inline font-mono text-xl">{row.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        <p className="mb-0 flex flex-wrap items-center gap-x-4 gap-y-2">
          <span>Nie wiesz, co zrobić?</span>
          <LinkButton href={screenHref(scenario.slug, screen.id, state, { pokaz: true })} variant="secondary" scroll={false}>
            Pokaż mi
          </LinkButton>
        </p>
      </section>
      {/* A new screen, or refused real data, starts with empty fields; a hint keeps what was typed. */}
      <RealDataGuard key={`${screen.id}:${warning ?? ""}`} action={answerScreen} fields={screen.fields ?? []} warningHref={here}>
        <input type="hidden" name="simulator" value={scenario.slug} />
        <input type="hidden" name="screen" value={screen.id} />
        {Object.keys(state).length ? <input type="hidden" name="stan" value={encodeState(state)} /> : null}
        <section aria-label={`Pokazowa strona: ${scenario.service}`}>
          <SimDevice device={scenario.device} address={scenario.service}>
            {screen.render({ state, showMe })}
          </SimDevice>
        </section>
      </RealDataGuard>
      <ul className="mt-8 flex list-none flex-col gap-3 p-0">
        <li className="m-0">
          <Link prefetch={false} href={simulatorHref(scenario.slug)} className={linkClass}>
            Zacznij ćwiczenie od początku
          </Link>
        </li>
        {lessonHref ? (
          <li className="m-0">
            <Link prefetch={false} href={lessonHref} className={linkClass}>
              Wróć do lekcji
            </Link>
          </li>
        ) : null}
      </ul>
    </article>
  );
}
