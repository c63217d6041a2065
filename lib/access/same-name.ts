import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { readableLearners } from "./learner-scope";
import type { Actor } from "./policy";

// Two people with the same name look like one row in every list: before a second „Genowefa
// Testowa” is created in a club, the educator is asked whether it really is another person.

export type NamedLearner = { displayName: string; username: string };

/** „Genowefa  Testowa” and „genowefa testowa” read as the same name in a list. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("pl");
}

/** The club's learners (active or not) who carry one of the names, by nameKey. */
export async function sameNameLearners(
  db: Db | Prisma.TransactionClient,
  actor: Actor,
  clubId: string,
  names: string[],
): Promise<Map<string, NamedLearner[]>> {
  const wanted = new Set(names.map(nameKey));
  const found = new Map<string, NamedLearner[]>();
  if (!wanted.size) return found;
  // A club has hundreds of learners at most; names are compared as a person reads them.
  const learners = await db.user.findMany({
    where: readableLearners(actor, clubId),
    select: { displayName: true, username: true },
    orderBy: { username: "asc" },
  });
  for (const learner of learners) {
    const key = nameKey(learner.displayName);
    if (!wanted.has(key)) continue;
    found.set(key, [...(found.get(key) ?? []), learner]);
  }
  return found;
}

/** „Jest już Genowefa Testowa (genowefa.testowa). To inna osoba?” */
export function sameNameQuestion(existing: NamedLearner[]): string {
  const first = existing[0]!;
  return `Jest już ${first.displayName} (${existing.map((learner) => learner.username).join(", ")}). To inna osoba?`;
}

/** The name is taken in the club and the educator has not yet said it is another person. */
export class SameNameError extends Error {
  override name = "SameNameError";
  constructor(readonly existing: Map<string, NamedLearner[]>) {
    super("same name in the club");
  }
}
