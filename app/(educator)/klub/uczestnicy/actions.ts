"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { pageNotFound } from "@/lib/not-found";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import {
  createLearner,
  learnerFormSchema,
  resetPin,
  setLearnerActive,
  updateLearner,
  UsernameTakenError,
} from "@/lib/access/learners";
import { getDb } from "@/lib/db/client";
import { assistedLessonSchema, markLessonAssisted, UnknownLessonError, type AssistedResult } from "@/lib/progress/assisted";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";

const fields = ["displayName", "username", "groupId"] as const;

export type CreatedLearner = { id: string; displayName: string; username: string; pin: string };

function usernameTaken(values: Record<string, string>, error: UsernameTakenError) {
  return invalid<never>(values, { username: `Ta nazwa jest już zajęta. Wolna jest na przykład: ${error.suggestion}` });
}

export async function createLearnerAction(_state: FormState<CreatedLearner>, form: FormData): Promise<FormState<CreatedLearner>> {
  const actor = await requireActor("/klub/uczestnicy/nowy");
  const values = formValues(form, fields);
  const parsed = learnerFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  if (!actor.activeClubId) pageNotFound();
  try {
    const { user, pin } = await createLearner(await getDb(), actor, actor.activeClubId, parsed.data);
    revalidatePath("/klub/uczestnicy");
    return { status: "done", errors: {}, values: {}, result: { id: user.id, displayName: user.displayName, username: user.username, pin } };
  } catch (error) {
    if (error instanceof UsernameTakenError) return usernameTaken(values, error);
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "create learner", error);
  }
}

export async function updateLearnerAction(learnerId: string, _state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor(`/klub/uczestnicy/${learnerId}`);
  const values = formValues(form, fields);
  const parsed = learnerFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    await updateLearner(await getDb(), actor, learnerId, parsed.data);
    revalidatePath(`/klub/uczestnicy/${learnerId}`);
    return { status: "done", errors: {}, values, message: "Zapisano zmiany." };
  } catch (error) {
    if (error instanceof UsernameTakenError) return usernameTaken(values, error);
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "update learner", error);
  }
}

export async function resetPinAction(learnerId: string, _state: FormState<{ pin: string }>): Promise<FormState<{ pin: string }>> {
  const actor = await requireActor(`/klub/uczestnicy/${learnerId}`);
  try {
    const { pin } = await resetPin(await getDb(), actor, learnerId);
    return { status: "done", errors: {}, values: {}, result: { pin } };
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    return failed({}, "reset PIN", error);
  }
}

export async function setActiveAction(learnerId: string, active: boolean) {
  const actor = await requireActor(`/klub/uczestnicy/${learnerId}`);
  try {
    await setLearnerActive(await getDb(), actor, learnerId, active);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  revalidatePath(`/klub/uczestnicy/${learnerId}`);
}

/** Marks a lesson as done with the educator's help; the page says what happened. */
export async function markAssistedAction(learnerId: string, _state: FormState, form: FormData): Promise<FormState> {
  const back = `/klub/uczestnicy/${learnerId}`;
  const actor = await requireActor(back);
  const values = formValues(form, ["lekcja"]);
  const parsed = assistedLessonSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  let result: AssistedResult;
  try {
    result = await markLessonAssisted(await getDb(), actor, learnerId, parsed.data.lekcja);
  } catch (error) {
    if (error instanceof UnknownLessonError) return invalid(values, { lekcja: "Nie znaleźliśmy tej lekcji. Wybierz ją z listy jeszcze raz." });
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "mark lesson assisted", error);
  }
  redirect(`${back}?pomoc=${result}#z-pomoca`);
}
