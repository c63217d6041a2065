import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { NotFoundError, requireClub } from "@/lib/access/guard";
import { cardRequestFields, MAX_CARDS_BY_NAME, selectCardLearners, type CardRequest } from "@/lib/access/login-cards";
import { getDb } from "@/lib/db/client";
import { cleanParam } from "@/lib/forms";
import { countLabel, formatDate } from "@/lib/format";
import { pageNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Nowa karta do logowania" };

type SearchParams = Promise<{ groupId?: string | string[]; learnerId?: string | string[] }>;

/** Said before a reprint: the new card cancels the one the learner has (works without JavaScript). */
export default async function ConfirmReprintPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, clubId } = await requireClub("/klub/uczestnicy", "learner.list");
  const query = await searchParams;
  const groupId = cleanParam(query.groupId);
  const rawIds = query.learnerId === undefined ? [] : Array.isArray(query.learnerId) ? query.learnerId : [query.learnerId];
  const learnerIds = rawIds.map((id) => cleanParam(id, 40));
  if (learnerIds.some((id) => !id) || learnerIds.length > MAX_CARDS_BY_NAME || (!groupId && !learnerIds.length)) pageNotFound();
  const cardRequest: CardRequest = groupId ? { groupId } : { learnerIds: learnerIds as string[] };
  let selection;
  try {
    selection = await selectCardLearners(await getDb(), actor, clubId, cardRequest);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  const { learners, reprints } = selection;
  const one = learners.length === 1;
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/uczestnicy", label: "Uczestnicy" },
        ]}
      />
      <h1>{one ? "Wydrukować nową kartę?" : "Wydrukować nowe karty?"}</h1>
      <Notice kind="warning" title="stara karta przestanie działać">
        <p>
          {reprints.length === 1
            ? "Ta osoba ma już kartę do logowania. Po wydrukowaniu nowej kod QR ze starej karty nikogo nie zaloguje."
            : `${countLabel(reprints.length, ["osoba ma", "osoby mają", "osób ma"])} już kartę do logowania. Po wydrukowaniu nowych kody QR ze starych kart nikogo nie zalogują.`}
        </p>
      </Notice>
      <ul>
        {reprints.map((learner) => (
          <li key={learner.id}>
            {learner.displayName} ({learner.username}) — karta z {formatDate(learner.loginCardIssuedAt)}
          </li>
        ))}
      </ul>
      {learners.length > reprints.length ? <p>Pozostałe osoby ({learners.length - reprints.length}) dostaną pierwszą kartę.</p> : null}
      <p>PIN się nie zmienia.</p>
      <form method="post" action="/klub/karty" className="flex flex-wrap items-center gap-4">
        {cardRequestFields(cardRequest).map(([name, value]) => (
          <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="potwierdzam" value="tak" />
        <Button type="submit">{one ? "Tak, wydrukuj nową kartę" : `Tak, wydrukuj nowe karty (${learners.length})`}</Button>
        <LinkButton href="/klub/uczestnicy" variant="secondary">
          Nie drukuj
        </LinkButton>
      </form>
    </div>
  );
}
