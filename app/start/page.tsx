import { connection } from "next/server";
import { GuestHome } from "@/components/home/GuestHome";
import { LearnerHome } from "@/components/progress/LearnerHome";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { deviceIdleSeconds } from "@/lib/devices/club-device";
import { currentClubDevice } from "@/lib/devices/current";
import { getActor } from "@/lib/auth/actor";
import { countLabel } from "@/lib/format";
import { getPublicFigures } from "@/lib/reports/public-figures";

/** The start page as a person sees it: reached through `/` by a rewrite in proxy.ts (a session, a club computer or a message). */
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

export default async function PersonalHomePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const actor = await getActor();
  if (actor) return <LearnerHome actor={actor} />;
  const [{ koniec }, figures, device] = await Promise.all([searchParams, getPublicFigures(), currentClubDevice()]);
  return (
    <GuestHome
      before={
        <>
          <SessionEnded reason={koniec} />
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
        </>
      }
      after={
        figures.learners > 0 ? (
          <p className="text-muted">
            Z Klubu Cyfrowego korzysta już {countLabel(figures.learners, ["osoba", "osoby", "osób"])} w{" "}
            {countLabel(figures.clubs, ["klubie", "klubach", "klubach"])}.
          </p>
        ) : null
      }
    />
  );
}
