import { connection } from "next/server";
import { GuestResume } from "@/components/progress/GuestResume";
import { LearnerHome } from "@/components/progress/LearnerHome";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { deviceIdleSeconds } from "@/lib/devices/club-device";
import { currentClubDevice } from "@/lib/devices/current";
import { getActor } from "@/lib/auth/actor";
import { countLabel } from "@/lib/format";
import { getPublicFigures } from "@/lib/reports/public-figures";

type SearchParams = Promise<{ koniec?: string }>;

/** After a sign-out on a club computer: what happened, in words that name nobody. */
function SessionEnded({ reason }: { reason: string | undefined }) {
  if (reason === "czas") {
    const minutes = Math.round(deviceIdleSeconds() / 60);
    return (
      <Notice kind="info" title="wylogowano po chwili bez ruchu" live>
        <p>
          Nikt nie korzystał z komputera przez {countLabel(minutes, ["minutę", "minuty", "minut"])}, więc wylogowaliśmy poprzednią osobę.
          Jej postępy są zapisane.
        </p>
      </Notice>
    );
  }
  if (reason === "odlaczono") {
    return (
      <Notice kind="success" title="odłączono" live>
        <p>Ta przeglądarka nie jest już komputerem klubu, a osoby na niej zalogowane są wylogowane.</p>
      </Notice>
    );
  }
  if (reason === "wylogowano") {
    return (
      <Notice kind="success" title="wylogowano" live>
        <p>Komputer jest gotowy dla następnej osoby.</p>
      </Notice>
    );
  }
  return null;
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const actor = await getActor();
  if (actor) return <LearnerHome actor={actor} />;
  const [{ koniec }, figures, device] = await Promise.all([searchParams, getPublicFigures(), currentClubDevice()]);
  return (
    <div className="kc-prose">
      <SessionEnded reason={koniec} />
      <h1>Witaj w Klubie Cyfrowym</h1>
      {device ? (
        <section aria-labelledby="komputer-klubu" className="my-8 rounded-md border-2 border-primary p-6">
          <h2 id="komputer-klubu" className="mt-0">
            To komputer klubu
          </h2>
          <p>Zaloguj się kartą albo nazwą i PIN-em. Gdy skończysz, naciśnij „Zakończ i wyloguj”.</p>
          <LinkButton href="/logowanie" className="text-2xl">
            Zaloguj się
          </LinkButton>
        </section>
      ) : null}
      <p className="text-2xl">Nauczysz się tu korzystać z internetu. Krok po kroku, spokojnie i bez pośpiechu.</p>
      <p>
        Pokażemy Ci, jak rozmawiać z rodziną przez wideo, jak odebrać e-receptę i jak załatwić sprawę w
        urzędzie przez telefon. Nauczysz się też rozpoznawać oszustów.
      </p>
      <GuestResume />
      <p>
        <LinkButton href="/lekcje">Zacznij naukę</LinkButton>
      </p>
      <h2>Nie musisz się spieszyć</h2>
      <ul>
        <li>Każdy krok to osobny ekran. Zawsze możesz wrócić.</li>
        <li>Nic tu nie zepsujesz. Ćwiczenia są bezpieczne.</li>
        <li>Nie ma limitu czasu. Możesz przerwać i wrócić jutro.</li>
      </ul>
      {figures.learners > 0 ? (
        <p className="text-muted">
          Z Klubu Cyfrowego korzysta już {countLabel(figures.learners, ["osoba", "osoby", "osób"])} w{" "}
          {countLabel(figures.clubs, ["klubie", "klubach", "klubach"])}.
        </p>
      ) : null}
    </div>
  );
}
