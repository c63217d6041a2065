import { z } from "zod";
import type { Db } from "../db/client";
import { audit } from "./audit";
import { displayNameSchema, newPinSchema, usernameSchema } from "./credentials";
import { hashSecret } from "./secrets";

export const registrationSchema = z
  .object({
    displayName: displayNameSchema,
    username: usernameSchema,
    pin: newPinSchema,
    pinAgain: z.string().trim(),
    joinCode: z.string().trim().toUpperCase().max(40).optional(),
  })
  .refine((value) => value.pin === value.pinAgain, { path: ["pinAgain"], message: "Oba PIN-y muszą być takie same." });

export class RegistrationProblem extends Error {
  constructor(
    readonly field: "username" | "joinCode",
    message: string,
  ) {
    super(message);
  }
}

/** A learner at home: an account of their own from the start, in a club when the code fits. */
export async function registerLearner(db: Db, input: z.infer<typeof registrationSchema>) {
  if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw new RegistrationProblem("username", "Ta nazwa użytkownika jest już zajęta. Dopisz na przykład cyfrę albo inicjał.");
  }
  const club = input.joinCode ? await db.club.findUnique({ where: { joinCode: input.joinCode } }) : null;
  if (input.joinCode && !club) {
    throw new RegistrationProblem("joinCode", "Nie znamy takiego kodu klubu. Sprawdź go albo zostaw to pole puste.");
  }
  const user = await db.user.create({
    data: {
      displayName: input.displayName,
      username: input.username,
      pinHash: await hashSecret(input.pin),
      memberships: club ? { create: { clubId: club.id, role: "LEARNER" } } : undefined,
    },
  });
  await audit(db, { action: "learner.register", actorId: user.id, clubId: club?.id, targetType: "user", targetId: user.id });
  return { user, club };
}
