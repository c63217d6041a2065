"use server";

import { getDb } from "@/lib/db/client";
import { RegistrationProblem, registerLearner, registrationSchema } from "@/lib/auth/register";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";

const fields = ["displayName", "username", "pin", "pinAgain", "joinCode"] as const;

export async function registerAction(_state: FormState<{ username: string; club: string | null }>, form: FormData) {
  const values = formValues(form, fields);
  // PINs are never sent back to the page, even after an error.
  const kept = { ...values, pin: "", pinAgain: "" };
  const parsed = registrationSchema.safeParse({ ...values, joinCode: values.joinCode || undefined });
  if (!parsed.success) return invalid<{ username: string; club: string | null }>(kept, fieldErrors(parsed.error));
  try {
    const { user, club } = await registerLearner(await getDb(), parsed.data);
    return { status: "done", errors: {}, values: {}, result: { username: user.username, club: club?.name ?? null } } as FormState<{ username: string; club: string | null }>;
  } catch (error) {
    if (error instanceof RegistrationProblem) return invalid<{ username: string; club: string | null }>(kept, { [error.field]: error.message });
    return failed<{ username: string; club: string | null }>(kept, "register learner", error);
  }
}
