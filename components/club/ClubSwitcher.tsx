import { switchClub } from "@/app/(educator)/klub/actions";
import { Button } from "@/components/ui/Button";
import type { Actor } from "@/lib/access/policy";

/** Shown to people who work in more than one club: says which club they act for now. */
export function ClubSwitcher({ actor, returnTo }: { actor: Actor; returnTo: string }) {
  const clubs = [...new Map(actor.memberships.filter((m) => m.role !== "LEARNER").map((m) => [m.clubId, m.clubName])).entries()];
  const active = clubs.find(([id]) => id === actor.activeClubId);
  if (clubs.length < 2) return null;
  return (
    <form action={switchClub} className="mb-8 rounded-md border-2 border-line p-4">
      <p className="mb-2">
        Działasz teraz dla klubu: <strong>{active?.[1]}</strong>
      </p>
      <input type="hidden" name="wroc" value={returnTo} />
      <label htmlFor="clubId" className="mb-1 block font-bold">
        Zmień klub
      </label>
      <div className="flex flex-wrap gap-3">
        <select id="clubId" name="clubId" defaultValue={actor.activeClubId ?? undefined} className="min-h-12 rounded-md border-2 border-ink bg-page px-3 text-xl text-ink">
          {clubs.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary">
          Przełącz
        </Button>
      </div>
    </form>
  );
}
