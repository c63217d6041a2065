import { z } from "zod";
import { audit } from "../auth/audit";
import { generatePin, usernameFromName } from "../auth/credentials";
import { hashSecret, hashToken } from "../auth/secrets";
import type { Db } from "../db/client";
import { assertCan } from "./guard";
import { freeUsername } from "./learners";
import type { Actor } from "./policy";
import { nameKey, sameNameLearners, sameNameQuestion } from "./same-name";

// „Dodaj kilku uczestników”: up to 30 names, one per line, become accounts in one transaction —
// all of them or none. The PINs are returned once, in the answer to the post itself, and stored
// only hashed. The form carries a one-off key: the same form posted twice (a double click, the
// browser's „resend”) creates the accounts once; the second post learns they exist, and never
// sees the PINs.

export const MAX_BATCH = 30;

const keySchema = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, "Ten formularz jest nieaktualny. Odśwież stronę i wpisz listę jeszcze raz.");

export const learnerBatchSchema = z.object({
  imiona: z
    .string()
    .max(MAX_BATCH * 130, `Za jednym razem możesz dodać najwyżej ${MAX_BATCH} osób. Podziel listę na części.`)
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/\s+/g, " "))
        .filter(Boolean),
    )
    .superRefine((names, context) => {
      const problem = (message: string) => context.addIssue({ code: "custom", message });
      if (!names.length) return problem("Wpisz imię i nazwisko co najmniej jednej osoby, każdą osobę w osobnym wierszu.");
      if (names.length > MAX_BATCH) return problem(`Na liście jest ${names.length} osób, a za jednym razem możesz dodać najwyżej ${MAX_BATCH}. Podziel listę na części.`);
      const index = names.findIndex((name) => name.length < 2 || name.length > 120 || /[\u0000-\u001f\u007f]/.test(name));
      if (index >= 0) {
        const name = names[index]!;
        problem(
          name.length < 2
            ? `Wiersz ${index + 1}: wpisz imię i nazwisko.`
            : name.length > 120
              ? `Wiersz ${index + 1}: imię i nazwisko może mieć najwyżej 120 znaków.`
              : `Wiersz ${index + 1} zawiera niedozwolone znaki.`,
        );
      }
    }),
  groupId: z.string().max(40).optional(),
  potwierdzam: z.string().optional(),
  klucz: keySchema,
});

export type LearnerBatchInput = z.infer<typeof learnerBatchSchema>;

/** Names on the list twice, or already in the club: one question per name, asked before anything is created. */
export class BatchNamesQuestion extends Error {
  override name = "BatchNamesQuestion";
  constructor(readonly questions: string[]) {
    super("names to confirm");
  }
}

/** This form's accounts were created already (the same post came twice). */
export class BatchAlreadyCreatedError extends Error {
  override name = "BatchAlreadyCreatedError";
}

export type CreatedBatchLearner = { id: string; displayName: string; username: string; pin: string };

export async function batchQuestions(db: Db, actor: Actor, clubId: string, names: string[]): Promise<string[]> {
  const questions: string[] = [];
  const counts = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const entry = counts.get(nameKey(name));
    if (entry) entry.count++;
    else counts.set(nameKey(name), { name, count: 1 });
  }
  for (const { name, count } of counts.values()) {
    if (count > 1) questions.push(`${name} jest na liście ${count} razy. To różne osoby?`);
  }
  const existing = await sameNameLearners(db, actor, clubId, names);
  for (const learners of existing.values()) questions.push(sameNameQuestion(learners));
  return questions;
}

export async function createLearnerBatch(db: Db, actor: Actor, clubId: string, input: LearnerBatchInput): Promise<CreatedBatchLearner[]> {
  assertCan(actor, "learner.create", { kind: "club", clubId });
  if (input.potwierdzam !== "tak") {
    const questions = await batchQuestions(db, actor, clubId, input.imiona);
    if (questions.length) throw new BatchNamesQuestion(questions);
  }
  const group = input.groupId ? await db.group.findFirst({ where: { id: input.groupId, clubId }, select: { id: true } }) : null;
  const requestKey = hashToken(`${actor.userId}:${input.klucz}`);
  // Hashing is the slow part (argon2id): done before the transaction, so its locks are short.
  const pins = input.imiona.map(() => generatePin());
  const pinHashes = await Promise.all(pins.map((pin) => hashSecret(pin)));
  return db.$transaction(
    async (tx) => {
      // Batches take turns: the second of two identical posts waits here, then finds the first's record.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('learner-batch'))`;
      const done = await tx.auditEvent.findFirst({ where: { action: "learner.create-batch", actorId: actor.userId, details: { path: ["requestKey"], equals: requestKey } }, select: { id: true } });
      if (done) throw new BatchAlreadyCreatedError();
      const reserved = new Set<string>();
      const created: CreatedBatchLearner[] = [];
      for (const [index, displayName] of input.imiona.entries()) {
        const username = await freeUsername(tx, usernameFromName(displayName), reserved);
        reserved.add(username);
        const user = await tx.user.create({
          data: {
            displayName,
            username,
            pinHash: pinHashes[index]!,
            memberships: { create: { clubId, role: "LEARNER" } },
            groupMemberships: group ? { create: { groupId: group.id } } : undefined,
          },
          select: { id: true, displayName: true, username: true },
        });
        await audit(tx, { action: "learner.create", actorId: actor.userId, clubId, targetType: "user", targetId: user.id, details: { batch: true } });
        created.push({ ...user, pin: pins[index]! });
      }
      await audit(tx, { action: "learner.create-batch", actorId: actor.userId, clubId, details: { requestKey, count: created.length } });
      return created;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}
