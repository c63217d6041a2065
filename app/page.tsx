import { connection } from "next/server";
import { GuestResume } from "@/components/progress/GuestResume";
import { LearnerHome } from "@/components/progress/LearnerHome";
import { LinkButton } from "@/components/ui/LinkButton";
import { getActor } from "@/lib/auth/actor";
import { countLabel } from "@/lib/format";
import { getPublicFigures } from "@/lib/reports/public-figures";

export default async function HomePage() {
  await connection();
  const actor = await getActor();
  if (actor) return <LearnerHome actor={actor} />;
  const figures = await getPublicFigures();
  return (
    <div className="kc-prose">
      <h1>Witaj w Klubie Cyfrowym</h1>
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
